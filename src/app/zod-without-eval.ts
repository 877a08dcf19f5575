import { z } from 'zod/mini';

/**
 * Zod compiles object schemas with `new Function` when it can, and probes for it on first use; the
 * page's Content Security Policy forbids eval, so the probe alone is reported as a violation. Parsing
 * without the compiled fast path is the same result, a little slower, and needs no 'unsafe-eval'.
 * Imported first by main.tsx, so it runs before any schema parses.
 */
z.config({ jitless: true });
