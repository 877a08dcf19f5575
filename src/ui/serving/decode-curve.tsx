import type { DecodePoint } from '../../domain/serving/serving-plan';
import { formatInteger, formatRate } from '../../lib/format';
import { ScrollTable } from '../primitives/scroll-table';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 6;

/** Points of the curve in the drawing's coordinates: log₂ of the concurrency across, tokens/s up. */
export function curvePoints(curve: readonly DecodePoint[]): string {
  const top = Math.max(...curve.map((p) => p.tokensPerSecond), 1);
  const last = Math.max(Math.log2(curve.at(-1)?.concurrency ?? 1), 1);
  return curve
    .map((p) => {
      const x = PAD + (Math.log2(p.concurrency) / last) * (WIDTH - 2 * PAD);
      const y = HEIGHT - PAD - (p.tokensPerSecond / top) * (HEIGHT - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** One sentence for screen readers: where the curve starts and ends. */
export function curveDescription(curve: readonly DecodePoint[]): string {
  const first = curve[0];
  const last = curve.at(-1);
  if (!first || !last) return 'No decode curve.';
  return `Aggregate decode speed rises from ${formatRate(first.tokensPerSecond, 'tokens')} at 1 sequence to ${formatRate(last.tokensPerSecond, 'tokens')} at ${formatInteger(last.concurrency)} concurrent sequences, while each sequence slows to ${formatRate(last.perSequence, 'tokens')}.`;
}

/** Aggregate decode tokens/s against the sequences served at once, as a curve and a table. */
export function DecodeCurve({ curve }: { curve: readonly DecodePoint[] }) {
  if (curve.length === 0) return null;
  return (
    <figure className="decode-curve">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={curveDescription(curve)}
        className="decode-curve__chart"
      >
        <polyline points={curvePoints(curve)} fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      <figcaption className="muted">
        Tokens per second of all sequences together (up) against the sequences served at once
        (across, doubling at each step).
      </figcaption>
      <ScrollTable caption="Decode throughput against concurrency">
        <thead>
          <tr>
            <th scope="col">Concurrent sequences</th>
            <th scope="col">All sequences</th>
            <th scope="col">Each sequence</th>
          </tr>
        </thead>
        <tbody>
          {curve.map((p) => (
            <tr key={p.concurrency}>
              <th scope="row">{formatInteger(p.concurrency)}</th>
              <td>{formatRate(p.tokensPerSecond, 'tokens')}</td>
              <td>{formatRate(p.perSequence, 'tokens')}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </figure>
  );
}
