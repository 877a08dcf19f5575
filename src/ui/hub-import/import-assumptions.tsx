import { useId } from 'react';
import type { HubModelImport } from '../../hub/to-model-spec';
import { formatInteger } from '../../lib/format';
import { MODEL_FIELD_LABELS } from '../inputs/custom-model-fields';
import { assumedValueText } from './assumption-text';
import { focusModelField } from './focus-model-field';

interface ImportAssumptionsProps {
  assumptions: HubModelImport['assumptions'];
}

/** Every value the config left out, the value used and why; each opens its field for editing. */
export function ImportAssumptions({ assumptions }: ImportAssumptionsProps) {
  const id = useId();
  const count = assumptions.length;
  return (
    <section className="hub-import__assumptions" aria-labelledby={id}>
      <h3 id={id}>
        {count === 1
          ? 'One value the config leaves out was assumed'
          : `${formatInteger(count)} values the config leaves out were assumed`}
      </h3>
      <ul>
        {assumptions.map(({ field, assumedValue, reason }) => (
          <li key={field}>
            <button type="button" className="link-button" onClick={() => focusModelField(field)}>
              {MODEL_FIELD_LABELS[field]}
            </button>
            : {assumedValueText(field, assumedValue)}. <span className="muted">{reason}.</span>
          </li>
        ))}
      </ul>
      <p className="muted">Choose a field to edit it in the custom architecture above.</p>
    </section>
  );
}
