import { SliderField } from '../primitives/slider-field';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

interface ScenarioSliderProps {
  field: 'batch' | 'seqLen' | 'generatedTokens';
  label: string;
  unit: string;
  unitOne: string;
  /** A module constant: the slider's stops. */
  stops: readonly number[];
  hint?: string | undefined;
}

/** A log slider and exact box bound to one count in the scenario; a step re-renders this field alone. */
export function ScenarioSlider({ field, label, unit, unitOne, stops, hint }: ScenarioSliderProps) {
  const [value, setValue] = useScenarioField(field);
  const issue = useFieldIssue(field);
  return (
    <SliderField
      label={label}
      unit={unit}
      unitOne={unitOne}
      value={value}
      scale={{ stops }}
      onCommit={setValue}
      issue={issue}
      hint={hint}
    />
  );
}
