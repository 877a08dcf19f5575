import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../domain/model';
import { fixtureText } from '../../hub/fixtures/fixture-text';
import { hubAnswers, renderHubImport } from '../../test/render-hub-import';

const openPaste = async (user: ReturnType<typeof renderHubImport>['user']) => {
  await user.click(screen.getByText('No network, or a gated model? Paste or drop its config.json'));
  return screen.getByRole('textbox', { name: 'config.json text' });
};
const jsonFile = (text: string, name = 'config.json') =>
  new File([text], name, { type: 'application/json' });

describe('the offline path: a pasted or dropped config.json', () => {
  it('maps pasted text like a fetched file, with no request, named from _name_or_path', async () => {
    const fetchImpl = hubAnswers('{}');
    const { user, store } = renderHubImport({ fetchImpl, scenario: { mode: 'inference' } });
    const box = await openPaste(user);
    await user.click(box);
    await user.paste(fixtureText('microsoft_Phi-3-mini-4k-instruct'));
    await user.click(screen.getByRole('button', { name: 'Use the pasted config' }));

    // The config's schema loads with the first import.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Imported Phi-3-mini-4k-instruct.'),
    );
    expect(store.getState().scenario.model).toMatchObject({ layers: 32, hidden: 3072 });
    expect(store.getState().hubSource).toBeNull();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('gives pasted text that is not a config the same message, and keeps the model', async () => {
    const { user, store } = renderHubImport();
    const before = store.getState().scenario;
    const box = await openPaste(user);
    await user.click(box);
    await user.paste('{"num_hidden_layers": 32,');
    await user.click(screen.getByRole('button', { name: 'Use the pasted config' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not JSON. That file is not valid JSON:',
    );
    expect(store.getState().scenario).toBe(before);
    await user.type(box, '}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads a file chosen with the keyboard-operable file input', async () => {
    const { user, store } = renderHubImport();
    await openPaste(user);
    const input = screen.getByLabelText('Drop a config.json file here, or choose one');
    await user.upload(input, jsonFile(fixtureText('openai-community_gpt2'), 'gpt2.json'));
    await screen.findByText('Imported gpt2.');
    expect((store.getState().scenario.model as ModelSpec).vocab).toBe(50257);
  });

  it('reads a file dropped on the zone', async () => {
    const { user, store } = renderHubImport();
    await openPaste(user);
    fireEvent.drop(screen.getByTestId('config-drop-zone'), {
      dataTransfer: { files: [jsonFile(fixtureText('google_gemma-7b'))] },
    });
    // A file called config.json without _name_or_path is named by its architecture class.
    await screen.findByText('Imported GemmaForCausalLM.');
    expect(store.getState().scenario.model).toMatchObject({ vocab: 256000 });
  });

  it('refuses a file far too large to be a config.json without reading it', async () => {
    const { user, store } = renderHubImport();
    const before = store.getState().scenario;
    await openPaste(user);
    const huge = jsonFile('x'.repeat(6 * 2 ** 20), 'model.safetensors');
    fireEvent.drop(screen.getByTestId('config-drop-zone'), { dataTransfer: { files: [huge] } });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'model.safetensors is larger than 5 MB; a config.json is a few kilobytes of JSON',
      ),
    );
    expect(store.getState().scenario).toBe(before);
  });

  it("drops a pasted model's summary when a preset is picked instead", async () => {
    const { user } = renderHubImport();
    const box = await openPaste(user);
    await user.click(box);
    await user.paste(fixtureText('facebook_opt-350m'));
    await user.click(screen.getByRole('button', { name: 'Use the pasted config' }));
    expect(screen.getByText(/Read as the OPT family/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'llama-2-13b');
    expect(screen.queryByText(/Read as the OPT family/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
