export function MemoryChartSection() {
  return null;
}
