import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalculatorStoreProvider } from '../../state/react/calculator-context';
import { createCalculatorStore } from '../../state/calculator-store';
import { createSamplingStore, type SamplingStore } from '../../state/sampling-store';
import { SamplingStoreProvider } from '../../state/react/sampling-context';
import { CopyLinkButton } from './copy-link-button';

/** navigator.clipboard is the browser boundary: jsdom has none, so each test sets the one it needs. */
function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

function renderButton() {
  const user = userEvent.setup();
  const store = createCalculatorStore();
  store.getState().setField('batch', 4);
  store.getState().setUnit('GB');
  render(
    <CalculatorStoreProvider store={store}>
      <CopyLinkButton />
    </CalculatorStoreProvider>,
  );
  return { user, store };
}

/** The button on a page that also has the sampling explorer's store, with a working clipboard. */
function renderWithSampling(sampling: SamplingStore) {
  const user = userEvent.setup();
  render(
    <CalculatorStoreProvider store={createCalculatorStore()}>
      <SamplingStoreProvider store={sampling}>
        <CopyLinkButton />
      </SamplingStoreProvider>
    </CalculatorStoreProvider>,
  );
  const writeText = vi.fn().mockResolvedValue(undefined);
  setClipboard({ writeText });
  return { user, writeText };
}

const expectedUrl = `${window.location.origin}${window.location.pathname}?v=1&b=4&u=GB`;

describe('CopyLinkButton', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('copies the full address of the current choices and confirms it politely', async () => {
    const { user } = renderButton();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(expectedUrl);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Link copied');
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('carries the pinned A scenario and the user’s prices, as the address bar does', async () => {
    const { user, store } = renderButton();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    act(() => {
      store.getState().pinScenario();
      store.getState().setField('batch', 8);
      store.getState().setPrices({ 'rtx-4090': 0.7 });
    });

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const copied = new URL(writeText.mock.calls[0]![0] as string);
    expect(copied.searchParams.get('b')).toBe('8');
    expect(copied.searchParams.get('cmp')).toBe('v=1&b=4&u=GB');
    expect(copied.searchParams.get('pr')).toMatch(/rtx-4090/);
  });

  it('copies the choices as they are at the moment of the click', async () => {
    const { user, store } = renderButton();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    act(() => store.getState().applyModelPreset('llama-2-13b'));

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('?v=1&m=llama-2-13b&b=4&u=GB'));
  });

  it('adds the sampling explorer’s choices where the page gives its store', async () => {
    const sampling = createSamplingStore({ topK: 10 });
    const { user, writeText } = renderWithSampling(sampling);
    act(() => sampling.getState().setTopP(0.9));

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\?v=1&xk=10&xp=0\.9$/));
  });

  it('says when it leaves out a pasted list too long for a link', async () => {
    // 751 lines of "a", tab, "1", line break: 6,008 characters in a link, over the 6,000 it carries.
    const sampling = createSamplingStore({ source: 'custom', customText: 'a\t1\n'.repeat(751) });
    const { user, writeText } = renderWithSampling(sampling);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\?v=1$/));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Link copied, without your token list: it is too long for a link',
    );

    act(() => sampling.getState().setCustomText('a\t1\n'.repeat(750)));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/\?v=1&xl=a%091%0A/));
    expect(screen.getByRole('status')).toHaveTextContent(/^Link copied$/);
  });

  it('keeps the field for manual copying in step with later choices', async () => {
    const { user, store } = renderButton();
    setClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Link to this scenario' });
    expect(field).toHaveValue(expectedUrl);

    act(() => store.getState().setField('batch', 8));
    expect(field).toHaveValue(expectedUrl.replace('b=4', 'b=8'));
  });

  it('keeps the manual copy’s note on a too-long list in step with the list', async () => {
    const sampling = createSamplingStore({ source: 'custom', customText: 'a\t1\n'.repeat(751) });
    const { user } = renderWithSampling(sampling);
    setClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'Press Ctrl+C to copy (⌘C on a Mac), without your token list: it is too long for a link',
    );

    act(() => sampling.getState().setCustomText('a\t1\n'.repeat(750)));
    expect(status).toHaveTextContent(/^Press Ctrl\+C to copy \(⌘C on a Mac\)$/);
    const field = screen.getByRole('textbox', { name: 'Link to this scenario' });
    expect((field as HTMLInputElement).value).toContain('&xl=a%091%0A');
  });

  it('clears the confirmation after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderButton();
    setClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it.each([
    ['missing', undefined],
    [
      'refusing',
      { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    ],
  ])(
    'shows the link selected for manual copying when the clipboard is %s',
    async (_, clipboard) => {
      const { user } = renderButton();
      setClipboard(clipboard);

      await user.click(screen.getByRole('button', { name: 'Copy link' }));

      const field = screen.getByRole('textbox', { name: 'Link to this scenario' });
      expect(field).toHaveValue(expectedUrl);
      expect(field).toHaveAttribute('readonly');
      expect(field).toHaveFocus();
      const input = field as HTMLInputElement;
      expect([input.selectionStart, input.selectionEnd]).toEqual([0, expectedUrl.length]);
      expect(screen.getByRole('status')).toHaveTextContent('Press Ctrl+C to copy');
    },
  );
});
