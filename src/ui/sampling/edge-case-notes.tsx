import { edgeCaseNotes } from './edge-cases';
import type { SampledView } from './use-sampling-view';

/** The special cases of temperature, top-k and top-p that apply to the settings on screen, announced as they appear. */
export function EdgeCaseNotes({ view }: { view: SampledView }) {
  const { distribution, options, result } = view;
  const notes = edgeCaseNotes(
    options,
    distribution.tokens.length,
    distribution.tokens[result.order[0] ?? 0] ?? '',
  );
  return (
    <div className="sampling-notes" aria-live="polite">
      {notes.length > 0 && (
        <ul aria-label="Special cases in force">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
