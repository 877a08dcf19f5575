import { useCalculator } from '../../state/react/calculator-context';
import type { HubModelImport } from '../../hub/to-model-spec';
import { ImportAssumptions } from './import-assumptions';
import { precisionNote } from './precision-choice';

/** What the import set up: the family it was read as, the precision, the assumptions and any notes. */
export function ImportSummary({ imported }: { imported: HubModelImport }) {
  const mode = useCalculator((state) => state.scenario.mode);
  const finetuneMethod = useCalculator((state) => state.scenario.finetuneMethod);
  const dtype = useCalculator((state) => state.scenario.dtype);
  return (
    <div className="hub-import__summary">
      <p>
        Read as the {imported.family} family. It is now the custom architecture in the Model
        section, where every field can be edited.
      </p>
      <p>{precisionNote(imported, { mode, finetuneMethod, dtype })}</p>
      {imported.assumptions.length > 0 && <ImportAssumptions assumptions={imported.assumptions} />}
      {imported.notes.length > 0 && (
        <ul className="hub-import__notes" aria-label="Notes on the import">
          {imported.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
