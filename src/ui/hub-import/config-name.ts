/**
 * The name a pasted or dropped config's model gets: the repository it was saved from
 * (`_name_or_path`, which transformers writes into most config.json files), else `fallback`.
 */
export function configName(text: string, fallback: string): string {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === 'object' && json !== null && '_name_or_path' in json) {
      const name = json._name_or_path;
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
    }
  } catch {
    // Not JSON: the import itself says so.
  }
  return fallback;
}
