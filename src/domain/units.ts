/** Decimal gigabyte: 10^9 bytes. The seed article's "28 GB" for 7B fp32 weights is decimal. */
export const BYTES_PER_GB = 1e9;
/** Binary gibibyte: 2^30 bytes. GPU capacities ("24 GB", "80GB") are binary. */
export const BYTES_PER_GIB = 2 ** 30;
export const BYTES_PER_MIB = 2 ** 20;

export const bytesToGB = (bytes: number): number => bytes / BYTES_PER_GB;
export const bytesToGiB = (bytes: number): number => bytes / BYTES_PER_GIB;
export const gibToBytes = (gib: number): number => gib * BYTES_PER_GIB;
export const mibToBytes = (mib: number): number => mib * BYTES_PER_MIB;
