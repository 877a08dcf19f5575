export function AdvancedSettings() {
  return null;
}
