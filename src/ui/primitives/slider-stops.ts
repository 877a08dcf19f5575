/** Powers of two from `from` to `to` inclusive, both powers of two: the stops of a log-scale slider. */
export function powersOfTwo(from: number, to: number): number[] {
  const stops: number[] = [];
  for (let value = from; value <= to; value *= 2) stops.push(value);
  return stops;
}

/** The stop nearest a value on a log scale (log2(x + 1) keeps a zero stop usable), for values between stops. */
export function nearestStopIndex(stops: readonly number[], value: number): number {
  const position = (x: number) => Math.log2(Math.max(x, 0) + 1);
  const target = Number.isFinite(value) ? position(value) : 0;
  let best = 0;
  stops.forEach((stop, index) => {
    const bestStop = stops[best] ?? 0;
    if (Math.abs(position(stop) - target) < Math.abs(position(bestStop) - target)) best = index;
  });
  return best;
}
