import { useCalculator } from '../../state/react/calculator-context';
import { ScenarioCheckbox } from './scenario-checkbox';
import { LAYOUT_CHOICES, ZERO_STAGE_CHOICES } from './scenario-choices';
import { ScenarioNumber } from './scenario-number';
import { ScenarioSegmented } from './scenario-segmented';
import { ScenarioSelect } from './scenario-select';

/** How the model is split over GPUs: searched automatically, or tensor × pipeline × data sizes given by hand. */
export function LayoutSettings() {
  const isAuto = useCalculator((state) => state.scenario.layout !== 'manual');
  const isTraining = useCalculator((state) => state.scenario.mode !== 'inference');
  const sizesHint = isAuto ? 'Switch the layout to Manual to set these.' : undefined;
  return (
    <section className="settings-group" aria-label="Parallelism">
      <h3>Parallelism</h3>
      <ScenarioSegmented
        field="layout"
        legend="Layout"
        options={LAYOUT_CHOICES}
        hint={
          isAuto
            ? 'Finds the smallest layout that fits each GPU.'
            : 'Uses the sizes below as given.'
        }
      />
      <ScenarioSelect
        field="zeroStage"
        label="ZeRO stage (FSDP full shard = 3)"
        options={ZERO_STAGE_CHOICES}
        hint={
          isTraining
            ? 'With the framework search, the stage a manual layout uses; a chosen framework sets its own.'
            : undefined
        }
      />
      <ScenarioNumber
        field="tensorParallel"
        label="Tensor parallel"
        unit="GPUs"
        step={1}
        disabled={isAuto}
        hint={sizesHint}
      />
      <ScenarioNumber
        field="pipelineParallel"
        label="Pipeline parallel"
        unit="stages"
        step={1}
        disabled={isAuto}
      />
      <ScenarioNumber
        field="dataParallel"
        label="Data parallel"
        unit="replicas"
        step={1}
        disabled={isAuto}
      />
      <ScenarioCheckbox
        field="sequenceParallel"
        label="Sequence parallel (with tensor parallel)"
        disabled={isAuto}
      />
      {isTraining && (
        <>
          <ScenarioNumber
            field="contextParallel"
            label="Context parallel"
            unit="GPUs per sequence"
            step={1}
            disabled={isAuto}
          />
          <ScenarioNumber
            field="expertParallel"
            label="Expert parallel"
            unit="GPUs per expert group"
            step={1}
            disabled={isAuto}
          />
        </>
      )}
    </section>
  );
}
