import { useShallow } from 'zustand/react/shallow';
import { analyse } from '../../domain/analysis';
import type { Scenario } from '../../domain/scenario';
import { useCalculator } from '../../state/react/calculator-context';

/** The scenario fields that set a manual layout. */
export type LayoutSizes = Pick<
  Scenario,
  | 'tensorParallel'
  | 'pipelineParallel'
  | 'dataParallel'
  | 'contextParallel'
  | 'expertParallel'
  | 'sequenceParallel'
  | 'zeroStage'
> &
  Partial<Pick<Scenario, 'framework'>>;

/**
 * The layout automatic mode chose for this scenario, as the fields a manual layout is set with, so
 * the boxes show "TP 4" when the verdict does and Manual starts from it. Null for a manual layout,
 * input the engine refuses, or when no layout fits.
 */
export function chosenLayout(scenario: Scenario): LayoutSizes | null {
  if (scenario.layout === 'manual') return null;
  const { result } = analyse(scenario);
  if (!result.ok || !result.estimate.layout.fits) return null;
  const layout = result.estimate.layout.layout;
  return {
    tensorParallel: layout.tensorParallel,
    pipelineParallel: layout.pipelineParallel,
    dataParallel: layout.dataParallel,
    contextParallel: layout.contextParallel ?? 1,
    expertParallel: layout.expertParallel ?? 1,
    sequenceParallel: layout.sequenceParallel,
    zeroStage: layout.zeroStage,
    // Training: the framework whose plan it is, so the same layout by hand is sized the same way.
    ...(layout.framework && { framework: layout.framework }),
  };
}

/** The chosen layout of the store's scenario; re-renders only when one of its sizes changes. */
export function useChosenLayout(): LayoutSizes | null {
  return useCalculator(useShallow((state) => chosenLayout(state.scenario)));
}
