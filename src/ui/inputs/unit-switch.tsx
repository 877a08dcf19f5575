import { useCalculator } from '../../state/react/calculator-context';
import type { UnitSystem } from '../../domain/units';

const UNITS: { value: UnitSystem; label: string; title: string }[] = [
  { value: 'GB', label: 'GB', title: 'Decimal gigabytes, 10^9 bytes' },
  { value: 'GiB', label: 'GiB', title: 'Binary gibibytes, 2^30 bytes' },
];

/** GB/GiB switch for every number on the page. */
export function UnitSwitch() {
  const unit = useCalculator((state) => state.unit);
  const setUnit = useCalculator((state) => state.setUnit);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Memory unit</legend>
      {UNITS.map((option) => (
        <label key={option.value} title={option.title}>
          <input
            type="radio"
            name="unit"
            value={option.value}
            checked={unit === option.value}
            onChange={() => setUnit(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
