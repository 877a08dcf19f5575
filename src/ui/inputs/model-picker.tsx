export function ModelPicker() {
  return null;
}
