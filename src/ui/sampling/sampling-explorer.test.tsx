import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keptCount, renderSamplingExplorer } from '../../test/render-sampling-explorer';
import { SamplingExplorer } from './sampling-explorer';

const slider = (name: string) => screen.getByRole('slider', { name });
const box = (name: string) => screen.getByRole('spinbutton', { name: `${name} (exact)` });

describe('SamplingExplorer', () => {
  it('is a labelled section that works without a provider', () => {
    render(<SamplingExplorer />);
    expect(screen.getByRole('region', { name: 'Sampling explorer' })).toBeInTheDocument();
    expect(screen.getByText('The capital of France is')).toBeInTheDocument();
    expect(keptCount()).toBe('50');
  });

  it('the article preset sets T, K and P', async () => {
    const { store, user } = renderSamplingExplorer();
    await user.click(
      screen.getByRole('button', { name: 'Article example: T = 0.8, K = 36, P = 0.7' }),
    );
    expect(store.getState()).toMatchObject({ temperature: 0.8, topK: 36, topP: 0.7 });
    expect(slider('Temperature (T)')).toHaveValue('0.8');
    expect(box('Top-k (K)')).toHaveValue(36);
    expect(box('Top-p (P)')).toHaveValue(0.7);
    expect(keptCount()).toBe('3');
  });

  it('each slider changes the kept set', async () => {
    const { user } = renderSamplingExplorer({ temperature: 0.8, topK: 36, topP: 0.7 });
    expect(keptCount()).toBe('3');
    fireEvent.change(slider('Temperature (T)'), { target: { value: '1.5' } });
    expect(keptCount()).toBe('7');
    fireEvent.change(slider('Top-k (K)'), { target: { value: '5' } });
    expect(keptCount()).toBe('3');
    fireEvent.change(slider('Top-p (P)'), { target: { value: '0.3' } });
    expect(keptCount()).toBe('1');

    await user.click(screen.getByText('The charts’ numbers as a table'));
    const table = screen.getByRole('table', {
      name: 'Probabilities at each step, most probable first',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (index: number) =>
      within(rows[index]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Paris');
    expect(cells(0).slice(-3)).toEqual(['kept', 'kept', '100 %']);
    expect(cells(1).slice(-3)).toEqual(['kept', 'dropped', '0 %']);
    expect(cells(5).slice(-3)).toEqual(['dropped', 'dropped', '0 %']);
  });

  it('the number boxes commit typed values and name what is out of range, keeping the last result', async () => {
    const { store, user } = renderSamplingExplorer();
    await user.clear(box('Top-k (K)'));
    await user.type(box('Top-k (K)'), '7');
    expect(store.getState().topK).toBe(7);
    expect(keptCount()).toBe('7');
    await user.clear(box('Temperature (T)'));
    await user.type(box('Temperature (T)'), '3');
    expect(screen.getByText('Temperature (T) must be at most 2, got 3')).toBeInTheDocument();
    expect(keptCount()).toBe('7');
  });

  it('states each edge case exactly when it applies', () => {
    renderSamplingExplorer({ temperature: 0.8, topK: 36, topP: 0.7 });
    expect(screen.queryByRole('list', { name: 'Special cases in force' })).not.toBeInTheDocument();
    fireEvent.change(slider('Temperature (T)'), { target: { value: '0' } });
    expect(screen.getByText(/T = 0 is greedy decoding/)).toBeInTheDocument();
    expect(keptCount()).toBe('1');
    fireEvent.change(slider('Top-p (P)'), { target: { value: '1' } });
    expect(keptCount()).toBe('36 (1 with p > 0)');
    fireEvent.change(slider('Top-p (P)'), { target: { value: '0.7' } });
    fireEvent.change(slider('Temperature (T)'), { target: { value: '0.03' } });
    expect(screen.getByText(/T = 0.03 is close to 0/)).toBeInTheDocument();
    fireEvent.change(slider('Top-k (K)'), { target: { value: '1' } });
    fireEvent.change(slider('Top-p (P)'), { target: { value: '0' } });
    expect(screen.getByText(/K = 1 keeps only the top token/)).toBeInTheDocument();
    expect(screen.getByText(/P = 0 keeps only the top token/)).toBeInTheDocument();
    fireEvent.change(slider('Top-p (P)'), { target: { value: '1' } });
    expect(screen.getByText(/P = 1 keeps all K = 1 tokens/)).toBeInTheDocument();
    expect(screen.queryByText(/P = 0 keeps/)).not.toBeInTheDocument();
  });

  it('a pasted list that is not numbers names the line, keeping the last valid list on screen', async () => {
    const { store, user } = renderSamplingExplorer();
    await user.click(screen.getByRole('radio', { name: 'Your own list' }));
    const list = screen.getByRole('textbox', { name: /Tokens and logits, one per line/ });
    expect((list as HTMLTextAreaElement).value).toMatch(/^Paris\t16\.9\na\t16\.3\n/);
    await user.clear(list);
    await user.click(list);
    await user.paste('Paris\t3\nLondon, 2\nRome abc');
    expect(store.getState().customText).toBe('Paris\t3\nLondon, 2\nRome abc');
    expect(screen.getByText("line 3: 'abc' is not a number")).toBeInTheDocument();
    expect(list).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(/the charts show the last valid one \(60 tokens\)/),
    ).toBeInTheDocument();
    expect(keptCount()).toBe('50');
    fireEvent.change(slider('Top-k (K)'), { target: { value: '20' } });
    expect(keptCount()).toBe('20');

    await user.clear(list);
    await user.click(list);
    await user.paste('Paris\t3\nLondon, 2\nRome 1');
    expect(screen.queryByText(/is not a number/)).not.toBeInTheDocument();
    expect(keptCount()).toBe('3');
    expect(box('Top-k (K)')).toHaveAttribute('max', '3');
    expect(slider('Top-k (K)')).toHaveValue('3');
    expect(
      screen.getByText('More than the 3 tokens in the list: top-k keeps them all.'),
    ).toBeInTheDocument();
  });

  it('says when the pasted list is too long to travel in a link', () => {
    const { store } = renderSamplingExplorer({
      source: 'custom',
      customText: 'a\t1\n'.repeat(750),
    });
    const list = screen.getByRole('textbox', { name: /Tokens and logits, one per line/ });
    expect(screen.queryByText(/a link carries/)).not.toBeInTheDocument();

    act(() => store.getState().setCustomText('a\t1\n'.repeat(751)));
    const note = screen.getByText(/a link carries/);
    expect(note).toHaveTextContent(
      'This list is too long for a link: it takes more than the 6,000 characters a link carries. The address and Copy link leave it out, and a colleague opening the link sees the built-in example.',
    );
    expect(list).toHaveAttribute('aria-describedby', expect.stringContaining(note.id));
    // The live region is the note's box, which has no role of its own to find it by.
    // eslint-disable-next-line testing-library/no-node-access
    expect(note.parentElement).toHaveAttribute('aria-live', 'polite');
  });
});
