import { entropyBits } from '../../domain/sampling';
import { formatInteger } from '../../lib/format';
import { formatBits, formatProbability } from './probability-text';
import type { SampledView } from './use-sampling-view';

/** Tokens kept, the top token's probability and the entropy, before the filters and after them. */
export function SamplingSummary({ view }: { view: SampledView }) {
  const { distribution, result } = view;
  const topIndex = result.order[0] ?? 0;
  // At T = 0 (or when exp underflows) top-k and top-p can keep tokens whose probability is exactly 0.
  const possible = result.final.reduce((count, p) => count + (p > 0 ? 1 : 0), 0);
  const kept =
    possible < result.keptCount
      ? `${formatInteger(result.keptCount)} (${formatInteger(possible)} with p > 0)`
      : formatInteger(result.keptCount);

  return (
    <table className="sampling-summary">
      <caption>Before and after sampling</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Before: T = 1, all tokens</th>
          <th scope="col">After T, top-k and top-p</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Tokens kept</th>
          <td>{formatInteger(distribution.tokens.length)}</td>
          <td>{kept}</td>
        </tr>
        <tr>
          <th scope="row">Top token, “{distribution.tokens[topIndex] ?? ''}”</th>
          <td>{formatProbability(result.original[topIndex] ?? 0)}</td>
          <td>{formatProbability(result.topProbability)}</td>
        </tr>
        <tr>
          <th scope="row">Entropy</th>
          <td>{formatBits(entropyBits(result.original))}</td>
          <td>{formatBits(result.entropyBits)}</td>
        </tr>
      </tbody>
    </table>
  );
}
