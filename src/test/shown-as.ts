/**
 * Whether a published figure is `value` rounded or cut to the digits it shows: model cards do
 * both (Mixtral's 12.88 is "12.9", Qwen3-30B-A3B's 3.35 is "3.3", Kimi-K2's 32.9 is "32B").
 */
export function shownAs(value: number, shown: number): boolean {
  const unit = 10 ** -(String(shown).split('.')[1]?.length ?? 0);
  return value >= shown - unit / 2 && value < shown + unit;
}
