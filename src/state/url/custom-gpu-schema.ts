import { GPU_RATE_LIMITS, type GpuSpec } from '../../domain/gpu';
import { nonEmptyName, specField } from './custom-spec';
import type { CustomSpecCodec } from './custom-spec';
import {
  byteCount,
  flag,
  formatBytesForUrl,
  formatFlag,
  formatUrlNumber,
  numberBetween,
  oneOf,
  wholeNumber,
  zeroOrBetween,
  type UrlValue,
} from './url-values';

const text = (value: string): string => value;
const gpu = <P extends keyof GpuSpec>(
  prop: P,
  label: string,
  schema: UrlValue<GpuSpec[P]>,
  format: (value: GpuSpec[P]) => string,
) => specField<GpuSpec, P>(prop, label, schema, format);

/** A custom GPU in the link: `g.name=...&g.memoryBytes=80GiB&...`, each key a GpuSpec field. */
export const CUSTOM_GPU_CODEC: CustomSpecCodec<
  GpuSpec,
  'name' | 'memoryBytes' | 'labelGB' | 'bandwidthBytesPerSecond' | 'peakFlops'
> = {
  prefix: 'g.',
  label: 'Custom GPU',
  required: ['name', 'memoryBytes', 'labelGB', 'bandwidthBytesPerSecond', 'peakFlops'],
  fallback: {
    name: 'Custom GPU',
    memoryBytes: 24564 * 2 ** 20,
    labelGB: 24,
    bandwidthBytesPerSecond: 1.008e12,
    peakFlops: 165.2e12,
  },
  // A link written before these fields existed named a GPU with bf16, without fp8, int8 or fp4
  // figures and with NVLink, all that the engine then assumed.
  defaults: (g) => ({
    ...g,
    bf16: true,
    fp8Flops: 0,
    int8Ops: 0,
    fp4Flops: 0,
    interconnect: 'nvlink',
    gpusPerNode: 8,
  }),
  fields: [
    gpu('name', 'name', nonEmptyName, text),
    gpu(
      'memoryBytes',
      'memory',
      byteCount(
        Number.MIN_VALUE,
        1e15,
        'a size above 0 and up to 1 PB, in bytes or with a unit such as 80GiB',
      ),
      formatBytesForUrl,
    ),
    gpu(
      'labelGB',
      'labelled size in GB',
      numberBetween(0, 1e6, 'a number of GB from 0 to 1,000,000'),
      formatUrlNumber,
    ),
    gpu(
      'bandwidthBytesPerSecond',
      'memory bandwidth in bytes per second',
      zeroOrBetween(
        GPU_RATE_LIMITS.bandwidth.min,
        GPU_RATE_LIMITS.bandwidth.max,
        'a number of bytes per second: 0 (not stated), or from 1e6 to 1e16',
      ),
      formatUrlNumber,
    ),
    gpu(
      'peakFlops',
      'peak FLOP/s',
      numberBetween(
        GPU_RATE_LIMITS.flops.min,
        GPU_RATE_LIMITS.flops.max,
        'a number of FLOP/s from 1e9 to 1e19',
      ),
      formatUrlNumber,
    ),
    gpu('bf16', 'bf16 support', flag, formatFlag),
    ...(['fp8Flops', 'int8Ops', 'fp4Flops'] as const).map((prop) =>
      gpu(
        prop,
        `${prop === 'int8Ops' ? 'int8 OP/s' : `${prop.slice(0, 3)} FLOP/s`}`,
        zeroOrBetween(
          GPU_RATE_LIMITS.flops.min,
          GPU_RATE_LIMITS.flops.max,
          'a number: 0 (none), or from 1e9 to 1e19',
        ),
        formatUrlNumber,
      ),
    ),
    gpu(
      'interconnect',
      'interconnect',
      oneOf(['nvlink', 'infinity-fabric', 'pcie', 'unified']),
      text,
    ),
    gpu('gpusPerNode', 'GPUs per node', wholeNumber(1, 1024), formatUrlNumber),
  ],
};
