import type { ModelSpec } from '../domain/model';
import type { ConfigReader } from './config-reader';
import type { Core, Traits } from './family-traits';
import type { HubConfig } from './hub-config-schema';

/**
 * What a model_type means for sizing: the defaults its transformers config class applies when a
 * field is missing, and the block layout its modeling code builds.
 */
export interface FamilyRule {
  label: string;
  /** tie_word_embeddings when the file leaves it out (the config class's default). */
  tiedDefault: boolean;
  /** max_position_embeddings when the file leaves it out (the config class's default). */
  maxPositionsDefault: number;
  /** The config can give fewer key/value heads than heads; without it kv = heads by construction. */
  groupedKv: boolean;
  /** The family's code makes the MLP 4·h wide when the width is missing (GPT-2's n_inner, Falcon). */
  fourHByDefinition?: boolean;
  /** head_dim when missing, if the family does not use h/a (Gemma: 256). */
  headDimDefault?: number;
  /** Numbers the config class fills in when the file leaves them out (Gemma 3's sparse configs). */
  configDefaults?: readonly ConfigDefault[];
  traits: (r: ConfigReader, core: Core) => Traits;
}

/** A config key the family's config class defaults, the ModelSpec field it becomes, and the value. */
export interface ConfigDefault {
  key: keyof HubConfig;
  field: keyof ModelSpec;
  value: number;
}
