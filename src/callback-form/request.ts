import type { Locale } from '../internal/locale.js';
import type { Errors, FieldName, FormValues } from './fields.js';
import { callbackFormMessages } from './messages.js';
import { toE164 } from './phone.js';
import { callbackRequestSchema, type CallbackRequest } from './request-schema.js';

/**
 * The POST body for what the visitor typed (`values`: the controls of the fields shown), checked
 * with the request schema — the server's — with each problem worded for the visitor: what is
 * missing, or how to put it right. `request` only when there is no problem.
 *
 * The context says where the request comes from and no more: the page's origin and path (a
 * query or a fragment can carry a token, a reset link or an email address), the `utm_*`
 * parameters, and the referrer's origin. It goes to an endpoint that may be another company's,
 * and waits in the outbox.
 */
export function checkRequest(
  values: FormValues,
  locale: Locale,
  source: string | null,
  suspectedBot: boolean,
  policyUrl?: string,
): { request?: CallbackRequest; errors: Errors } {
  const m = callbackFormMessages[locale];
  const body: Record<string, unknown> = {};
  // Text trimmed, and left out when empty (the schema says which must be there); what the schema
  // does not know (the honeypot) it drops.
  for (const [name, value = ''] of Object.entries(values)) if (value.trim()) body[name] = value.trim();
  // The phone in E.164 when it is a possible number; as typed otherwise, for the schema to refuse.
  body.phone = toE164(values.phone) ?? body.phone;
  body.consent = { given: !!values.consent, text: m.consent.join(''), at: new Date().toISOString(), policyUrl };
  const utm: Record<string, string> = {};
  // Every utm_* parameter: the schema keeps the five it knows.
  new URLSearchParams(location.search).forEach((value, key) => {
    if (key.startsWith('utm_')) utm[key.slice(4)] = value;
  });
  body.context = {
    pageUrl: location.origin + location.pathname,
    pageTitle: document.title,
    // `new URL('')` throws: no referrer stays "".
    referrer: document.referrer && new URL(document.referrer).origin,
    locale,
    ...(source && { source }),
    ...(Object.keys(utm).length > 0 && { utm }),
    ...(suspectedBot && { suspectedBot }),
  };

  const result = callbackRequestSchema.safeParse(body);
  const errors: Errors = {};
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0] as FieldName;
    const max = (issue as { params?: { max?: number } }).params?.max;
    errors[field] ??= !body[field]
      ? m.missing(m.labels[field]!)
      : max // filled, so too long
        ? m.tooLong(max.toLocaleString(locale))
        : m.invalid[field] ?? m.unavailable;
  }
  return { request: result.data, errors };
}
