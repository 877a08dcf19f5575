export function ParameterBreakdown() {
  return null;
}
