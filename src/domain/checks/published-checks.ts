import { MEMORY_CHECKS } from './memory-checks';
import { PARAMETER_CHECKS } from './parameter-checks';
import type { PublishedCheck } from './published-check';

/** Every published figure the engine is checked against, in the order the page lists them. */
export const PUBLISHED_CHECKS: readonly PublishedCheck[] = [...PARAMETER_CHECKS, ...MEMORY_CHECKS];
