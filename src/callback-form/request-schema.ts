import { z } from '../internal/zod.js';
import { SLOTS } from './fields.js';
import { toE164 } from './phone.js';

/**
 * The body of `POST endpoint`, as DESIGN.md fixes it. The form checks what the visitor typed
 * with it (on blur and on submit) and the demo API checks what it receives with it: one rule for
 * both sides. `phone` must be E.164 already, and a number our normalizer accepts as it is.
 *
 * Written with the few zod/mini validators that cost least (string, regex, length, refine,
 * optional, object): every one of them counts against the form's size budget.
 */
const filled = (max: number) => z.string().check(z.regex(/\S/), z.maxLength(max));
const optionalText = z.optional(z.string());
const oneOf = (...values: string[]) => z.string().check(z.regex(new RegExp(`^(${values.join('|')})$`)));

export const callbackRequestSchema = z.object({
  firstName: filled(100),
  lastName: filled(100),
  email: z.string().check(z.maxLength(254), z.regex(z.regexes.email)),
  phone: z.string().check(z.refine((phone) => toE164(phone) === phone)),
  programme: z.optional(filled(200)),
  slot: z.optional(oneOf(...SLOTS)),
  message: z.optional(filled(2000)),
  consent: z.object({
    given: z.boolean().check(z.refine(Boolean)),
    text: filled(1000),
    /** ISO 8601 date-time with `Z` or an offset. */
    at: z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/)),
  }),
  context: z.object({
    pageUrl: z.string(),
    pageTitle: z.string(),
    referrer: z.string(),
    locale: oneOf('fr', 'en'),
    source: optionalText,
    suspectedBot: z.optional(z.boolean()),
    utm: z.optional(z.object({
      source: optionalText,
      medium: optionalText,
      campaign: optionalText,
      term: optionalText,
      content: optionalText,
    })),
  }),
});

export type CallbackRequest = z.infer<typeof callbackRequestSchema>;

