import type { ModelSpec } from '../domain/model';
import type { HubReference } from '../hub/hub-id';

/**
 * Where the current model came from on the Hugging Face Hub. The share link carries this (id and
 * revision) instead of the fetched numbers, plus the user's edits on top of the import.
 *
 * The imported spec is kept as the base those edits are measured against: the link writer is a
 * pure function of the store, and must not depend on the query cache still holding the response.
 */
export interface HubSource extends HubReference {
  /** The model as config.json maps it; null while a shared link's import has not arrived. */
  imported: ModelSpec | null;
  /** A shared link's edits, waiting to be applied on top of the import once it arrives. */
  edits: Partial<ModelSpec>;
}

/** A link names a Hub model whose config has not been read yet: the page shows another model meanwhile. */
export const isHubSourcePending = (source: HubSource | null | undefined): source is HubSource =>
  source != null && source.imported === null;

/** The fields of `model` that differ from `base`, in ModelSpec's own order. */
export function modelEdits(model: ModelSpec, base: ModelSpec): Partial<ModelSpec> {
  const edits: Partial<Record<keyof ModelSpec, unknown>> = {};
  for (const key of Object.keys(base) as (keyof ModelSpec)[]) {
    if (!Object.is(model[key], base[key])) edits[key] = model[key];
  }
  return edits as Partial<ModelSpec>;
}
