import { useMemo } from 'react';
import type { Estimate } from '../../domain/estimate';
import type { UnitSystem } from '../../domain/units';
import { useCalculator } from '../../state/react/calculator-context';
import { useAnalysis } from '../../state/react/use-analysis';
import { planningData, type PlanningData } from './planning-data';

export interface Planning {
  estimate: Estimate;
  unit: UnitSystem;
  data: PlanningData;
}

/** The solvers and curves for the page's estimate, in the unit shown; null while inputs are invalid. */
export function usePlanningData(): Planning | null {
  const analysis = useAnalysis();
  const unit = useCalculator((state) => state.unit);
  return useMemo(() => {
    const { result } = analysis;
    const solved = analysis.sweeps();
    if (!result.ok || !solved) return null;
    return { estimate: result.estimate, unit, data: planningData(result.estimate, unit, solved) };
  }, [analysis, unit]);
}
