const UNNAMED = 'Pasted config.json';

/**
 * The name a pasted or dropped config's model gets: the repository it was saved from
 * (`_name_or_path`, which transformers writes into most config.json files), else the file's own
 * name (`fileName`, "gpt2" for gpt2.json; null for a paste or a file called config.json), else its
 * architecture class (`architectures[0]`, "Qwen3MoeForCausalLM") or family (`model_type`).
 */
export function configName(text: string, fileName: string | null): string {
  const fallback = fileName ?? UNNAMED;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the import itself says so.
    return fallback;
  }
  if (typeof json !== 'object' || json === null) return fallback;
  const config = json as Record<string, unknown>;
  const architectures = config.architectures;
  const candidates = [
    config._name_or_path,
    fileName,
    Array.isArray(architectures) ? architectures[0] : undefined,
    config.model_type,
  ];
  const named = candidates.find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return named?.trim() ?? fallback;
}
