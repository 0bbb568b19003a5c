import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../src/internal/locale.js';
import type { pageMessages } from './i18n.js';

/**
 * What the demo API received: GET /api/callbacks gives the requests it accepted and, when the
 * API logs them, every POST attempt with the status it got (retries of one submission share
 * one Idempotency-Key).
 */

export interface ReceivedCallback {
  receivedAt: string;
  idempotencyKey: string | null;
  body: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string;
    programme?: string;
    slot?: string;
    message?: string;
    context: { source?: string; locale: string; suspectedBot?: boolean };
  };
}

export interface CallbackAttempt {
  receivedAt: string;
  idempotencyKey: string | null;
  scenario: string | null;
  /** 0: the connection was dropped without an answer. */
  status: number;
}

export interface CallbackLog {
  callbacks: ReceivedCallback[];
  attempts?: CallbackAttempt[];
}

export async function loadCallbackLog(): Promise<CallbackLog> {
  const response = await fetch('/api/callbacks');
  if (!response.ok) throw new Error(`GET /api/callbacks: ${response.status}`);
  return (await response.json()) as CallbackLog;
}

type Messages = (typeof pageMessages)['fr'];

/** The first block of a UUID: enough to see which attempts belong together. */
const shortKey = (key: string | null) => key?.split('-')[0] ?? '—';

export function callbackLogTemplate(log: CallbackLog, t: Messages, locale: Locale): TemplateResult {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  const attempts = log.attempts ?? [];
  return html`
    ${log.callbacks.length
      ? html`<ol class="callbacks">
          ${log.callbacks.slice(0, 10).map(
            ({ receivedAt, idempotencyKey, body }) => html`
              <li>
                <dl>
                  <div><dt>${t.receivedAt}</dt><dd>${time.format(new Date(receivedAt))}</dd></div>
                  <div><dt>${t.person}</dt><dd>${body.firstName} ${body.lastName}</dd></div>
                  <div><dt>${t.contact}</dt><dd>${body.email} · ${body.phone}</dd></div>
                  <div>
                    <dt>${t.choices}</dt>
                    <dd>${[body.programme, body.slot, body.message].filter(Boolean).join(' · ') || '—'}</dd>
                  </div>
                  <div>
                    <dt>${t.origin}</dt>
                    <dd>
                      ${[body.context.source, body.context.locale].filter(Boolean).join(' · ')}
                      ${body.context.suspectedBot ? html` · <strong>${t.suspectedBot}</strong>` : nothing}
                      <br /><code>Idempotency-Key: ${idempotencyKey ?? '—'}</code>
                    </dd>
                  </div>
                </dl>
              </li>
            `,
          )}
        </ol>`
      : html`<p class="empty-note">${t.callbacksEmpty}</p>`}
    ${attempts.length
      ? html`
          <h3>${t.attemptsTitle}</h3>
          <ol class="attempts">
            ${attempts.slice(0, 20).map(
              (attempt) => html`
                <li>
                  <span class="event-time">${time.format(new Date(attempt.receivedAt))}</span>
                  <code class=${attempt.status >= 200 && attempt.status < 300 ? 'status-ok' : 'status-failed'}
                    >${attempt.status || t.dropped}</code
                  >
                  <span>${attempt.scenario ? `scenario=${attempt.scenario}` : ''}</span>
                  <code>${shortKey(attempt.idempotencyKey)}…</code>
                </li>
              `,
            )}
          </ol>
        `
      : nothing}
  `;
}
