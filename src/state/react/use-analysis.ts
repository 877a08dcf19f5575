import { analyse, type Analysis, type EstimateResult } from '../../domain/analysis';
import { useShownScenario } from './shown-scenario';

/** The analysis of the scenario this part of the page shows, shared by every part that shows it. */
export function useAnalysis(): Analysis {
  return analyse(useShownScenario());
}

/** The estimate of the scenario this part of the page shows, or the issues that name each bad field. */
export function useMemoryEstimate(): EstimateResult {
  return useAnalysis().result;
}
