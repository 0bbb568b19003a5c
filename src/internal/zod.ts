/**
 * The one door to zod in shipped code.
 *
 * zod 4 probes `new Function` the first time it parses an object, unless `jitless` is set;
 * a page served with a strict CSP reports that probe as a violation even though zod catches it.
 * Every schema imports `z` from here, so the setting is in force before anything parses.
 * `zod/mini` rather than classic `zod`: the same validators for ~7 KB gzip instead of ~25 KB.
 */
import { z } from 'zod/mini';
import { LoadError } from './load-json.js';

z.config({ jitless: true });

export { z };

/** One validation problem, in a form that is safe to put in an event detail or a log. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Flattens zod's issues to `{ path: "events.0.startsAt", message }`. */
export function toValidationIssues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * Validates a payload: the parsed data, or a `LoadError('invalid-response')` carrying the issues
 * (the element shows its fallback; the `campus-error` event tells the developer what was wrong).
 */
export function parsePayload<T>(schema: z.ZodMiniType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (!result.success) throw new LoadError('invalid-response', undefined, toValidationIssues(result.error));
  return result.data;
}
