export function ModeSwitch() {
  return null;
}
