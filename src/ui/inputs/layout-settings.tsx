import { useCalculator } from '../../state/react/calculator-context';
import { useChosenLayout } from './chosen-layout';
import { ScenarioCheckbox } from './scenario-checkbox';
import { LAYOUT_CHOICES, ZERO_STAGE_CHOICES } from './scenario-choices';
import { ScenarioNumber } from './scenario-number';
import { ScenarioSegmented } from './scenario-segmented';
import { ScenarioSelect } from './scenario-select';

/** How the model is split over GPUs: searched automatically, or tensor × pipeline × data sizes given by hand. */
export function LayoutSettings() {
  const isAuto = useCalculator((state) => state.scenario.layout !== 'manual');
  const isTraining = useCalculator((state) => state.scenario.mode !== 'inference');
  const setFields = useCalculator((state) => state.setFields);
  const chosen = useChosenLayout();
  // In automatic mode the boxes show the layout the search chose, marked "auto".
  const auto = (unit: string) => (chosen ? `${unit} (auto)` : unit);
  const sizesHint = !isAuto
    ? undefined
    : chosen
      ? 'The layout the automatic search chose. Switch to Manual to change it; Manual starts from it.'
      : 'Switch the layout to Manual to set these.';
  return (
    <section className="settings-group" aria-label="Parallelism">
      <h3>Parallelism</h3>
      <ScenarioSegmented
        field="layout"
        legend="Layout"
        options={LAYOUT_CHOICES}
        onChange={(layout) =>
          setFields(layout === 'manual' && chosen ? { layout, ...chosen } : { layout })
        }
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
        unit={auto('GPUs')}
        step={1}
        disabled={isAuto}
        shown={chosen?.tensorParallel}
        hint={sizesHint}
      />
      <ScenarioNumber
        field="pipelineParallel"
        label="Pipeline parallel"
        unit={auto('stages')}
        step={1}
        disabled={isAuto}
        shown={chosen?.pipelineParallel}
      />
      <ScenarioNumber
        field="dataParallel"
        label="Data parallel"
        unit={auto('replicas')}
        step={1}
        disabled={isAuto}
        shown={chosen?.dataParallel}
      />
      <ScenarioCheckbox
        field="sequenceParallel"
        label="Sequence parallel (with tensor parallel)"
        disabled={isAuto}
        shown={chosen?.sequenceParallel}
      />
      {isTraining && (
        <>
          <ScenarioNumber
            field="contextParallel"
            label="Context parallel"
            unit={auto('GPUs per sequence')}
            step={1}
            disabled={isAuto}
            shown={chosen?.contextParallel}
          />
          <ScenarioNumber
            field="expertParallel"
            label="Expert parallel"
            unit={auto('GPUs per expert group')}
            step={1}
            disabled={isAuto}
            shown={chosen?.expertParallel}
          />
        </>
      )}
    </section>
  );
}
