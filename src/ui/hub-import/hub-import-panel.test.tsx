import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ModelSpec } from '../../domain/model';
import { fixtureText } from '../../hub/fixtures/fixture-text';
import { hubAnswers, hubHangs, renderHubImport } from '../../test/render-hub-import';

const idBox = () => screen.getByRole('textbox', { name: 'Hugging Face model id or URL' });
const revisionBox = () => screen.getByRole('textbox', { name: 'Revision' });
const importButton = () => screen.getByRole('button', { name: 'Import' });
const status = () => screen.getByRole('status');
const model = (store: ReturnType<typeof renderHubImport>['store']) =>
  store.getState().scenario.model as ModelSpec;

/** navigator.onLine, false until the returned function is called with true (test helper). */
const goOffline = () => {
  const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  onTestFinished(() => onLine.mockRestore());
  return onLine;
};

describe('importing a model from the Hub', () => {
  it('fetches config.json, makes it the custom model and says how it was read', async () => {
    const fetchImpl = hubAnswers(fixtureText('meta-llama_Llama-3.1-8B'));
    const { user, store } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'meta-llama/Llama-3.1-8B');
    await user.click(importButton());

    expect(await screen.findByText('Imported meta-llama/Llama-3.1-8B.')).toBeInTheDocument();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json');
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(model(store)).toMatchObject({ name: 'meta-llama/Llama-3.1-8B', layers: 32, kvHeads: 8 });
    expect(store.getState().hubSource).toMatchObject({ repoId: 'meta-llama/Llama-3.1-8B' });
    expect(screen.getByText(/Read as the Llama family/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Precision bf16: the format the checkpoint is stored in (torch_dtype bfloat16).',
      ),
    ).toBeInTheDocument();
    // The picker now shows the imported architecture, ready to edit.
    expect(screen.getByRole('spinbutton', { name: 'Key/value heads (kv)' })).toHaveValue(8);
  });

  it('reads a pasted link with Enter, and lets a typed revision win over the link', async () => {
    const fetchImpl = hubAnswers(fixtureText('Qwen_Qwen2.5-7B-Instruct'));
    const { user } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/tree/v1{Enter}');
    await screen.findByText('Imported Qwen/Qwen2.5-7B-Instruct@v1.');
    expect(fetchImpl.mock.calls[0]?.[0]).toContain('/Qwen/Qwen2.5-7B-Instruct/resolve/v1/');

    await user.type(revisionBox(), 'refs/pr/2{Enter}');
    await screen.findByText('Imported Qwen/Qwen2.5-7B-Instruct@refs/pr/2.');
    expect(fetchImpl.mock.calls[1]?.[0]).toContain('/resolve/refs%2Fpr%2F2/config.json');
  });

  it('checks the id and the revision before any request, naming what is wrong', async () => {
    const fetchImpl = hubAnswers('{}');
    const { user } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'my model{Enter}');
    expect(idBox()).toHaveAttribute('aria-invalid', 'true');
    expect(idBox()).toHaveAccessibleDescription(
      expect.stringContaining('"my model" contains " "; only letters, digits'),
    );
    await user.clear(idBox());
    expect(idBox()).not.toHaveAttribute('aria-invalid');
    await user.type(idBox(), 'gpt2');
    await user.type(revisionBox(), 'v1..2');
    await user.click(importButton());
    expect(revisionBox()).toHaveAccessibleDescription(
      expect.stringContaining('cannot contain "..", "//" or "@{"'),
    );
    expect(idBox()).not.toHaveAttribute('aria-invalid');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('shows the loading status, and typing on cancels the request and ignores it', async () => {
    const fetchImpl = hubHangs();
    const { user, store } = renderHubImport({ fetchImpl });
    const before = store.getState().scenario;
    await user.type(idBox(), 'gpt2{Enter}');
    expect(status()).toHaveTextContent('Loading gpt2 from the Hub…');
    const signal = fetchImpl.mock.calls[0]?.[1]?.signal;
    expect(signal?.aborted).toBe(false);

    await user.type(idBox(), '-medium');
    expect(signal?.aborted).toBe(true);
    expect(status()).toHaveTextContent('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().scenario).toBe(before);
  });
});

describe('the precision of an import', () => {
  it("takes the checkpoint's quantized format where the mode can use it", async () => {
    const fetchImpl = hubAnswers(fixtureText('Qwen_Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4'));
    const { user, store } = renderHubImport({ fetchImpl, scenario: { mode: 'inference' } });
    await user.type(idBox(), 'Qwen/Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4{Enter}');
    await screen.findByText(/^Imported/);
    expect(store.getState().scenario.dtype).toBe('gptq-int4');
    expect(
      screen.getByText(
        'Precision gptq-int4: the format the checkpoint is stored in (GPTQ 4-bit quantization).',
      ),
    ).toBeInTheDocument();
  });

  it('keeps a trainable precision in training, and says why', async () => {
    const fetchImpl = hubAnswers(fixtureText('Qwen_Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4'));
    const { user, store } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'Qwen/Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4{Enter}');
    await screen.findByText(/^Imported/);
    expect(store.getState().scenario.dtype).toBe('bf16');
    expect(
      screen.getByText(/which cannot be trained directly, so the precision stays bf16/),
    ).toBeInTheDocument();
  });

  it('switches training to the fp16 a checkpoint is stored in', async () => {
    const fetchImpl = hubAnswers(fixtureText('EleutherAI_pythia-1.4b'));
    const { user, store } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'EleutherAI/pythia-1.4b{Enter}');
    await screen.findByText(/^Imported/);
    expect(store.getState().scenario.dtype).toBe('fp16');
  });
});

describe('assumptions and notes', () => {
  it('lists every value the config leaves out, each opening its field in the editor', async () => {
    const fetchImpl = hubAnswers(fixtureText('tiiuae_falcon-7b-instruct'));
    const { user } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'tiiuae/falcon-7b-instruct{Enter}');
    const list = await screen.findByRole('region', { name: /2 values the config leaves out/ });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      "Context length: 2,048 tokens. max_position_embeddings is missing; Falcon's default is 2048.",
    );
    expect(items[1]).toHaveTextContent(/^Output head tied to the embeddings: yes\./);

    await user.click(within(list).getByRole('button', { name: 'Context length' }));
    expect(screen.getByRole('spinbutton', { name: 'Context length' })).toHaveFocus();
    await user.click(
      within(list).getByRole('button', { name: 'Output head tied to the embeddings' }),
    );
    expect(
      screen.getByRole('checkbox', { name: 'Output head tied to the embeddings' }),
    ).toHaveFocus();
  });

  it("shows the mapping's notes", async () => {
    const fetchImpl = hubAnswers(fixtureText('google_gemma-2-9b'));
    const { user } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'google/gemma-2-9b{Enter}');
    const notes = await screen.findByRole('list', { name: 'Notes on the import' });
    expect(notes).toHaveTextContent(/21 of the 42 layers attend within a 4096-token window/);
  });
});

describe('a share link that names a Hub model', () => {
  const pending = {
    repoId: 'mistralai/Mistral-7B-v0.1',
    revision: 'main',
    imported: null,
    edits: { layers: 40, slidingWindow: null },
  };

  it('shows the model meanwhile, then restores the import with the edits and the precision of the link', async () => {
    const fetchImpl = hubAnswers(fixtureText('mistralai_Mistral-7B-v0.1'));
    const { store } = renderHubImport({
      fetchImpl,
      hubSource: pending,
      scenario: { mode: 'inference', dtype: 'fp8' },
    });
    expect(status()).toHaveTextContent(
      'Loading mistralai/Mistral-7B-v0.1 from the Hub… The page shows Llama-2-7B until it arrives.',
    );
    await screen.findByText('Imported mistralai/Mistral-7B-v0.1.');
    expect(model(store)).toMatchObject({ hidden: 4096, layers: 40, slidingWindow: null });
    expect(store.getState().scenario.dtype).toBe('fp8');
    expect(store.getState().hubSource).toMatchObject({ imported: { layers: 32 }, edits: {} });
  });

  it('says when the fetch fails, keeps the page usable and can try again', async () => {
    const offline = goOffline();
    const fetchImpl = hubAnswers(fixtureText('mistralai_Mistral-7B-v0.1'));
    const { user, store } = renderHubImport({ fetchImpl, hubSource: pending });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "The import needs the network. You are offline, so the Hub cannot be reached. Reconnect, or paste the config.json instead. The link's model, mistralai/Mistral-7B-v0.1, could not be loaded, so the page shows Llama-2-7B; the rest of the link was applied.",
    );
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(store.getState().scenario.model).toBe('llama-2-7b');
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveValue('llama-2-7b');

    offline.mockReturnValue(true);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('Imported mistralai/Mistral-7B-v0.1.');
    expect(model(store).layers).toBe(40);
  });
});

describe('the loading status while the Hub is slow', () => {
  it('counts the attempts of a retried request', async () => {
    const fetchImpl = hubAnswers('', 503);
    const { user } = renderHubImport({ fetchImpl });
    await user.type(idBox(), 'gpt2{Enter}');
    await waitFor(
      () => expect(status()).toHaveTextContent('Loading gpt2 from the Hub… (attempt 2)'),
      {
        timeout: 2500,
      },
    );
  });
});
