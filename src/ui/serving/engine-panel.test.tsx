import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { EnginePanel } from './engine-panel';

const inference = {
  mode: 'inference' as const,
  model: 'llama-3.1-8b',
  gpu: 'h100-80gb',
  batch: 16,
  seqLen: 8192,
  generatedTokens: 1024,
};

function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

afterEach(() => setClipboard(undefined));

describe('EnginePanel', () => {
  it('is not shown outside inference', () => {
    renderWithStore(<EnginePanel />);
    expect(screen.queryByRole('heading', { name: 'Serving engine' })).not.toBeInTheDocument();
  });

  it('shows vLLM’s settings with the defaults it would use and their sources, and the launch command', () => {
    renderWithStore(<EnginePanel />, inference);
    expect(screen.getByRole('combobox', { name: 'Engine' })).toHaveValue('vllm');
    expect(screen.getByRole('spinbutton', { name: '--gpu-memory-utilization' })).toHaveValue(92);
    expect(screen.getByRole('spinbutton', { name: '--max-model-len' })).toHaveValue(9216);
    expect(screen.getByRole('spinbutton', { name: '--max-num-batched-tokens' })).toHaveValue(8192);
    expect(screen.getByRole('spinbutton', { name: '--max-num-seqs' })).toHaveValue(1024);
    expect(
      screen.getByRole('spinbutton', { name: '--gpu-memory-utilization' }),
    ).toHaveAccessibleDescription(/Default: vllm\/config\/cache\.py/);
    expect(screen.getByTestId('launch-command')).toHaveTextContent(
      /^vllm serve meta-llama\/Llama-3\.1-8B .*--max-model-len 9216 .*--gpu-memory-utilization 0\.92$/,
    );
  });

  it('a typed setting goes into the scenario and the command, and "Use the default" gives it back', async () => {
    const { user, scenario } = renderWithStore(<EnginePanel />, inference);
    const box = screen.getByRole('spinbutton', { name: '--max-num-seqs' });
    await user.clear(box);
    await user.type(box, '32');
    expect(scenario().maxNumSeqs).toBe(32);
    expect(screen.getByTestId('launch-command')).toHaveTextContent('--max-num-seqs 32');
    await user.click(screen.getByRole('button', { name: 'Use the default for --max-num-seqs' }));
    expect(scenario().maxNumSeqs).toBeNull();
    expect(screen.getByTestId('launch-command')).not.toHaveTextContent('--max-num-seqs');
  });

  it('switches engine, with that engine’s own settings and command', async () => {
    const { user, scenario } = renderWithStore(<EnginePanel />, inference);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Engine' }), 'SGLang');
    expect(scenario().engine).toBe('sglang');
    expect(screen.getByRole('spinbutton', { name: '--mem-fraction-static' })).toBeInTheDocument();
    expect(screen.getByTestId('launch-command')).toHaveTextContent(
      /^python -m sglang\.launch_server/,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Engine' }), 'llama.cpp');
    expect(screen.getByRole('spinbutton', { name: '-ngl (layers on the GPU)' })).toHaveValue(33);
  });

  it('copies the command, and says so', async () => {
    const { user } = renderWithStore(<EnginePanel />, inference);
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Copy command' }));
    expect(writeText).toHaveBeenCalledWith(screen.getByTestId('launch-command').textContent);
    expect(screen.getByRole('status')).toHaveTextContent('Command copied');
  });

  it('without a clipboard, selects the command for copying by hand', async () => {
    const { user } = renderWithStore(<EnginePanel />, inference);
    setClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy command' }));
    expect(screen.getByRole('status')).toHaveTextContent(/the command is selected/);
    expect(window.getSelection()?.toString()).toContain('vllm serve');
  });
});
