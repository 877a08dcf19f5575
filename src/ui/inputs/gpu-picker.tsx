export function GpuPicker() {
  return null;
}
