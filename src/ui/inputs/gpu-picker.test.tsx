import { GPU_PRESETS } from '../../domain/presets/gpus';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GpuPicker } from './gpu-picker';
import { renderWithStore } from '../../test/render-with-store';

const picker = () => screen.getByRole('combobox', { name: 'GPU' });

describe('GpuPicker', () => {
  it('lists every preset and shows memory, bandwidth and dense 16-bit throughput', () => {
    renderWithStore(<GpuPicker />);
    // Every preset, and the custom GPU.
    expect(within(picker()).getAllByRole('option')).toHaveLength(GPU_PRESETS.length + 1);
    expect(picker()).toHaveValue('rtx-4090');
    // nvidia-smi's 24,564 MiB is 24,564 / 1,024 = 23.988 GiB (GiB is the default unit).
    expect(screen.getByText('23.99 GiB usable (nvidia-smi: 24,564 MiB)')).toBeInTheDocument();
    expect(screen.getByText('1,008 GB/s')).toBeInTheDocument();
    expect(screen.getByText('165 TFLOPS')).toBeInTheDocument();
  });

  it("shows memory in the store's unit: 24,564 × 2^20 bytes is 25.76 GB", () => {
    renderWithStore(<GpuPicker />, {}, { unit: 'GB' });
    expect(screen.getByText('25.76 GB usable (nvidia-smi: 24,564 MiB)')).toBeInTheDocument();
  });

  it('leaves the driver note out where no printed figure was found (MI325X)', () => {
    renderWithStore(<GpuPicker />, { gpu: 'mi325x-256gb' });
    // 262,128 MiB / 1,024 = 255.98 GiB.
    expect(screen.getByText('255.98 GiB usable')).toBeInTheDocument();
  });

  it('applies the chosen preset', async () => {
    const { user, scenario } = renderWithStore(<GpuPicker />);
    await user.selectOptions(picker(), 'MI300X 192GB');
    expect(scenario().gpu).toBe('mi300x-192gb');
    expect(screen.getByText('5,300 GB/s')).toBeInTheDocument();
    expect(screen.getByText('1,307 TFLOPS')).toBeInTheDocument();
  });

  it('shows a custom GPU from a link by name', () => {
    renderWithStore(<GpuPicker />, {
      gpu: {
        name: 'Lab card',
        memoryBytes: 16e9,
        labelGB: 16,
        bandwidthBytesPerSecond: 5e11,
        peakFlops: 5e13,
        bf16: true,
        fp8Flops: 0,
        int8Ops: 0,
        fp4Flops: 0,
        interconnect: 'pcie',
        gpusPerNode: 4,
      },
    });
    expect(picker()).toHaveDisplayValue('Custom: Lab card');
    // 16e9 / 2^30 = 14.901 GiB; a custom GPU has no driver printout to name.
    expect(screen.getByText('14.9 GiB usable')).toBeInTheDocument();
    expect(screen.getByText('50 TFLOPS')).toBeInTheDocument();
  });
});

describe('a custom GPU', () => {
  it('starts from the GPU chosen and takes every figure in datasheet units', async () => {
    const { user, scenario } = renderWithStore(<GpuPicker />, { gpu: 'h100-80gb' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'GPU' }), 'Custom GPU…');
    expect(scenario().gpu).toMatchObject({ name: 'Custom H100 80GB', interconnect: 'nvlink' });
    const memory = screen.getByRole('spinbutton', { name: 'Memory the driver reports' });
    expect(memory).toHaveValue(81559);
    await user.clear(memory);
    await user.type(memory, '97871');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Link between GPUs' }),
      'PCIe only',
    );
    expect(scenario().gpu).toMatchObject({ memoryBytes: 97871 * 2 ** 20, interconnect: 'pcie' });
  });

  it('names a figure the engine refuses', async () => {
    const { user } = renderWithStore(<GpuPicker />, { gpu: 'h100-80gb' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'GPU' }), 'Custom GPU…');
    const flops = screen.getByRole('spinbutton', { name: 'Dense 16-bit throughput' });
    await user.clear(flops);
    await user.type(flops, '0');
    expect(flops).toHaveAccessibleDescription(/must be more than zero/);
  });
});
