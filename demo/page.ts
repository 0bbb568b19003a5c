import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CampusEventName } from '../src/events.js';
import type { Locale } from '../src/internal/locale.js';
import { apiReference, elementDocs, sortDocs, type ElementDoc, type Manifest } from './api-reference.js';
import { callbackLogTemplate, loadCallbackLog, type CallbackLog } from './callbacks.js';
import { Gallery, type Clocks } from './gallery.js';
import { pageMessages } from './i18n.js';
import { embedSnippets } from './snippets.js';
import { applyTheme, defaultTheme, fontChoices, themeCss, type Theme } from './theme.js';

/**
 * The designers' page: settings bar (language, background, theme), the gallery beside its 360 px
 * preview, then the theme CSS, embed snippets, what the demo API received, the events seen, and
 * the API reference. One state object, one `render()`; lit updates only what changed.
 *
 * `?preview` is the same page inside the 360 px frame: the gallery alone, its settings posted
 * by the parent page.
 */

type Background = 'light' | 'dark';
type Loadable<T> = T | 'loading' | 'failed';

interface LoggedEvent {
  at: Date;
  type: string;
  tag: string;
  specimen: string;
  detail: string;
}

interface Settings {
  locale: Locale;
  background: Background;
  theme: Theme;
}

const campusEvents: CampusEventName[] = [
  'campus-load',
  'campus-error',
  'campus-cta-click',
  'campus-countdown-end',
  'campus-dismiss',
  'campus-submit',
  'campus-submit-success',
  'campus-submit-queued',
  'campus-submit-error',
  'campus-dialog-open',
  'campus-dialog-close',
  'campus-article-open',
];

const SETTINGS_MESSAGE = 'campus-demo-settings';
const wideEnoughForPreview = matchMedia('(min-width: 1100px)');

export class DemoPage {
  private settings: Settings = { locale: 'fr', background: 'light', theme: { ...defaultTheme } };
  private clocks: Loadable<Clocks> = 'loading';
  private docs: Loadable<ElementDoc[]> = 'loading';
  private callbacks: Loadable<CallbackLog> = 'loading';
  private events: LoggedEvent[] = [];
  private status = '';
  private statusTimer?: ReturnType<typeof setTimeout>;
  private renderQueued = false;
  private readonly gallery: Gallery;
  private previewFrame: HTMLIFrameElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly preview: boolean,
  ) {
    this.gallery = new Gallery(preview, () => this.requestRender());
  }

  start(): void {
    document.body.classList.toggle('preview', this.preview);
    // `?lang=en&background=dark` opens the page that way; else the page's lang and the OS colours.
    const params = new URLSearchParams(location.search);
    this.settings.locale = toLocale(params.get('lang') ?? document.documentElement.lang);
    const background = params.get('background');
    this.settings.background =
      background === 'dark' || background === 'light' ? background : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    this.root.replaceChildren();
    this.applySettings();
    // The state badges follow the elements' reflected `state` attribute.
    new MutationObserver(() => this.requestRender()).observe(this.root, {
      subtree: true,
      attributes: true,
      attributeFilter: ['state'],
    });
    void this.loadClocks();
    // The demo keeps its page: it cancels a card's navigation, as a single-page app would, and
    // says where the card leads.
    document.addEventListener('campus-article-open', (event) => {
      if (!event.cancelable) return;
      event.preventDefault();
      this.say(`${pageMessages[this.settings.locale].wouldOpen} ${event.detail.url}`);
    });
    if (this.preview) {
      window.addEventListener('message', (event) => this.receiveSettings(event));
    } else {
      for (const type of campusEvents) document.addEventListener(type, (event) => this.logEvent(event as CustomEvent));
      document.addEventListener('campus-submit-success', () => void this.loadCallbacks());
      wideEnoughForPreview.addEventListener('change', () => this.requestRender());
      void this.loadManifest();
      void this.loadCallbacks();
    }
  }

  private requestRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private render(): void {
    render(this.preview ? this.previewTemplate() : this.pageTemplate(), this.root);
  }

  // ——— settings ———

  private update(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.applySettings();
    this.postSettings();
  }

  /** The elements follow the closest `lang` live, so the language is set on <html>. */
  private applySettings(): void {
    const { locale, background, theme } = this.settings;
    document.documentElement.lang = locale;
    document.documentElement.dataset.background = background;
    document.title = pageMessages[locale].title;
    applyTheme(theme);
    this.render();
  }

  private postSettings(): void {
    this.previewFrame?.contentWindow?.postMessage({ type: SETTINGS_MESSAGE, settings: this.settings }, location.origin);
  }

  private receiveSettings(event: MessageEvent): void {
    if (event.origin !== location.origin || event.source !== window.parent) return;
    const data = event.data as { type?: string; settings?: Settings };
    if (data.type !== SETTINGS_MESSAGE || !data.settings) return;
    this.settings = data.settings;
    this.applySettings();
  }

  private setTheme<K extends keyof Theme>(key: K, value: Theme[K]): void {
    this.update({ theme: { ...this.settings.theme, [key]: value } });
  }

  // ——— data the page reads ———

  /**
   * The frozen-clock banner's `now`: 90 minutes into the next open day, read from the same API.
   * (The other states come from the API's `?case=`.)
   */
  private async loadClocks(): Promise<void> {
    try {
      const response = await fetch('/api/open-days');
      const { events } = (await response.json()) as { events: Array<{ startsAt: string }> };
      const first = Math.min(...events.map((event) => Date.parse(event.startsAt)));
      this.clocks = Number.isFinite(first) ? { live: new Date(first + 90 * 60_000).toISOString() } : 'failed';
    } catch {
      this.clocks = 'failed';
    }
    this.requestRender();
  }

  private async loadManifest(): Promise<void> {
    try {
      const response = await fetch('/custom-elements.json');
      this.docs = sortDocs(elementDocs((await response.json()) as Manifest), ['event-banner', 'callback-form', 'article-card']);
    } catch {
      this.docs = 'failed';
    }
    this.requestRender();
  }

  private async loadCallbacks(): Promise<void> {
    try {
      this.callbacks = await loadCallbackLog();
    } catch {
      this.callbacks = 'failed';
    }
    this.requestRender();
  }

  private logEvent(event: CustomEvent): void {
    const target = event.target as HTMLElement;
    let detail = '';
    try {
      detail = JSON.stringify(event.detail) ?? '';
    } catch {
      detail = String(event.detail);
    }
    this.events = [
      {
        at: new Date(),
        type: event.type,
        tag: target.localName,
        specimen: target.closest<HTMLElement>('[data-specimen]')?.dataset.specimen ?? '',
        detail: detail.length > 180 ? `${detail.slice(0, 180)}…` : detail,
      },
      ...this.events,
    ].slice(0, 15);
    this.requestRender();
  }

  private async copy(text: string, source: HTMLElement): Promise<void> {
    const t = pageMessages[this.settings.locale];
    try {
      await navigator.clipboard.writeText(text);
      this.say(t.copied);
    } catch {
      const code = source.closest('.copyable')?.querySelector('code');
      if (code) getSelection()?.selectAllChildren(code);
      this.say(t.copyFailed);
    }
  }

  /** A short message in the status bubble, announced by screen readers. */
  private say(message: string): void {
    this.status = message;
    this.render();
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.status = '';
      this.render();
    }, 5000);
  }

  // ——— templates ———

  private previewTemplate(): TemplateResult {
    const t = pageMessages[this.settings.locale];
    return html`<main id="gallery" class="gallery" aria-label=${t.gallery}>
      ${this.gallery.render(t, this.settings.locale, this.clocks)}
      <p class="status" role="status">${this.status}</p>
    </main>`;
  }

  private pageTemplate(): TemplateResult {
    const { locale } = this.settings;
    const t = pageMessages[locale];
    const nav: Array<[string, string]> = [
      ['event-banner', t.navBanner],
      ['callback-form', t.navForm],
      ['article-card', t.navCard],
      ['theme', t.navTheme],
      ['embed', t.navEmbed],
      ['callbacks', t.navCallbacks],
      ['events', t.navEvents],
      ['api', t.navApi],
    ];
    return html`
      <header class="masthead">
        <a class="skip-link" href="#gallery">${t.skip}</a>
        <h1>campus-widgets</h1>
        <p class="tagline">${t.tagline}</p>
        <p class="tagline tagline--note">${t.consoleNote}</p>
        <nav aria-label=${t.nav}>
          <ul>
            ${nav.map(([id, label]) => html`<li><a href=${`#${id}`}>${label}</a></li>`)}
          </ul>
        </nav>
      </header>
      ${this.settingsTemplate()}
      <div class="workspace">
        <main id="gallery" class="gallery" tabindex="-1">
          ${this.gallery.render(t, locale, this.clocks)} ${this.themeTemplate()} ${this.embedTemplate()}
          ${this.callbacksTemplate()} ${this.eventsTemplate()} ${this.apiTemplate()}
          <p class="status" role="status">${this.status}</p>
        </main>
        ${wideEnoughForPreview.matches ? this.previewAsideTemplate() : nothing}
      </div>
    `;
  }

  private settingsTemplate(): TemplateResult {
    const { locale, background, theme } = this.settings;
    const t = pageMessages[locale];
    const color = (key: 'primary' | 'onPrimary' | 'surface' | 'text', label: string) => html`
      <label class="setting setting--color">
        <span>${label}</span>
        <input
          type="color"
          name=${key}
          .value=${live(theme[key])}
          @input=${(event: Event) => this.setTheme(key, (event.target as HTMLInputElement).value)}
        />
      </label>
    `;
    const range = (key: 'radius' | 'space', label: string, min: number, max: number) => html`
      <label class="setting setting--range">
        <span>${label} <output>${theme[key]} px</output></span>
        <input
          type="range"
          name=${key}
          min=${min}
          max=${max}
          .value=${live(String(theme[key]))}
          @input=${(event: Event) => this.setTheme(key, Number((event.target as HTMLInputElement).value))}
        />
      </label>
    `;
    return html`
      <form class="settings" aria-label=${t.settings} @submit=${(event: Event) => event.preventDefault()}>
        <fieldset class="setting-group">
          <legend>${t.language}</legend>
          ${(['fr', 'en'] as const).map(
            (value) => html`
              <label class="choice">
                <input
                  type="radio"
                  name="locale"
                  value=${value}
                  .checked=${live(locale === value)}
                  @change=${() => this.update({ locale: value })}
                />
                <span lang=${value}>${value === 'fr' ? 'Français' : 'English'}</span>
              </label>
            `,
          )}
        </fieldset>
        <fieldset class="setting-group">
          <legend>${t.background}</legend>
          ${(['light', 'dark'] as const).map(
            (value) => html`
              <label class="choice">
                <input
                  type="radio"
                  name="background"
                  value=${value}
                  .checked=${live(background === value)}
                  @change=${() => this.update({ background: value })}
                />
                <span>${t[value]}</span>
              </label>
            `,
          )}
        </fieldset>
        ${color('primary', t.primary)} ${color('onPrimary', t.onPrimary)} ${color('surface', t.surface)}
        ${color('text', t.text)} ${range('radius', t.radius, 0, 24)} ${range('space', t.space, 8, 32)}
        <label class="setting">
          <span>${t.font}</span>
          <!-- ?selected sets the first render (.value runs before the options exist); .value the later ones -->
          <select
            name="font"
            .value=${live(theme.font)}
            @change=${(event: Event) => this.setTheme('font', (event.target as HTMLSelectElement).value)}
          >
            ${fontChoices.map(
              (choice) => html`<option value=${choice.value} ?selected=${theme.font === choice.value}>${t[choice.label]}</option>`,
            )}
          </select>
        </label>
        <button type="button" class="button-quiet" @click=${() => this.update({ theme: { ...defaultTheme } })}>
          ${t.resetTheme}
        </button>
      </form>
    `;
  }

  private previewAsideTemplate(): TemplateResult {
    const t = pageMessages[this.settings.locale];
    return html`
      <aside class="narrow-preview" aria-labelledby="preview-title">
        <h2 id="preview-title">${t.previewTitle}</h2>
        <p>${t.previewNote}</p>
        <iframe
          title=${t.previewFrame}
          src=${`${location.pathname}?preview`}
          @load=${(event: Event) => {
            this.previewFrame = event.target as HTMLIFrameElement;
            this.postSettings();
          }}
        ></iframe>
      </aside>
    `;
  }

  private copyable(code: string, label: string): TemplateResult {
    const t = pageMessages[this.settings.locale];
    return html`
      <div class="copyable">
        <pre><code>${code}</code></pre>
        <button
          type="button"
          class="button-quiet"
          aria-label=${`${t.copy} — ${label}`}
          @click=${(event: Event) => void this.copy(code, event.currentTarget as HTMLElement)}
        >
          ${t.copy}
        </button>
      </div>
    `;
  }

  private themeTemplate(): TemplateResult {
    const t = pageMessages[this.settings.locale];
    return html`
      <section class="page-section" id="theme" aria-labelledby="theme-title">
        <h2 id="theme-title">${t.themeTitle}</h2>
        <p>${t.themeIntro}</p>
        ${this.copyable(themeCss(this.settings.theme), t.themeTitle)}
      </section>
    `;
  }

  private embedTemplate(): TemplateResult {
    const t = pageMessages[this.settings.locale];
    return html`
      <section class="page-section" id="embed" aria-labelledby="embed-title">
        <h2 id="embed-title">${t.embedTitle}</h2>
        <p>${t.embedIntro}</p>
        <div class="snippets">
          ${embedSnippets(this.settings.locale).map(
            (snippet) => html`
              <section class="snippet" aria-labelledby=${`embed-${snippet.id}`}>
                <h3 id=${`embed-${snippet.id}`}>${snippet.tag ? html`<code>&lt;${snippet.tag}&gt;</code>` : t.embedAll}</h3>
                <h4>${t.embedModule}</h4>
                ${this.copyable(snippet.module, `${snippet.tag ?? t.embedAll}, ${t.embedModule}`)}
                <h4>${t.embedClassic}</h4>
                ${this.copyable(snippet.classic, `${snippet.tag ?? t.embedAll}, ${t.embedClassic}`)}
              </section>
            `,
          )}
        </div>
      </section>
    `;
  }

  private callbacksTemplate(): TemplateResult {
    const { locale } = this.settings;
    const t = pageMessages[locale];
    const log = this.callbacks;
    return html`
      <section class="page-section" id="callbacks" aria-labelledby="callbacks-title">
        <h2 id="callbacks-title">${t.callbacksTitle}</h2>
        <p>${t.callbacksIntro}</p>
        <button type="button" class="button-quiet" @click=${() => void this.loadCallbacks()}>${t.refresh}</button>
        ${log === 'loading'
          ? nothing
          : log === 'failed'
            ? html`<p>${t.callbacksFailed}</p>`
            : callbackLogTemplate(log, t, locale)}
      </section>
    `;
  }

  private eventsTemplate(): TemplateResult {
    const { locale } = this.settings;
    const t = pageMessages[locale];
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    return html`
      <section class="page-section" id="events" aria-labelledby="events-title">
        <h2 id="events-title">${t.eventsTitle}</h2>
        <p>${t.eventsIntro}</p>
        ${this.events.length
          ? html`<ol class="event-log">
              ${this.events.map(
                (event) => html`
                  <li>
                    <span class="event-time">${time.format(event.at)}</span>
                    <code class="event-type">${event.type}</code>
                    <span>&lt;${event.tag}&gt; ${event.specimen}</span>
                    <code class="event-detail">${event.detail}</code>
                  </li>
                `,
              )}
            </ol>`
          : html`<p class="empty-note">${t.eventsEmpty}</p>`}
      </section>
    `;
  }

  private apiTemplate(): TemplateResult {
    const t = pageMessages[this.settings.locale];
    const docs = this.docs;
    return html`
      <section class="page-section" id="api" aria-labelledby="api-title">
        <h2 id="api-title">${t.apiTitle}</h2>
        <p>${t.apiIntro}</p>
        ${docs === 'loading'
          ? html`<p>${t.apiLoading}</p>`
          : docs === 'failed'
            ? html`<p>${t.apiFailed}</p>`
            : docs.map((doc) => apiReference(doc, t))}
      </section>
    `;
  }
}

function toLocale(lang: string): Locale {
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
