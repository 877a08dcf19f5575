import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CalculatorStoreProvider } from '../../state/react/calculator-context';
import { createCalculatorStore } from '../../state/calculator-store';
import { HubFetchContext } from './hub-fetch-context';
import { HubImport } from './hub-import';
import { hubHangs } from '../../test/render-hub-import';

describe('HubImport', () => {
  it("announces a link's import while its code loads, then shows the box", async () => {
    const store = createCalculatorStore({
      hubSource: { repoId: 'org/model', revision: 'v2', imported: null, edits: {} },
    });
    const fetchImpl = hubHangs();
    render(
      <CalculatorStoreProvider store={store}>
        <HubFetchContext.Provider value={{ fetchImpl }}>
          <HubImport />
        </HubFetchContext.Provider>
      </CalculatorStoreProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading org/model@v2 from the Hub…');
    expect(
      await screen.findByRole('textbox', { name: 'Hugging Face model id or URL' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading org/model@v2 from the Hub… The page shows Llama-2-7B until it arrives.',
    );
    // The request can start a moment after the box is on screen (TanStack Query starts it after
    // the render that asks): wait for it rather than race it, which a busy machine lost.
    await waitFor(() =>
      expect(fetchImpl.mock.calls[0]?.[0]).toBe(
        'https://huggingface.co/org/model/resolve/v2/config.json',
      ),
    );
  });
});
