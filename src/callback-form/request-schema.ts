import * as z from '../internal/zod.js';
import { toE164 } from './phone.js';

/**
 * The body of `POST endpoint`, as DESIGN.md fixes it. The form checks what the visitor typed
 * with it (on blur and on submit) and the demo API checks what it receives with it: one rule for
 * both sides. `phone` must be E.164 already, and a number our normalizer accepts as it is.
 *
 * Every check is a `refine`, the one kind of check the other elements use too: each other kind
 * (regex, length…) would add its own code to the shared zod chunk. A text too long carries its
 * limit in `params.max`, so the form can say it.
 */
const text = (max: number) => z.string().check(z.refine((value) => /\S/.test(value) && value.length <= max, { params: { max } }));
const matching = (pattern: RegExp) => z.string().check(z.refine((value) => pattern.test(value)));
const optionalText = z.optional(z.string());

export const callbackRequestSchema = z.object({
  firstName: text(100),
  lastName: text(100),
  // Something, @, a domain with a dot and a top-level domain of letters: it catches the typos that
  // matter, in fewer bytes than zod's own email pattern.
  email: matching(/^[^\s@]+@([^\s@.]+\.)+[a-z]{2,}$/i),
  phone: z.string().check(z.refine((phone) => toE164(phone) === phone)),
  programme: z.optional(text(200)),
  slot: z.optional(matching(/^(morning|afternoon|evening)$/)),
  message: z.optional(text(2000)),
  consent: z.object({
    given: z.custom<true>((value) => value === true),
    text: text(1000),
    /** ISO 8601 date-time with `Z` or an offset. */
    at: matching(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/),
    /** The absolute URL of the privacy policy the sentence linked: which one was accepted. */
    policyUrl: optionalText,
  }),
  /** Where the request comes from, and no more: see `checkRequest`. */
  context: z.object({
    /** Origin and path only. */
    pageUrl: z.string(),
    pageTitle: z.string(),
    /** The referrer's origin only. */
    referrer: z.string(),
    locale: matching(/^(fr|en)$/),
    source: optionalText,
    suspectedBot: z.optional(z.custom<boolean>((value) => typeof value === 'boolean')),
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
