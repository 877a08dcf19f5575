import type { FieldIssue } from '../../domain/errors';
import { describeIssue } from './field-labels';

/** Non-fatal remarks about a valid scenario (a sequence longer than the model's context, ...). */
export function EstimateWarnings({ warnings }: { warnings: readonly FieldIssue[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="results-warnings">
      <h3 className="results-warnings__title">Warnings</h3>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.field}:${warning.message}`}>{describeIssue(warning)}</li>
        ))}
      </ul>
    </div>
  );
}
