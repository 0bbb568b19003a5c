import { html, nothing, type TemplateResult } from 'lit';
import { CampusElement, type CampusState } from '../internal/campus-element.js';
import { dateFormat, machineDate, unitFormat } from '../internal/dates.js';
import { hostStyles } from '../internal/host-styles.js';
import { RemoteData } from '../internal/remote-data.js';
import { styles } from './article-card.styles.js';
import { messages } from './messages.js';
import { parseArticles, type Article } from './schema.js';

export type { Article, ArticleImage } from './schema.js';
export type ArticleCardVariant = 'vertical' | 'horizontal' | 'compact';

// Constants: `dateFormat` caches by options object. A date without a time is that calendar date
// everywhere: read and shown in UTC.
const PUBLISHED: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
const PUBLISHED_DAY: Intl.DateTimeFormatOptions = { ...PUBLISHED, timeZone: 'UTC' };

const VARIANTS: readonly string[] = ['vertical', 'horizontal', 'compact'] satisfies ArticleCardVariant[];

/**
 * How wide the image shows in each variant, for picking from its `srcset`: the laid-out width
 * where the browser knows it (`auto`, lazy images), else a close guess.
 */
const SIZES: Record<ArticleCardVariant, string> = { vertical: 'auto, 100vw', horizontal: 'auto, 50vw', compact: 'auto, 72px' };

/** The title's heading, from `<h2>` to `<h6>`: lit templates name their elements statically. */
const HEADINGS = [
  (content: unknown) => html`<h2 part="title">${content}</h2>`,
  (content: unknown) => html`<h3 part="title">${content}</h3>`,
  (content: unknown) => html`<h4 part="title">${content}</h4>`,
  (content: unknown) => html`<h5 part="title">${content}</h5>`,
  (content: unknown) => html`<h6 part="title">${content}</h6>`,
];

/**
 * A news teaser — image, category, title, date, excerpt, tags, reading time — whose title link
 * makes the whole card one click target and one tab stop.
 *
 * The payload may be one article, `{ articles: [...] }`, a JSON Feed 1 or 1.1 document, or WordPress
 * posts fetched with `?_embed` (one or an array); `index` or `article-id` picks one of a list.
 * Cards that read the same URL share one request and one parsed list; an invalid item of a list
 * is left out with one console warning, the others render.
 *
 * @tagname article-card
 * @summary A news teaser read from the school's API, a JSON Feed or the WordPress REST API.
 *
 * @fires campus-load - The payload was loaded and validated. `detail`: every article of the payload
 * (`Article[]`), in order; the one on show is the element's `article` property.
 * @fires campus-error - Loading failed. `detail`: `{ reason: "network" | "timeout" | "http" |
 * "invalid-response", status?, issues? }`.
 * @fires campus-article-open - The visitor followed the card's link. `detail`: `{ id, url }`.
 * Not cancelable: a single-page app routes by cancelling the link's `click` (composed, it reaches
 * the page), after checking its modifier keys.
 *
 * @slot - Fallback content: shown before the script runs, while loading, on error and when there
 * is no article to show; hidden once the card renders.
 *
 * @csspart card - The `<article>` that draws the card.
 * @csspart image - The `<img>`, lazy-loaded, its aspect ratio reserved by its width and height.
 * @csspart category - The category label.
 * @csspart title - The heading (`<h2>`–`<h6>`, from `heading-level`).
 * @csspart link - The `<a>` in the heading; it covers the whole card.
 * @csspart date - The `<time>` of publication.
 * @csspart tags - The `<ul>` of tags.
 * @csspart excerpt - The excerpt, clamped to a few lines (not in the compact variant).
 * @csspart reading-time - The reading time, when the payload gives one.
 * @csspart message - The short message shown on error or when empty, without a fallback.
 * @csspart placeholder - The block that holds the card's space while loading, without a fallback.
 *
 * @cssprop --campus-color-surface - Card background (default `#ffffff`).
 * @cssprop --campus-color-text - Text colour; secondary text and borders are mixed from it (default `#1d2433`).
 * @cssprop --campus-color-primary - Category label background (default `#1f4fb4`).
 * @cssprop --campus-color-on-primary - Category label text (default `#ffffff`).
 * @cssprop --campus-color-focus - Focus ring around the title's link (default `#ffbf47`).
 * @cssprop --campus-font-family - Font (default `inherit`).
 * @cssprop --campus-radius - Corner radius (default `8px`).
 * @cssprop --campus-space - Inner spacing (default `16px`).
 * @cssprop --campus-article-excerpt-lines - Lines of excerpt shown before it is cut (default `3`).
 */
export class ArticleCard extends CampusElement {
  static override tagName = 'article-card';
  static override styles = [hostStyles, styles];
  static override properties = {
    ...CampusElement.properties,
    index: { type: Number },
    articleId: { attribute: 'article-id' },
    variant: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Which article of a list to show, from 0 (default 0). Ignored when `article-id` is set. */
  declare index: number | null;
  /** The id or slug of the article to show. */
  declare articleId: string | null;
  /** `vertical` (default), `horizontal` (image beside the text, stacked when narrow) or `compact` (thumbnail, title, date). */
  declare variant: string | null;
  /** Level of the title's heading, 2 to 6 (default 3): fit it to the page's outline. */
  declare headingLevel: number | null;

  /**
   * The article on show, once loaded; `undefined` while loading, on error and when empty.
   * @readonly
   */
  article?: Article;

  private readonly data = new RemoteData(this, parseArticles);

  protected override currentState(): CampusState {
    const { value } = this.data;
    // `article-id` (an id or a slug) when set, else `index`.
    const key = this.articleId?.trim();
    this.article = key
      ? value?.find((article) => article.id === key || article.slug === key)
      : value?.[this.setting('index', this.index ?? 0, (index) => index >= 0 && index % 1 === 0, 0)];
    return this.data.pendingState ?? (this.article ? 'ready' : 'empty');
  }

  override render(): TemplateResult {
    const { state, locale } = this;
    const text = messages[locale];
    if (state !== 'ready') return this.renderFallback(state === 'empty' ? text.empty : this.data.pendingMessage(locale));
    const { id, title, url, category, publishedAt: date, dateOnly, readingTimeMinutes: minutes, excerpt, tags, image } = this.article!;
    const variant = this.setting('variant', this.variant ?? 'vertical', (name) => VARIANTS.includes(name), 'vertical');
    const full = variant !== 'compact';
    const level = this.setting('heading-level', this.headingLevel ?? 3, (level) => !!HEADINGS[level - 2], 3);
    // The heading holds the card's only link, so its name is the title and there is one tab stop.
    // The link navigates by itself: the event only tells the page (a single-page app can cancel the `click`).
    const link = url ? html`<a part="link" href=${url} @click=${() => this.emit('campus-article-open', { id, url })}>${title}</a>` : title;
    return html`<article part="card" class=${variant}>
      <div>
        ${HEADINGS[level - 2]!(link)}
        ${category ? html`<p part="category">${category}</p>` : nothing}
        <p class="meta">
          ${date
            ? html`<time part="date" datetime=${machineDate(date, dateOnly)}
                >${text.published(dateFormat(locale, dateOnly ? PUBLISHED_DAY : PUBLISHED).format(date))}</time
              >`
            : nothing}
          ${minutes
            ? // The format the banner's countdown uses too: `toLocaleString` would build one per card.
              html`<span part="reading-time">${text.readingTime(unitFormat(locale, 'minute').format(minutes))}</span>`
            : nothing}
        </p>
        ${full && excerpt ? html`<p part="excerpt">${excerpt}</p>` : nothing}
        ${full && tags.length
          ? html`<ul part="tags" aria-label=${text.tags}>
              ${tags.map((tag) => html`<li>${tag}</li>`)}
            </ul>`
          : nothing}
      </div>
      ${image
        ? html`<img
            part="image"
            src=${image.src}
            srcset=${image.srcset ?? nothing}
            sizes=${image.srcset ? SIZES[variant as ArticleCardVariant] : nothing}
            alt=${image.alt}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
            loading="lazy"
          />`
        : nothing}
    </article>`;
  }


  /** An attribute's `value` when `valid`, else `fallback`, after one console warning that says so. */
  private setting<T>(attribute: string, value: T, valid: (value: T) => boolean, fallback: T): T {
    if (valid(value)) return value;
    this.warnInvalid(attribute, fallback);
    return fallback;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
