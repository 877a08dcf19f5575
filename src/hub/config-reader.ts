import type { ModelSpec } from '../domain/model';
import { readAlias, type AliasedField } from './config-aliases';
import type { ConfigFlag, HubConfig } from './hub-config-schema';

/** A ModelSpec value config.json did not give, the value used instead and why, for the UI to show and edit. */
export interface Assumption<K extends keyof ModelSpec = keyof ModelSpec> {
  field: K;
  assumedValue: ModelSpec[K];
  reason: string;
}

/**
 * Reads one config.json for the mapping, remembering which key each number came from (so
 * impossible numbers can be named as the file names them) and every value it had to assume.
 */
export class ConfigReader {
  readonly config: HubConfig;
  readonly assumptions: Assumption[] = [];
  readonly notes: string[] = [];
  readonly sources: Partial<Record<keyof ModelSpec, string>> = {};

  constructor(config: HubConfig) {
    this.config = config;
  }

  /** The field's number under any of its names, or undefined. */
  number(field: AliasedField): number | undefined {
    const found = readAlias(this.config, field);
    if (found === undefined) return undefined;
    this.sources[field] = found.key;
    return found.value;
  }

  /** A boolean key, or the family's default when the file leaves it out. */
  flag(key: ConfigFlag, fallback: boolean): boolean {
    return this.config[key] ?? fallback;
  }

  /** `found` when the file gave it, else `fallback`, recorded as an assumption with its reason. */
  orAssume<K extends keyof ModelSpec>(
    field: K,
    found: ModelSpec[K] | undefined,
    fallback: ModelSpec[K],
    reason: string,
  ) {
    if (found !== undefined) return found;
    this.assumptions.push({ field, assumedValue: fallback, reason });
    return fallback;
  }

  /** The config key a ModelSpec field was read from, for messages; the field's own name otherwise. */
  sourceOf(field: string): string {
    return this.sources[field as keyof ModelSpec] ?? field;
  }
}
