export function InputIssues() {
  return null;
}
