export function DtypeComparison() {
  return null;
}
