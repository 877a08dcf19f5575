import { useMemoryEstimate } from '../../app/use-memory-estimate';
import { describeIssue } from './field-labels';
import './results.css';

/** Every reason the current inputs cannot be estimated, each naming its field. */
export function InputIssues() {
  const result = useMemoryEstimate();
  if (result.ok) return null;
  return (
    <div role="alert" className="card input-issues">
      <h2>Fix {result.issues.length === 1 ? 'this input' : 'these inputs'} to see an estimate</h2>
      <ul>
        {result.issues.map((issue) => (
          <li key={`${issue.field}:${issue.message}`}>{describeIssue(issue)}</li>
        ))}
      </ul>
      <p className="muted">
        The last valid numbers are not shown until then, so nothing on the page is out of date.
      </p>
    </div>
  );
}
