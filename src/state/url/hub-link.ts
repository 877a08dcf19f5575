import type { ModelSpec } from '../../domain/model';
import type { Scenario } from '../../domain/scenario';
import {
  DEFAULT_REVISION,
  parseHubReference,
  revisionProblem,
  type HubReference,
} from '../../hub/hub-id';
import { modelEdits, type HubSource } from '../hub-source';
import { findSpecField } from './custom-spec';
import { CUSTOM_MODEL_CODEC } from './custom-spec-schema';
import type { UrlParams } from './url-migrations';
import type { UrlIssue } from './url-schema';

/** `hf=org/name`: the Hub model the page imports when the link is opened. */
export const HUB_KEY = 'hf';
/** `hfr=<branch, tag or commit>`, left out for main. */
export const HUB_REVISION_KEY = 'hfr';
export const HUB_KEY_LABELS: Readonly<Record<string, string>> = {
  [HUB_KEY]: 'Hugging Face model',
  [HUB_REVISION_KEY]: 'Hugging Face revision',
};

/**
 * An edit can switch off what the import switched on (a sliding window, a narrow embedding); the
 * custom-model keys never write "off" because off is their default, so Hub edits spell it "none".
 */
const NONE = 'none';
const NULLABLE: ReadonlySet<string> = new Set(
  Object.entries(CUSTOM_MODEL_CODEC.defaults(CUSTOM_MODEL_CODEC.fallback))
    .filter(([, value]) => value === null)
    .map(([prop]) => prop),
);

const valueOf = (params: UrlParams, key: string): string | undefined =>
  params.find(([name]) => name === key)?.[1];

/** The Hub model a link names, checked against the Hub's rules; every problem is reported. */
export function readHubReference(params: UrlParams, issues: UrlIssue[]): HubReference | undefined {
  const repoId = valueOf(params, HUB_KEY);
  const revision = valueOf(params, HUB_REVISION_KEY);
  if (repoId === undefined) {
    if (revision !== undefined) {
      issues.push({
        key: HUB_REVISION_KEY,
        reason: `was ignored because the link names no Hugging Face model (${HUB_KEY})`,
      });
    }
    return undefined;
  }
  const parsed = parseHubReference(repoId, revision);
  if (parsed.ok) return parsed.value;
  const badRevision = revision !== undefined && revisionProblem(revision.trim()) !== null;
  const reason = parsed.error.detail.kind === 'invalid-id' ? parsed.error.detail.reason : '';
  issues.push({
    key: badRevision ? HUB_REVISION_KEY : HUB_KEY,
    reason: `cannot be read (${reason}), so the model was not imported`,
  });
  return undefined;
}

/** The `m.*` edits of a Hub link, keyed by ModelSpec field; a bad value is reported and dropped. */
export function readHubEdits(
  raw: ReadonlyMap<string, string>,
  issues: UrlIssue[],
): Partial<ModelSpec> {
  const edits: Partial<ModelSpec> = {};
  for (const [prop, value] of raw) {
    const field = findSpecField(CUSTOM_MODEL_CODEC, prop);
    if (!field) continue;
    if (value === NONE && NULLABLE.has(prop)) {
      (edits as Record<string, unknown>)[prop] = null;
      continue;
    }
    const reason = field.read(value, edits);
    if (reason !== null) issues.push({ key: `${CUSTOM_MODEL_CODEC.prefix}${prop}`, reason });
  }
  return edits;
}

/**
 * `hf` and `hfr`, then only the fields the user changed after the import: the numbers themselves
 * come from the Hub again when the link is opened. Until a link's import arrives, its own edits are
 * written back as they came.
 */
export function encodeHubSource(source: HubSource, model: Scenario['model']): [string, string][] {
  const entries: [string, string][] = [[HUB_KEY, source.repoId]];
  if (source.revision !== DEFAULT_REVISION) entries.push([HUB_REVISION_KEY, source.revision]);
  const edits =
    source.imported === null
      ? source.edits
      : typeof model === 'object'
        ? modelEdits(model, source.imported)
        : {};
  for (const field of CUSTOM_MODEL_CODEC.fields) {
    if (!(field.prop in edits)) continue;
    const value = edits[field.prop];
    const text = value === null ? NONE : field.format(edits as ModelSpec);
    entries.push([`${CUSTOM_MODEL_CODEC.prefix}${field.prop}`, text]);
  }
  return entries;
}
