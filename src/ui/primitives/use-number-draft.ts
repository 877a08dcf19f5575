import { useState } from 'react';
import { numberToText, parseNumberText, sameNumber } from './number-text';

interface Draft {
  text: string;
  /** The committed value when the text was typed; a change elsewhere (slider, reset, link) replaces the text. */
  base: number;
}

/**
 * The text of a number box bound to a stored number. What the user types stays as typed ("010", "1e3",
 * "" or "-") for as long as the stored value is still the one it produced; parseable text is committed at
 * once, unparseable text never is, so the store never holds NaN or a silent 0.
 */
export function useNumberDraft(value: number, onCommit: (value: number) => void) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const parsed = draft === null ? null : parseNumberText(draft.text);
  const isCurrent =
    draft !== null && (parsed === null ? sameNumber(draft.base, value) : sameNumber(parsed, value));
  return {
    text: isCurrent ? draft.text : numberToText(value),
    isUnparseable: isCurrent && parsed === null,
    change(text: string) {
      const next = parseNumberText(text);
      setDraft({ text, base: value });
      if (next !== null) onCommit(next);
    },
    forget() {
      setDraft(null);
    },
  };
}
