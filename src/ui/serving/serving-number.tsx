import type { Scenario } from '../../domain/scenario';
import { NumberField } from '../primitives/number-field';
import { rangeMessage, type DisplayScale } from '../inputs/shown-units';
import { useFieldIssue } from '../inputs/use-field-issue';
import { useScenarioField } from '../inputs/use-scenario-field';
import type { NumberRange } from '../../domain/errors';

/** The serving settings that are a number, or null for the engine's own default. */
export type OptionalNumberKey = {
  [K in keyof Scenario]: null extends Scenario[K]
    ? Scenario[K] extends number | null
      ? K
      : never
    : never;
}[keyof Scenario];

interface ServingNumberProps {
  field: OptionalNumberKey;
  /** The engine's own name for the setting: "--gpu-memory-utilization". */
  label: string;
  /** What the engine uses when the setting is left to it, in stored units. */
  engineDefault: number;
  /** Where that default comes from. */
  source: string;
  unit?: string | undefined;
  scale?: DisplayScale | undefined;
  range?: NumberRange | undefined;
}

const IDENTITY: DisplayScale = { toShown: (stored) => stored, toStored: (shown) => shown };

/**
 * A number box for one engine setting. Left to the engine, it shows the engine's default and says
 * where that comes from; a typed value is kept, and "Use the default" gives it back to the engine.
 */
export function ServingNumber({
  field,
  label,
  engineDefault,
  source,
  unit,
  scale = IDENTITY,
  range,
}: ServingNumberProps) {
  const [stored, setStored] = useScenarioField(field);
  const issue = useFieldIssue(field);
  const message =
    issue && range && unit && stored !== null ? rangeMessage(range, scale, unit, stored) : issue;
  const hint =
    stored === null ? `Default: ${source}.` : `Set by you; the default comes from ${source}.`;
  return (
    <div className="serving-number">
      <NumberField
        label={label}
        unit={unit}
        value={scale.toShown(stored ?? engineDefault)}
        onCommit={(shown) => setStored(scale.toStored(shown))}
        issue={message}
        hint={hint}
      />
      {stored !== null && (
        <button type="button" className="serving-number__reset" onClick={() => setStored(null)}>
          Use the default for {label}
        </button>
      )}
    </div>
  );
}
