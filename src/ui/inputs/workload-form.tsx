export function WorkloadForm() {
  return null;
}
