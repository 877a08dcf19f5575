import { MAX_PRICE_PER_GPU_HOUR } from '../../domain/cost';
import { formatUrlNumber } from './url-values';
import { formatInteger } from '../../lib/format';

/** `pr=h100-80gb:2.49,a100-80gb:1.2`: the user's own prices per GPU-hour, by GPU. */
export const PRICE_KEY = 'pr';

/** The prices a `pr` value gives, or the reason it cannot be read; a bad entry names itself. */
export function readPrices(value: string): {
  prices: Record<string, number>;
  problem: string | null;
} {
  const prices: Record<string, number> = {};
  for (const entry of value.split(',')) {
    if (entry.trim() === '') continue;
    const at = entry.lastIndexOf(':');
    const gpu = at > 0 ? entry.slice(0, at).trim() : '';
    const text = at > 0 ? entry.slice(at + 1).trim() : '';
    const price = text === '' ? Number.NaN : Number(text);
    if (gpu === '' || !Number.isFinite(price) || price < 0 || price > MAX_PRICE_PER_GPU_HOUR)
      return {
        prices,
        problem: `has "${entry}", which is not a GPU and a price from 0 to ${formatInteger(MAX_PRICE_PER_GPU_HOUR)} per GPU-hour (gpu:price); the prices after it were ignored`,
      };
    prices[gpu] = price;
  }
  return { prices, problem: null };
}

/** The `pr` value for the prices, or undefined when there are none. */
export function writePrices(
  prices: Readonly<Record<string, number>> | undefined,
): string | undefined {
  const entries = Object.entries(prices ?? {});
  if (entries.length === 0) return undefined;
  return entries.map(([gpu, price]) => `${gpu}:${formatUrlNumber(price)}`).join(',');
}
