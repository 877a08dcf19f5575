import { useMemo } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { useAnalysis } from '../../state/react/use-analysis';
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
  const analysis = useAnalysis();
  const unit = useCalculator((state) => state.unit);
  return useMemo(() => {
    const { result } = analysis;
    if (!result.ok) return null;
    const { estimate } = result;
    if (view === 'gpus') return gpuChartRows(analysis.gpus(), unit, estimate.scenario.gpuPresetId);
    if (view === 'dtypes') return dtypeChartRows(analysis.dtypes(), unit, estimate.scenario.dtype);
    return memoryChartRows(estimate, unit);
  }, [view, analysis, unit]);
}
