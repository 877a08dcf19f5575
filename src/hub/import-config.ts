import { parseHubConfig } from './hub-config-schema';
import { HubError } from './hub-errors';
import { toModelSpec, type HubModelImport } from './to-model-spec';

/** Already-parsed JSON (a fetched or dropped file) → the engine's model, or a HubError naming what is wrong. */
export function importConfigJson(json: unknown, name: string): HubModelImport {
  return toModelSpec(parseHubConfig(json), name);
}

/**
 * The offline path and the fetch share this: the text of a config.json → the engine's model,
 * with the same typed errors (not-json, not-a-transformer-config, unsupported-architecture,
 * impossible-numbers) and messages.
 */
export function importConfigText(text: string, name: string): HubModelImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason =
      text.trim() === ''
        ? 'the file is empty'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new HubError({ kind: 'not-json', reason });
  }
  return importConfigJson(json, name);
}
