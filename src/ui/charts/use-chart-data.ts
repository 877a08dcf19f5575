import { useMemo } from 'react';
import { compareDtypes, compareGpus } from '../../app/comparisons';
import { useCalculator } from '../../app/store-context';
import { useShownScenario } from '../../app/shown-scenario';
import { useMemoryEstimate } from '../../app/use-memory-estimate';
import {
  dtypeChartRows,
  gpuChartRows,
  memoryChartRows,
  type ChartData,
  type ChartView,
} from './chart-rows';

/**
 * The bars of one chart view, or null while the scenario has invalid inputs. The comparisons run
 * the engine once per GPU or dtype, so only the view on screen is computed.
 */
export function useChartData(view: ChartView): ChartData | null {
  const scenario = useShownScenario();
  const unit = useCalculator((state) => state.unit);
  const result = useMemoryEstimate();
  return useMemo(() => {
    if (!result.ok) return null;
    const { estimate } = result;
    if (view === 'gpus')
      return gpuChartRows(compareGpus(scenario), unit, estimate.scenario.gpuPresetId);
    if (view === 'dtypes')
      return dtypeChartRows(compareDtypes(scenario), unit, estimate.scenario.dtype);
    return memoryChartRows(estimate, unit);
  }, [view, scenario, unit, result]);
}
