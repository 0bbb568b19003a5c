/**
 * The one door to zod in shipped code.
 *
 * zod 4 probes `new Function` the first time it parses an object, unless `jitless` is set;
 * a page served with a strict CSP reports that probe as a violation even though zod catches it.
 * Every schema imports `z` from here, so the setting is in force before anything parses.
 * `zod/mini` rather than classic `zod`: the same validators for ~7 KB gzip instead of ~25 KB.
 * Imported as a namespace, not `import { z }`: from the `z` re-export esbuild (Angular's builder
 * and others) keeps every zod locale, 106 KB gzip instead of 25 KB for a consumer's bundle.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
