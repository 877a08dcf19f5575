import type { ModelSpec } from '../../domain/model';
import { MODEL_FIELD_LABELS, MODEL_OPTIONAL_FIELDS } from '../inputs/custom-model-fields';

/**
 * Moves the keyboard focus to a field of the custom-model editor, found by its visible label (the
 * editor's controls have generated ids). A count that is switched off, such as the sliding window,
 * has no box yet, so its on/off checkbox is focused instead. Returns whether a control was found.
 */
export function focusModelField(field: keyof ModelSpec, root: ParentNode = document): boolean {
  const editor = root.querySelector('fieldset.custom-model');
  if (!editor) return false;
  const toggle = MODEL_OPTIONAL_FIELDS.find((optional) => optional.key === field)?.toggle;
  for (const text of [MODEL_FIELD_LABELS[field], toggle]) {
    const label = [...editor.querySelectorAll('label')].find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    const control = label?.control;
    if (control) {
      control.focus();
      return true;
    }
  }
  return false;
}
