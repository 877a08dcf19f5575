import { useId } from 'react';
import {
  costPerMillionTokens,
  MAX_PRICE_PER_GPU_HOUR,
  priceKey,
  trainingRunCost,
} from '../../domain/cost';
import { formatInteger, formatNumber } from '../../lib/format';
import { useCalculator } from '../../state/react/calculator-context';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { NumberField } from '../primitives/number-field';

// Both print "—" for a value that is not finite.
const money = (amount: number): string =>
  amount >= 1000 ? formatInteger(amount) : formatNumber(amount);

/**
 * What it costs at the user's own price per GPU-hour for this GPU (no price is shipped as a fact):
 * a training run's cost from its GPU-hours, or a million generated tokens' cost when serving.
 */
export function CostCard() {
  const headingId = useId();
  const result = useMemoryEstimate();
  const gpuChoice = useCalculator((state) => state.scenario.gpu);
  const key = priceKey(gpuChoice);
  const price = useCalculator((state) => state.prices?.[key]);
  const setPrice = useCalculator((state) => state.setPrice);
  const [issue, figure] = ((): [string | undefined, string | null] => {
    if (price === undefined || !result.ok) return [undefined, null];
    if (!Number.isFinite(price) || price < 0 || price > MAX_PRICE_PER_GPU_HOUR)
      return [`must be from 0 to ${formatInteger(MAX_PRICE_PER_GPU_HOUR)}, got ${price}`, null];
    const e = result.estimate;
    if (e.scenario.mode === 'inference') {
      const perMillion = costPerMillionTokens(
        price,
        e.layout.gpus,
        e.speed.decodeTokensPerSecond ?? Number.NaN,
      );
      return [
        undefined,
        `${money(perMillion)} per million generated tokens, on ${e.layout.gpus} GPU${e.layout.gpus === 1 ? '' : 's'}`,
      ];
    }
    const run = trainingRunCost(e.speed.gpuHours ?? Number.NaN, price);
    return [
      undefined,
      `${money(run)} for the training run's ${formatNumber(e.speed.gpuHours ?? Number.NaN)} GPU-hours`,
    ];
  })();
  const gpuName = result.ok ? result.estimate.scenario.gpu.name : 'this GPU';
  return (
    <section className="card planning__cost" aria-labelledby={headingId}>
      <h2 id={headingId}>Cost</h2>
      <NumberField
        label={`Your price per GPU-hour, ${gpuName}`}
        value={price ?? Number.NaN}
        onCommit={(value) => setPrice(key, value)}
        issue={issue}
        hint="Your own number, in your currency; the calculator ships no prices. It travels in the share link."
      />
      <p data-testid="cost-figure">
        {figure ?? 'Enter a price to see what the run or the tokens cost.'}
      </p>
      {price !== undefined && (
        <button type="button" onClick={() => setPrice(key, null)}>
          Clear the price
        </button>
      )}
    </section>
  );
}
