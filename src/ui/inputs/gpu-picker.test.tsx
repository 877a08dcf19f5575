import { GPU_PRESETS } from '../../domain/presets/gpus';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GpuPicker } from './gpu-picker';
import { renderWithStore } from '../../test/render-with-store';

const picker = () => screen.getByRole('combobox', { name: 'GPU' });

describe('GpuPicker', () => {
  it('lists every preset and shows memory, bandwidth and dense 16-bit throughput', () => {
    renderWithStore(<GpuPicker />);
    expect(within(picker()).getAllByRole('option')).toHaveLength(GPU_PRESETS.length);
    expect(picker()).toHaveValue('rtx-4090');
    expect(screen.getByText('25.8 GB')).toBeInTheDocument();
    expect(screen.getByText('1,008 GB/s')).toBeInTheDocument();
    expect(screen.getByText('165 TFLOPS')).toBeInTheDocument();
  });

  it("shows memory in the store's unit", () => {
    renderWithStore(<GpuPicker />, {}, { unit: 'GiB' });
    expect(screen.getByText('24 GiB')).toBeInTheDocument();
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
        fp8Flops: 0,
        int8Ops: 0,
        fp4Flops: 0,
        interconnect: 'pcie',
        gpusPerNode: 4,
      },
    });
    expect(picker()).toHaveDisplayValue('Custom: Lab card');
    expect(screen.getByText('16 GB')).toBeInTheDocument();
    expect(screen.getByText('50 TFLOPS')).toBeInTheDocument();
  });
});
