const UNIT_BYTES: Readonly<Record<string, number>> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
};

/** An amount as the page prints it ("13.5 GB", "1,024 MiB") in bytes; throws on anything else. */
export function parseBytes(text: string): number {
  const match = /^(\d[\d,]*(?:\.\d+)?) ([KMGT]i?B|B)$/.exec(text.trim());
  const bytesPerUnit = match?.[2] ? UNIT_BYTES[match[2]] : undefined;
  if (!match?.[1] || bytesPerUnit === undefined)
    throw new Error(`Not an amount of memory: "${text}"`);
  return Number(match[1].replaceAll(',', '')) * bytesPerUnit;
}
