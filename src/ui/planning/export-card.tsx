import { useId } from 'react';
import { useCalculator, useCalculatorStoreApi } from '../../state/react/calculator-context';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { downloadText } from './download';
import { exportFile, type ExportKind } from './export-files';
import { ImportField } from './import-field';

const BUTTONS: readonly { kind: ExportKind; label: string; about: string }[] = [
  { kind: 'md', label: 'Download Markdown', about: 'a report to paste into a design document' },
  { kind: 'csv', label: 'Download CSV', about: 'memory by part in every dtype, in bytes' },
  {
    kind: 'json',
    label: 'Download JSON',
    about: 'the scenario and the full estimate; open it again below',
  },
];

/** The scenario and its estimate as files made in the browser, and a saved JSON file opened again. */
export function ExportCard() {
  const store = useCalculatorStoreApi();
  const isValid = useMemoryEstimate().ok;
  const unit = useCalculator((state) => state.unit);
  const headingId = useId();

  function save(kind: ExportKind) {
    const { scenario } = store.getState();
    const file = exportFile(kind, { scenario, unit }, window.location);
    if (file) downloadText(file.text, file.name, file.type);
  }

  return (
    <section className="card planning__export" aria-labelledby={headingId}>
      <h2 id={headingId}>Export</h2>
      <p className="muted">Files are made in your browser; nothing is uploaded.</p>
      <ul className="planning__exports">
        {BUTTONS.map(({ kind, label, about }) => (
          <li key={kind}>
            <button type="button" disabled={!isValid} onClick={() => save(kind)}>
              {label}
            </button>{' '}
            <span className="muted">{about}</span>
          </li>
        ))}
      </ul>
      {!isValid && <p className="muted">Fix the highlighted inputs to export the estimate.</p>}
      <ImportField />
    </section>
  );
}
