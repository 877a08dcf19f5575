export function GpuComparison() {
  return null;
}
