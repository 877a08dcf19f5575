import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSamplingStore, type SamplingChoices } from '../state/sampling-store';
import { SamplingExplorer } from '../ui/sampling/sampling-explorer';

/** Renders the explorer on a fresh store, for component tests. */
export function renderSamplingExplorer(initial: Partial<SamplingChoices> = {}) {
  const store = createSamplingStore(initial);
  const user = userEvent.setup();
  render(<SamplingExplorer store={store} />);
  return { store, user };
}

/** The "after" column of the summary's "Tokens kept" row. */
export function keptCount(): string {
  const row = screen.getByRole('row', { name: /^Tokens kept/ });
  return within(row).getAllByRole('cell').at(-1)?.textContent ?? '';
}
