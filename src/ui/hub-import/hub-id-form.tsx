import { useId, useState, type FormEvent } from 'react';
import { parseHubReference, revisionProblem, type HubReference } from '../../hub/hub-id';
import { describedBy, noteIds } from '../primitives/described-by';
import { FieldNotes } from '../primitives/field-notes';

interface HubIdFormProps {
  /** A checked id and revision; nothing is requested before they pass the Hub's naming rules. */
  onSubmit: (reference: HubReference) => void;
  /** The user typed on, so whatever was asked before no longer applies. */
  onEdit: () => void;
}

interface Problem {
  field: 'id' | 'revision';
  message: string;
}

const ID_HINT = 'For example meta-llama/Llama-3.1-8B, or a huggingface.co link to the model.';
const REVISION_HINT = 'A branch, tag or commit; main when left empty, unless the link names one.';

/** The Hub id or URL and an optional revision, validated on Import (or Enter) before any request. */
export function HubIdForm({ onSubmit, onEdit }: HubIdFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [revision, setRevision] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseHubReference(text, revision);
    if (parsed.ok) {
      setProblem(null);
      onSubmit(parsed.value);
      return;
    }
    const typed = revision.trim();
    const field = typed !== '' && revisionProblem(typed) !== null ? 'revision' : 'id';
    setProblem({ field, message: parsed.error.message });
  };
  const edit = (set: (value: string) => void, value: string) => {
    set(value);
    setProblem(null);
    onEdit();
  };

  const idError = problem?.field === 'id' ? problem.message : undefined;
  const revisionError = problem?.field === 'revision' ? problem.message : undefined;
  return (
    <form className="hub-form" onSubmit={submit} noValidate>
      <div className="field hub-form__id">
        <label htmlFor={`${id}-id`}>Hugging Face model id or URL</label>
        <input
          id={`${id}-id`}
          type="text"
          value={text}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={idError ? true : undefined}
          aria-describedby={describedBy(...noteIds(`${id}-id`, ID_HINT, idError))}
          onChange={(event) => edit(setText, event.target.value)}
        />
        <FieldNotes id={`${id}-id`} hint={ID_HINT} message={idError} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-rev`}>Revision</label>
        <input
          id={`${id}-rev`}
          type="text"
          value={revision}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={revisionError ? true : undefined}
          aria-describedby={describedBy(...noteIds(`${id}-rev`, REVISION_HINT, revisionError))}
          onChange={(event) => edit(setRevision, event.target.value)}
        />
        <FieldNotes id={`${id}-rev`} hint={REVISION_HINT} message={revisionError} />
      </div>
      <button type="submit" className="primary">
        Import
      </button>
    </form>
  );
}
