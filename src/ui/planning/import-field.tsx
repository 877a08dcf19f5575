import { useId, useState } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { scenarioFromExport } from './export-json';

type Outcome = { ok: true; name: string } | { ok: false; name: string; problems: string[] };

/** Opens a JSON file saved by the export: the page takes its scenario and unit, as the share link would. */
export function ImportField() {
  const id = useId();
  const replaceScenario = useCalculator((state) => state.replaceScenario);
  const setUnit = useCalculator((state) => state.setUnit);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function open(file: File) {
    const result = scenarioFromExport(await file.text());
    if (result.ok) {
      replaceScenario(result.scenario);
      setUnit(result.unit);
      setOutcome({ ok: true, name: file.name });
    } else {
      setOutcome({ ok: false, name: file.name, problems: result.problems });
    }
  }

  return (
    <div className="field planning__import">
      <label htmlFor={id}>Open an exported JSON file</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        aria-describedby={outcome ? `${id}-outcome` : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      <div id={`${id}-outcome`} role="status">
        {outcome?.ok && <p className="ok-text">Opened {outcome.name}.</p>}
        {outcome && !outcome.ok && (
          <>
            <p className="error-text">{outcome.name} could not be opened:</p>
            <ul className="error-text">
              {outcome.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
