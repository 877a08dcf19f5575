import { describe, expect, it } from 'vitest';
import { findDriverReport } from '../domain/presets/driver-reports';
import { mibToBytes } from '../domain/units';
import { driverReportText, gpuMemoryText } from './gpu-memory-text';

describe('gpuMemoryText', () => {
  it('RTX 4090 in GiB: 24,564 MiB is 23.99 GiB, with the figure nvidia-smi prints', () => {
    expect(gpuMemoryText(mibToBytes(24564), 'GiB', findDriverReport('rtx-4090'))).toBe(
      '23.99 GiB usable (nvidia-smi: 24,564 MiB)',
    );
  });

  it('RTX 4090 in GB: 24,564 × 2^20 bytes is 25.76 GB', () => {
    expect(gpuMemoryText(mibToBytes(24564), 'GB', findDriverReport('rtx-4090'))).toBe(
      '25.76 GB usable (nvidia-smi: 24,564 MiB)',
    );
  });

  it('a GPU without a printed figure shows the capacity alone', () => {
    expect(gpuMemoryText(80 * 2 ** 30, 'GiB', undefined)).toBe('80 GiB usable');
  });

  it('rocm-smi prints bytes', () => {
    const report = findDriverReport('mi300x-192gb');
    expect(report && driverReportText(report)).toBe('rocm-smi: 206,141,652,992 B');
  });
});
