export function ShowWork() {
  return null;
}
