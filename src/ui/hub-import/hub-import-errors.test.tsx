import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fixtureText } from '../../hub/fixtures/fixture-text';
import { hubAnswers, hubHangs, renderHubImport } from '../../test/render-hub-import';

const LLAMA = JSON.parse(fixtureText('meta-llama_Llama-3.1-8B')) as Record<string, unknown>;
const config = (over: Record<string, unknown>) => JSON.stringify({ ...LLAMA, ...over });

/** Starts from a preset and a precision, so "nothing changed" is checked against real choices. */
async function importFailing(fetchImpl: typeof fetch, options: { timeoutMs?: number } = {}) {
  const rendered = renderHubImport({
    fetchImpl,
    scenario: { model: 'mistral-7b', dtype: 'fp16' },
    ...options,
  });
  const before = rendered.store.getState();
  await rendered.user.type(
    screen.getByRole('textbox', { name: 'Hugging Face model id or URL' }),
    'org/model{Enter}',
  );
  return { ...rendered, before };
}

function expectNothingChanged({ store, before }: Awaited<ReturnType<typeof importFailing>>) {
  expect(store.getState().scenario).toBe(before.scenario);
  expect(store.getState().hubSource).toBeNull();
  expect(screen.getByRole('combobox', { name: 'Model' })).toHaveValue('mistral-7b');
}

const notFound = (code: string) => hubAnswers('', 404, { 'x-error-code': code });

describe('every failure has its own message and leaves the model as it was', () => {
  it.each([
    [
      'a missing repository',
      notFound('RepoNotFound'),
      'Model not found. The Hub found no model org/model at revision "main".',
    ],
    [
      'a missing revision',
      notFound('RevisionNotFound'),
      'Revision not found. The Hub has no revision "main" of org/model.',
    ],
    [
      'a missing config.json',
      notFound('EntryNotFound'),
      'No config.json. org/model has no config.json at revision "main".',
    ],
    [
      'a gated model (401)',
      hubAnswers('', 401),
      'The Hub requires sign-in for this model. The Hub requires sign-in for org/model',
    ],
    ['a private model (403)', hubAnswers('', 403), 'The Hub requires sign-in for this model.'],
    [
      'text that is not JSON',
      hubAnswers('<html>Sign in</html>'),
      'Not JSON. That file is not valid JSON:',
    ],
    [
      'JSON that is not a config',
      hubAnswers('{"_class_name": "UNet2DModel"}'),
      "Not a transformer config. That JSON is not a transformer's config.json: it has no layer count",
    ],
    [
      'an architecture the engine cannot size',
      hubAnswers(config({ model_type: 'mamba' })),
      'Architecture not supported. This architecture cannot be sized here: "mamba" has state-space or recurrent layers',
    ],
    [
      'impossible numbers',
      hubAnswers(config({ num_hidden_layers: 0 })),
      "Impossible numbers. The config's numbers cannot describe a real model: num_hidden_layers",
    ],
  ])('%s', async (_name, fetchImpl, message) => {
    const rendered = await importFailing(fetchImpl);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('The model was not changed.');
    expectNothingChanged(rendered);
  });

  it('says the import needs the network when the browser is offline, without a request', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onTestFinished(() => onLine.mockRestore());
    const rendered = await importFailing(hubAnswers('{}'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The import needs the network. You are offline, so the Hub cannot be reached.',
    );
    expect(rendered.fetchImpl).not.toHaveBeenCalled();
    expectNothingChanged(rendered);
  });

  it('offers the paste path for a gated model, focusing the box to paste into', async () => {
    const rendered = await importFailing(hubAnswers('', 401));
    const alert = await screen.findByRole('alert');
    await rendered.user.click(
      within(alert).getByRole('button', { name: 'Paste the config.json instead' }),
    );
    expect(screen.getByRole('textbox', { name: 'config.json text' })).toHaveFocus();
  });
});

describe('failures the query retries first', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs the retry delays (2 s, then 4 s) in a moment, on the timers the query schedules. */
  async function importRetried(fetchImpl: typeof fetch, timeoutMs?: number) {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const rendered = renderHubImport({
      fetchImpl,
      timeoutMs,
      scenario: { model: 'mistral-7b', dtype: 'fp16' },
      advanceTimers: vi.advanceTimersByTime,
    });
    const before = rendered.store.getState();
    await rendered.user.type(
      screen.getByRole('textbox', { name: 'Hugging Face model id or URL' }),
      'org/model{Enter}',
    );
    for (let step = 0; step < 4; step++) await act(() => vi.advanceTimersByTimeAsync(3_000));
    return { ...rendered, before };
  }

  it.each([
    [
      'a server error',
      () => hubAnswers('', 500),
      'The Hub answered with an error. The Hub answered with an error (HTTP 500).',
    ],
    [
      'a dropped connection',
      () => vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))),
      'The Hub could not be reached. The Hub could not be reached (network error or blocked request).',
    ],
    [
      'a timeout',
      () => hubHangs(),
      'The Hub did not answer in time. The Hub did not answer within 0.05 seconds.',
    ],
  ])('%s: three attempts, then a message with a way to try again', async (_name, make, message) => {
    const rendered = await importRetried(make(), 50);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(rendered.fetchImpl).toHaveBeenCalledTimes(3);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expectNothingChanged(rendered);
  });
});
