import { useId } from 'react';
import type { Estimate } from '../../domain/estimate';
import { ruleOfThumbText } from './rule-of-thumb-text';
import type { UnitSystem } from '../../domain/units';

/** The seed article's GPU count beside the computed one, and why they differ. */
export function RuleOfThumb({ estimate, unit }: { estimate: Estimate; unit: UnitSystem }) {
  const headingId = useId();
  const text = ruleOfThumbText(estimate, unit);
  return (
    <aside className="verdict__rule" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Rule of thumb (seed article),{' '}
        {estimate.scenario.mode === 'inference' ? 'for serving' : 'for training'}
      </h3>
      <p className="verdict__rule-result">
        <strong>{text.result}</strong>
      </p>
      <p>
        <code>{text.formula}</code>
      </p>
      <p className="muted">{text.terms}.</p>
      <p className="muted">
        <strong>Why they differ:</strong> {text.why}
      </p>
    </aside>
  );
}
