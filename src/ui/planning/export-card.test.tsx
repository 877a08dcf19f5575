import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { estimate } from '../../domain/estimate';
import { DEFAULT_SCENARIO } from '../../domain/scenario';
import { formatBytesIn } from '../../lib/format';
import { encodeUrl } from '../../state/url/url-codec';
import { ExportCard } from './export-card';
import { renderWithStore } from '../../test/render-with-store';

interface Saved {
  name: string;
  blob: Blob;
}

let saved: Saved[] = [];
const blobs = new Map<string, Blob>();
// jsdom cannot download: note each file the page saves and keep jsdom from navigating to it.
const noteDownload = (event: MouseEvent) => {
  const link = event.target;
  if (!(link instanceof HTMLAnchorElement) || !link.download) return;
  event.preventDefault();
  saved.push({ name: link.download, blob: blobs.get(link.href)! });
};

beforeEach(() => {
  saved = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  document.addEventListener('click', noteDownload, true);
});

afterEach(() => {
  document.removeEventListener('click', noteDownload, true);
  vi.restoreAllMocks();
});

describe('ExportCard', () => {
  it('downloads a Markdown report whose numbers are the page’s', async () => {
    const { user } = renderWithStore(<ExportCard />);
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect(saved.map((file) => file.name)).toEqual(['llama-2-7b-training-rtx-4090.md']);
    const text = await saved[0]!.blob.text();
    const e = estimate(DEFAULT_SCENARIO);
    expect(saved[0]!.blob.type).toBe('text/markdown;charset=utf-8');
    expect(text).toContain(`| **Total** | **${formatBytesIn(e.layout.perGpuBytes, 'GiB')}** |`);
    expect(text).toContain(
      'At 2,048 tokens, the largest batch that fits on 17 × RTX 4090 24GB (FSDP full shard) is 1.',
    );
    expect(text).toContain(`(<${window.location.origin}${window.location.pathname}?v=1>)`);
  });

  it('downloads a CSV of every dtype and a JSON file that opens again to the same scenario', async () => {
    const { user, store } = renderWithStore(<ExportCard />, { mode: 'inference', batch: 3 });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(saved.map((file) => file.name)).toEqual([
      'llama-2-7b-inference-rtx-4090.csv',
      'llama-2-7b-inference-rtx-4090.json',
    ]);
    const csv = await saved[0]!.blob.text();
    expect(csv.split('\r\n')[0]).toBe(
      'dtype,part,per_gpu_bytes,total_bytes,capacity_per_gpu_bytes,gpus,layout,fits,note',
    );
    expect(csv).toMatch(/\r\nint4,KV cache,\d+,/);
    const json = await saved[1]!.blob.text();
    const original = { scenario: store.getState().scenario, unit: store.getState().unit };

    act(() => store.getState().reset());
    expect(store.getState().scenario.mode).toBe('training');
    await user.upload(
      screen.getByLabelText('Open an exported JSON file'),
      new File([json], 'saved.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Opened saved.json.')).toBeInTheDocument();
    expect(encodeUrl(store.getState())).toBe(encodeUrl(original));
  });

  it('lists why a file could not be opened, leaving the scenario alone', async () => {
    const { user, scenario } = renderWithStore(<ExportCard />, { batch: 2 });
    const bad = JSON.stringify({
      format: 'llm-gpu-memory-calculator/estimate',
      version: 1,
      scenario: { seqLen: -1 },
    });
    await user.upload(
      screen.getByLabelText('Open an exported JSON file'),
      new File([bad], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('bad.json could not be opened:')).toBeInTheDocument();
    expect(screen.getByText('Sequence length: must be at least 1, got -1')).toBeInTheDocument();
    expect(scenario().batch).toBe(2);
  });

  it('disables the downloads while the inputs are invalid', () => {
    renderWithStore(<ExportCard />, { batch: 0 });
    expect(screen.getByRole('button', { name: 'Download Markdown' })).toBeDisabled();
    expect(
      screen.getByText('Fix the highlighted inputs to export the estimate.'),
    ).toBeInTheDocument();
  });
});
