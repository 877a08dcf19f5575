import { useMemo } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { sample, type SamplingOptions, type SamplingResult } from '../../domain/sampling';
import { SAMPLING_DEFAULTS, samplingChoiceIssues } from '../../state/sampling-store';
import { EXAMPLE_DISTRIBUTION, type TokenDistribution } from './example-distribution';
import { parseLogitList } from './parse-logit-list';
import { useSampling } from '../../state/react/sampling-context';
import { useLastValid } from './use-last-valid';

/** A distribution and the options applied to it, with the engine's answer. */
export interface SampledView {
  distribution: TokenDistribution;
  options: SamplingOptions;
  result: SamplingResult;
}

export interface SamplingView {
  /** What the charts show; the same object until the list or the options change, so memoised parts can skip work. */
  sampled: SampledView;
  /** Problems with the pasted list, each naming its line; while there are any the last valid list stays on screen. */
  listErrors: string[];
  listWarnings: string[];
  /** Problems with the choices, by field (temperature, topK, topP, drawCount, seed). */
  issues: FieldIssue[];
  /** True while the view shows the last valid list or options rather than the current ones. */
  isStale: boolean;
}

const PARAMETERS = new Set(['temperature', 'topK', 'topP']);

const fallback = (): SampledView => {
  const { temperature, topK, topP } = SAMPLING_DEFAULTS;
  const options = { temperature, topK, topP };
  return {
    distribution: EXAMPLE_DISTRIBUTION,
    options,
    result: sample(EXAMPLE_DISTRIBUTION.logits, options),
  };
};

/**
 * The sampling explorer's derived numbers, computed from the store's choices during render and never
 * stored. A pasted list with errors leaves the last valid list in place (the sliders still act on it);
 * out-of-range options leave the last valid result in place.
 */
export function useSamplingView(): SamplingView {
  const temperature = useSampling((s) => s.temperature);
  const topK = useSampling((s) => s.topK);
  const topP = useSampling((s) => s.topP);
  const source = useSampling((s) => s.source);
  const customText = useSampling((s) => s.customText);
  const drawCount = useSampling((s) => s.drawCount);
  const seed = useSampling((s) => s.seed);

  const parsed = useMemo(
    () => (source === 'custom' ? parseLogitList(customText) : null),
    [source, customText],
  );
  const listed = parsed === null ? EXAMPLE_DISTRIBUTION : parsed.ok ? parsed.distribution : null;
  const distribution = useLastValid(listed, () => EXAMPLE_DISTRIBUTION);
  const issues = samplingChoiceIssues({
    temperature,
    topK,
    topP,
    source,
    customText,
    drawCount,
    seed,
  });
  const canSample = !issues.some((issue) => PARAMETERS.has(issue.field));

  const current = useMemo(() => {
    if (!canSample) return null;
    const options = { temperature, topK, topP };
    return { distribution, options, result: sample(distribution.logits, options) };
  }, [distribution, canSample, temperature, topK, topP]);
  const shown = useLastValid(current, fallback);

  return {
    sampled: shown,
    listErrors: parsed !== null && !parsed.ok ? parsed.errors : [],
    listWarnings: parsed?.ok ? parsed.warnings : [],
    issues,
    isStale: listed === null || current === null,
  };
}
