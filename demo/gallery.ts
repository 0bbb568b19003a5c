import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../src/internal/locale.js';
import { driveForm } from './form-driver.js';
import type { pageMessages } from './i18n.js';
import { sections, specimenMarkup, type Clock, type Specimen, type Tag } from './specimens.js';

/**
 * The gallery: one live element per specimen, built from the table in specimens.ts. Elements are
 * created once and kept (a re-render for a new locale or state badge moves no element and
 * refetches nothing); "Replay" builds a fresh one.
 */

type Messages = (typeof pageMessages)['fr'];

/** The banners' frozen clocks, from /api/open-days: during the first open day, after the last. */
export type Clocks = Record<Clock, string>;

interface Instance {
  element: HTMLElement;
  shownAt: number;
}

export class Gallery {
  private readonly instances = new Map<string, Instance>();
  /** Forms to send once they scroll into view: the visitor sees the outcome, and the page does not jump. */
  private readonly drives = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.drives.unobserve(entry.target);
      const specimen = this.specimenOf(entry.target);
      const instance = specimen && this.instances.get(specimen.id);
      if (specimen?.drive && instance?.element === entry.target) void driveForm(instance.element, specimen.drive, instance.shownAt);
    }
  });

  constructor(
    private readonly preview: boolean,
    private readonly requestRender: () => void,
  ) {}

  /** The attributes the element really gets: the table's, plus the clock and the preview's source label. */
  attributesOf(specimen: Specimen, clocks: Clocks | undefined): Record<string, string | true> {
    const attributes = { ...specimen.attributes };
    if (specimen.clock && clocks) attributes.now = clocks[specimen.clock];
    // The preview shares this page's sessionStorage: its forms keep their drafts apart.
    if (this.preview) {
      for (const name of ['id', 'source']) if (typeof attributes[name] === 'string') attributes[name] += '-360';
    }
    return attributes;
  }

  private specimenOf(element: Element): Specimen | undefined {
    const id = element.closest<HTMLElement>('[data-specimen]')?.dataset.specimen;
    return sections.flatMap((section) => section.specimens).find((specimen) => specimen.id === id);
  }

  private create(specimen: Specimen, clocks: Clocks | undefined, locale: Locale): HTMLElement {
    const element = document.createElement(specimen.tag);
    for (const [name, value] of Object.entries(this.attributesOf(specimen, clocks))) {
      element.setAttribute(name, value === true ? '' : value);
    }
    if (specimen.fallback) {
      const link = document.createElement('a');
      link.href = specimen.fallback.href;
      link.textContent = specimen.fallback.text[locale];
      element.append(link);
    }
    if (specimen.heading) {
      const heading = document.createElement('span');
      heading.slot = 'heading';
      heading.textContent = specimen.heading[locale];
      element.append(heading);
    }
    for (const { value, label } of specimen.options ?? []) {
      element.append(new Option(label, value));
    }
    this.instances.set(specimen.id, { element, shownAt: performance.now() });
    if (specimen.drive) queueMicrotask(() => this.drives.observe(element));
    return element;
  }

  /** The specimen's element, created on first use; undefined while its clock is unknown. */
  private elementFor(specimen: Specimen, clocks: Clocks | undefined, locale: Locale): HTMLElement | undefined {
    if (specimen.clock && !clocks) return undefined;
    const existing = this.instances.get(specimen.id)?.element;
    if (existing) {
      // Fallbacks and headings are the author's content: the demo writes them in the page's language.
      const link = existing.querySelector(':scope > a');
      if (link && specimen.fallback) link.textContent = specimen.fallback.text[locale];
      const heading = existing.querySelector(':scope > [slot="heading"]');
      if (heading && specimen.heading) heading.textContent = specimen.heading[locale];
      return existing;
    }
    return this.create(specimen, clocks, locale);
  }

  private replay(specimen: Specimen): void {
    const old = this.instances.get(specimen.id);
    if (old) this.drives.unobserve(old.element);
    this.instances.delete(specimen.id);
    this.requestRender();
  }

  render(t: Messages, locale: Locale, clocks: Clocks | 'loading' | 'failed'): TemplateResult {
    const known = typeof clocks === 'object' ? clocks : undefined;
    const intro: Record<Tag, string> = { 'event-banner': t.bannerIntro, 'callback-form': t.formIntro, 'article-card': t.cardIntro };
    const name: Record<Tag, string> = { 'event-banner': t.navBanner, 'callback-form': t.navForm, 'article-card': t.navCard };
    return html`${sections.map(
      ({ tag, specimens }) => html`
        <section class="element-section" id=${tag} aria-labelledby=${`${tag}-title`}>
          <h2 id=${`${tag}-title`}><code>&lt;${tag}&gt;</code> <span class="section-name">${name[tag]}</span></h2>
          <p class="section-intro">${intro[tag]}</p>
          ${tag === 'callback-form' ? this.renderOnlineButton(t) : nothing}
          <div class="specimens">${specimens.map((specimen) => this.renderSpecimen(specimen, t, locale, known, clocks))}</div>
        </section>
      `,
    )}`;
  }

  /**
   * The browser fires `online` when the network comes back; the forms then send what waits in
   * their outbox. The demo fires it on demand (the offline scenario answers again after 20 s).
   */
  private renderOnlineButton(t: Messages): TemplateResult {
    return html`<p class="section-intro">
      <button type="button" class="button-quiet" @click=${() => window.dispatchEvent(new Event('online'))}>${t.fireOnline}</button>
      ${t.fireOnlineNote}
    </p>`;
  }

  private renderSpecimen(
    specimen: Specimen,
    t: Messages,
    locale: Locale,
    clocks: Clocks | undefined,
    clockStatus: Clocks | 'loading' | 'failed',
  ): TemplateResult {
    const element = this.elementFor(specimen, clocks, locale);
    const titleId = `specimen-${specimen.id}`;
    const waiting = clockStatus === 'failed' ? t.clockFailed : t.waitingClock;
    return html`
      <article
        class=${`specimen specimen--${specimen.tag}${specimen.wide ? ' specimen--wide' : ''}`}
        data-specimen=${specimen.id}
        data-states=${specimen.states.join(' ')}
        aria-labelledby=${titleId}
      >
        <header class="specimen-head">
          <h3 id=${titleId}>${specimen.title[locale]}</h3>
          <p class="specimen-states">
            <span>${t.expected}</span>
            ${specimen.states.map((state, index) => html`${index ? ' → ' : ''}<code class="state">${state}</code>`)}
            <span class="current">
              · ${t.current} <code class="state state--current">${element?.getAttribute('state') ?? '…'}</code>
            </span>
          </p>
          ${specimen.note ? html`<p class="specimen-note">${specimen.note[locale]}</p>` : nothing}
          ${specimen.drive ? html`<p class="specimen-note specimen-driven">${t.driven}</p>` : nothing}
        </header>
        <div class="specimen-stage">
          ${element ?? html`<p class="specimen-wait">${waiting}</p>`}
          ${specimen.states.includes('ended') ? html`<p class="specimen-note">${t.rendersNothing}</p>` : nothing}
        </div>
        <div class="specimen-foot">
          <details>
            <summary>${t.markup}</summary>
            <pre><code>${specimenMarkup(specimen, this.attributesOf(specimen, clocks), locale)}</code></pre>
          </details>
          <button type="button" class="button-quiet" aria-describedby=${titleId} @click=${() => this.replay(specimen)}>
            ${t.replay}
          </button>
        </div>
      </article>
    `;
  }
}
