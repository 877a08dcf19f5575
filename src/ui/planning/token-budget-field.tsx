import { useId, useState } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { formatInteger } from '../../lib/format';
import { useFieldIssue } from '../inputs/use-field-issue';
import { describedBy, noteIds } from '../primitives/described-by';
import { FieldNotes } from '../primitives/field-notes';
import { labelIssue } from '../primitives/number-text';
import '../primitives/fields.css';
import { parseTokenCount, tokenCountText } from './token-count-text';

const LABEL = 'Training token budget';

interface Draft {
  text: string;
  /** The stored value when the text was typed; a change elsewhere (a link, a reset) replaces the text. */
  base: number;
}

/**
 * The tokens a whole training run processes, typed as "2T", "300B", "1e12" or "1,000,000". What is
 * typed stays as typed; a number (in range or not) is stored at once and the engine says what is
 * wrong with it; text that is not a number yet is never stored.
 */
export function TokenBudgetField() {
  const id = useId();
  const value = useCalculator((state) => state.scenario.trainingTokens);
  const setField = useCalculator((state) => state.setField);
  const issue = useFieldIssue('trainingTokens');
  const [draft, setDraft] = useState<Draft | null>(null);
  const parsed = draft === null ? null : parseTokenCount(draft.text);
  const isCurrent = draft !== null && Object.is(parsed ?? draft.base, value);
  const text = isCurrent ? draft.text : tokenCountText(value);
  const message =
    isCurrent && parsed === null
      ? labelIssue(LABEL, 'must be a number of tokens, such as 2T, 300B or 1e12')
      : issue && labelIssue(LABEL, issue);
  const hint = `Read as ${formatInteger(value)} tokens. Type 2T, 300B, 50M or 1e12.`;
  return (
    <div className="field">
      <label htmlFor={id}>{LABEL}</label>
      <span className="field__control">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(`${id}-unit`, ...noteIds(id, hint, message))}
          onChange={(event) => {
            const next = parseTokenCount(event.target.value);
            setDraft({ text: event.target.value, base: value });
            if (next !== null) setField('trainingTokens', next);
          }}
        />
        <span id={`${id}-unit`} className="field__unit">
          tokens
        </span>
      </span>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
