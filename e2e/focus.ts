import { expect, type Page } from '@playwright/test';

/** What the keyboard focus looks like: the focused control and the outline that shows it. */
export interface FocusIndicator {
  /** The focused element's tag, type and name, e.g. `select "Model"`. */
  description: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  /** Width × height of the element that draws the outline, in CSS pixels. */
  area: number;
}

/**
 * The outline that shows the focus: on the control itself or, for the joined radio buttons whose
 * input is invisible, on the label text beside it.
 */
export function focusIndicator(page: Page): Promise<FocusIndicator> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) {
      const none = { outlineStyle: 'none', outlineWidth: 0, outlineColor: '', area: 0 };
      return { description: 'nothing focused', ...none };
    }
    const ownBox = active.getBoundingClientRect();
    const isHidden = getComputedStyle(active).opacity === '0' || ownBox.width * ownBox.height <= 1;
    const shown =
      isHidden && active.nextElementSibling instanceof HTMLElement
        ? active.nextElementSibling
        : active;
    const style = getComputedStyle(shown);
    const box = shown.getBoundingClientRect();
    const labelledBy = active
      .getAttribute('aria-labelledby')
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const name =
      active.getAttribute('aria-label') ??
      labelledBy ??
      (active instanceof HTMLInputElement || active instanceof HTMLSelectElement
        ? active.labels?.[0]?.textContent
        : active.textContent) ??
      '';
    const type = active.getAttribute('type');
    return {
      description: `${active.tagName.toLowerCase()}${type ? `[type=${type}]` : ''} "${name.trim().slice(0, 60)}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      area: box.width * box.height,
    };
  });
}

/** Fails unless the focused element shows an outline: drawn, wider than zero, not transparent, on a visible box. */
export async function expectVisibleFocus(page: Page): Promise<FocusIndicator> {
  const focus = await focusIndicator(page);
  expect(focus.outlineStyle, `outline of ${focus.description}`).not.toBe('none');
  expect(focus.outlineWidth, `outline width of ${focus.description}`).toBeGreaterThan(0);
  expect(focus.outlineColor, `outline colour of ${focus.description}`).not.toMatch(
    /^(transparent|rgba\(.*, 0\))$/,
  );
  expect(focus.area, `size of ${focus.description}`).toBeGreaterThan(1);
  return focus;
}
