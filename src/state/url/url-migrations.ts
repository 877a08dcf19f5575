import type { UrlIssue } from './url-schema';
import { quote } from './url-values';

export const CURRENT_URL_VERSION = 1;

/** A link's parameters in order, each key once, without the version key. */
export type UrlParams = readonly (readonly [string, string])[];

/** Migrations[n] rewrites a version-n link's parameters into version n+1's; pure, so old links keep decoding. */
export type UrlMigrations = Readonly<Record<number, (params: UrlParams) => UrlParams>>;

/** None yet: version 1 is the first link format. */
export const URL_MIGRATIONS: UrlMigrations = {};

export type MigrationResult =
  { ok: true; params: UrlParams; issues: UrlIssue[] } | { ok: false; issues: UrlIssue[] };

const VERSION_TEXT = /^[1-9]\d{0,8}$/;

/**
 * Brings a link's parameters up to the current version. No `v` means version 1 (links made before
 * the key existed); a malformed `v` is reported and read as version 1; a version newer than this
 * build cannot be read safely, so the caller falls back to the defaults.
 */
export function migrateParams(
  params: UrlParams,
  rawVersion: string | undefined,
  migrations: UrlMigrations = URL_MIGRATIONS,
  current: number = CURRENT_URL_VERSION,
): MigrationResult {
  const issues: UrlIssue[] = [];
  let version = 1;
  if (rawVersion !== undefined) {
    if (VERSION_TEXT.test(rawVersion)) {
      version = Number(rawVersion);
    } else {
      issues.push({
        key: 'v',
        reason: `must be a version number such as 1, got ${quote(rawVersion)}; the link was read as version 1`,
      });
    }
  }
  if (version > current) {
    return {
      ok: false,
      issues: [
        {
          key: 'v',
          reason: `is ${version}: the link was made by a newer version of this calculator, which reads links up to version ${current}, so every setting was reset`,
        },
      ],
    };
  }
  let migrated = params;
  for (let from = version; from < current; from++) {
    const migrate = migrations[from];
    if (migrate) migrated = migrate(migrated);
  }
  return { ok: true, params: migrated, issues };
}
