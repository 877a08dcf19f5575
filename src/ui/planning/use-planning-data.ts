import { useMemo } from 'react';
import { useCalculator } from '../../app/store-context';
import { useMemoryEstimate } from '../../app/use-memory-estimate';
import type { Estimate } from '../../domain/estimate';
import type { UnitSystem } from '../../state/calculator-store';
import { planningData, type PlanningData } from './planning-data';

export interface Planning {
  estimate: Estimate;
  unit: UnitSystem;
  data: PlanningData;
}

/** The solvers and curves for the page's estimate, once per scenario and unit; null while inputs are invalid. */
export function usePlanningData(): Planning | null {
  const result = useMemoryEstimate();
  const unit = useCalculator((state) => state.unit);
  return useMemo(
    () =>
      result.ok
        ? { estimate: result.estimate, unit, data: planningData(result.estimate, unit) }
        : null,
    [result, unit],
  );
}
