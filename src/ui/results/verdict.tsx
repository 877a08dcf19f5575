export function Verdict() {
  return null;
}
