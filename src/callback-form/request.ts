/**
 * The form's checks: zod, the request schema and the phone normalizer. The element loads this
 * module when the visitor first turns to the form, not with the page: most visitors never do.
 */

import type { Locale } from '../internal/locale.js';
import type { CallbackFormMessages } from './messages.js';
import { toE164 } from './phone.js';
import type { FieldErrors, FieldName, FormValues, OptionalField } from './fields.js';
import { callbackRequestSchema, type CallbackRequest } from './request-schema.js';

export interface RequestOptions {
  shown: readonly OptionalField[];
  locale: Locale;
  source: string | null;
  consentText: string;
  suspectedBot: boolean;
}

/** The POST body for these values, before validation (the schema says whether it is right). */
export function buildRequest(values: FormValues, options: RequestOptions): unknown {
  const optional: Record<string, string> = {};
  for (const name of options.shown) if (values[name].trim()) optional[name] = values[name].trim();
  const utm: Record<string, string> = {};
  new URL(location.href).searchParams.forEach((value, key) => {
    if (/^utm_(source|medium|campaign|term|content)$/.test(key)) utm[key.slice(4)] = value;
  });
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    phone: toE164(values.phone) ?? values.phone,
    ...optional,
    consent: { given: values.consent, text: options.consentText, at: new Date().toISOString() },
    context: {
      pageUrl: location.href,
      pageTitle: document.title,
      referrer: document.referrer,
      locale: options.locale,
      ...(options.source && { source: options.source }),
      ...(Object.keys(utm).length > 0 && { utm }),
      ...(options.suspectedBot && { suspectedBot: true }),
    },
  };
}

/**
 * Validates a body with the request schema — the server's — and words each problem for the
 * visitor: what is missing, or how to put it right.
 */
export function validateRequest(body: unknown, values: FormValues, m: CallbackFormMessages, locale: Locale): { request?: CallbackRequest; errors: FieldErrors } {
  const result = callbackRequestSchema.safeParse(body);
  const errors: FieldErrors = {};
  if (result.success) return { request: result.data, errors };
  for (const issue of result.error.issues) {
    const field = issue.path[0] as FieldName;
    const typed = values[field];
    errors[field] ??= typed === false || !String(typed).trim()
      ? m.missing[field]!
      : issue.code === 'too_big'
        ? m.tooLong(Number(issue.maximum).toLocaleString(locale))
        : m.invalid[field] ?? m.choose;
  }
  return { errors };
}
