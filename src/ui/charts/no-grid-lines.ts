/**
 * The grid generator for a direction a chart draws no lines in. Recharts works out both
 * directions' lines whatever `horizontal` and `vertical` say, by laying out that axis's ticks; on
 * a chart's first render the axis has not registered its settings yet, so that layout runs the
 * default overlap check, which measures every tick label in the DOM (40 token labels on the
 * sampling charts).
 */
export const NO_GRID_LINES = (): number[] => [];
