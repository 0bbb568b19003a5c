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
export function buildRequest(values: FormValues, { shown, locale, source, consentText, suspectedBot }: RequestOptions): unknown {
  const utm: Record<string, string> = {};
  new URLSearchParams(location.search).forEach((value, key) => {
    if (/^utm_(source|medium|campaign|term|content)$/.test(key)) utm[key.slice(4)] = value;
  });
  const body: Record<string, unknown> = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    phone: toE164(values.phone) ?? values.phone,
  };
  for (const name of shown) if (values[name].trim()) body[name] = values[name].trim();
  body.consent = { given: values.consent, text: consentText, at: new Date().toISOString() };
  body.context = {
    pageUrl: location.href,
    pageTitle: document.title,
    referrer: document.referrer,
    locale,
    ...(source && { source }),
    ...(Object.keys(utm).length > 0 && { utm }),
    ...(suspectedBot && { suspectedBot }),
  };
  return body;
}

/**
 * Validates a body with the request schema — the server's — and words each problem for the
 * visitor: what is missing, or how to put it right.
 */
export function validateRequest(body: unknown, values: FormValues, m: CallbackFormMessages, locale: Locale): { request?: CallbackRequest; errors: FieldErrors } {
  const result = callbackRequestSchema.safeParse(body);
  const errors: FieldErrors = {};
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0] as FieldName;
    const typed = values[field];
    const max = (issue as { params?: { max?: number } }).params?.max;
    errors[field] ??= typed === false || !String(typed).trim()
      ? m.missing[field]
      : max // filled, so too long
        ? m.tooLong(max.toLocaleString(locale))
        : m.invalid[field] ?? m.choose;
  }
  return { request: result.data, errors };
}
