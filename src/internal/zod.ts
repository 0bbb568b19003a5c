/**
 * The one door to zod in shipped code.
 *
 * zod 4 probes `new Function` the first time it parses an object, unless `jitless` is set;
 * a page served with a strict CSP reports that probe as a violation even though zod catches it.
 * Every schema imports `z` from here, so the setting is in force before anything parses.
 * `zod/mini` rather than classic `zod`: the same validators for ~7 KB gzip instead of ~25 KB.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
