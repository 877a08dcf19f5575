/** Decimal gigabyte: 10^9 bytes. The seed article's "28 GB" for 7B fp32 weights is decimal. */
export const BYTES_PER_GB = 1e9;
/** Binary gibibyte: 2^30 bytes. GPU capacities ("24 GB", "80GB") are binary. */
export const BYTES_PER_GIB = 2 ** 30;
export const BYTES_PER_MIB = 2 ** 20;

/** The two ways the page shows memory: decimal GB (10^9 bytes) or binary GiB (2^30 bytes). */
export type UnitSystem = 'GB' | 'GiB';

/** GiB by default: the unit PyTorch, vLLM, DeepSpeed and llama.cpp print in their logs. */
export const DEFAULT_UNIT: UnitSystem = 'GiB';

const BYTES_PER_UNIT: Readonly<Record<UnitSystem, number>> = {
  GB: BYTES_PER_GB,
  GiB: BYTES_PER_GIB,
};

/** Bytes expressed in GB or GiB. */
export const bytesToUnit = (bytes: number, unit: UnitSystem): number =>
  bytes / BYTES_PER_UNIT[unit];
/** GB or GiB expressed in bytes. */
export const unitToBytes = (amount: number, unit: UnitSystem): number =>
  amount * BYTES_PER_UNIT[unit];

export const gibToBytes = (gib: number): number => gib * BYTES_PER_GIB;
export const mibToBytes = (mib: number): number => mib * BYTES_PER_MIB;
