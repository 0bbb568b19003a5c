import { z } from '../internal/zod.js';

/**
 * The body of `POST endpoint`, as DESIGN.md fixes it. The form builds it; the demo API
 * validates what it receives with this same schema.
 */
export const callbackRequestSchema = z.object({
  firstName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  lastName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: z.email(),
  phone: z.string().check(z.regex(/^\+[1-9]\d{6,14}$/)),
  programme: z.optional(z.string().check(z.maxLength(200))),
  slot: z.optional(z.enum(['morning', 'afternoon', 'evening'])),
  message: z.optional(z.string().check(z.maxLength(2000))),
  consent: z.object({ given: z.literal(true), text: z.string().check(z.minLength(1)), at: z.iso.datetime({ offset: true }) }),
  context: z.object({
    pageUrl: z.string(),
    pageTitle: z.string(),
    referrer: z.string(),
    locale: z.enum(['fr', 'en']),
    source: z.optional(z.string()),
    suspectedBot: z.optional(z.boolean()),
    utm: z.optional(z.partialRecord(z.enum(['source', 'medium', 'campaign', 'term', 'content']), z.string())),
  }),
});

export type CallbackRequest = z.infer<typeof callbackRequestSchema>;
