import { useShownScenario } from '../../state/react/shown-scenario';
import { useCalculator } from '../../state/react/calculator-context';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { issueInShownUnits } from '../inputs/shown-units';
import { describeIssue } from './field-labels';
import './results.css';

/** Every reason the current inputs cannot be estimated, each naming its field, in the units its box shows. */
export function InputIssues() {
  const result = useMemoryEstimate();
  const scenario = useShownScenario();
  const unit = useCalculator((state) => state.unit);
  if (result.ok) return null;
  return (
    <div role="alert" className="card input-issues">
      <h2>Fix {result.issues.length === 1 ? 'this input' : 'these inputs'} to see an estimate</h2>
      <ul>
        {result.issues.map((issue) => (
          <li key={`${issue.field}:${issue.message}`}>
            {describeIssue(issueInShownUnits(issue, scenario, unit))}
          </li>
        ))}
      </ul>
      <p className="muted">
        The last valid numbers are not shown until then, so nothing on the page is out of date.
      </p>
    </div>
  );
}
