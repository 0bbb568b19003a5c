import { htmlToText } from '../internal/html-to-text.js';
import { safeUrl } from '../internal/safe-url.js';
import { parsePayload, z } from '../internal/zod.js';

/** One article, whatever the payload it came from. Text is plain text; URLs are safe or absent. */
export interface Article {
  /** As the source gives it (a number becomes a string). */
  id: string;
  slug?: string;
  title: string;
  /** Absolute http(s) URL; absent when the payload had none or an unsafe one. */
  url?: string;
  publishedAt?: Date;
  /** The source gave a calendar date without a time: it is shown as that date in every zone. */
  dateOnly?: boolean;
  excerpt?: string;
  category?: string;
  tags: string[];
  image?: ArticleImage;
  readingTimeMinutes?: number;
}

export interface ArticleImage {
  /** Absolute http(s) URL. */
  src: string;
  /** Empty when the source has none. */
  alt: string;
  /** Both or neither: they give the aspect ratio the card reserves. */
  width?: number;
  height?: number;
}

// zod/mini grows with each kind of schema used (a union or a record adds ~300 bytes gzip):
// these keep to object, array, string, number, optional and custom checks.

const text = z.string().check(z.refine((value) => value.trim() !== '', 'must not be blank'));
const id = z.custom<string | number>(
  (value) => typeof value === 'number' || (typeof value === 'string' && value.trim() !== ''),
  'must be a string or a number',
);
const optionalText = z.optional(z.string());
const optionalNumber = z.optional(z.number());

/** ISO 8601: a date, or a date-time with an optional offset (none means UTC, as WordPress's `date_gmt`). */
const DATE = /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)?)?$/i;
const isoDate = z.string().check(z.refine((value) => !!readDate(value), 'must be an ISO 8601 date'));

// --- Our own API: an article, `{ articles: [...] }` or an array of articles.

const nativeArticle = z.object({
  id,
  slug: optionalText,
  title: text,
  url: z.string(),
  publishedAt: isoDate,
  excerpt: optionalText,
  category: optionalText,
  tags: z.optional(z.array(z.string())),
  image: z.optional(z.object({ src: z.string(), alt: optionalText, width: optionalNumber, height: optionalNumber })),
  readingTimeMinutes: optionalNumber,
});

function fromNative(article: z.infer<typeof nativeArticle>, base: URL): Article {
  const { image, readingTimeMinutes: minutes } = article;
  return {
    ...readDate(article.publishedAt),
    id: String(article.id),
    slug: article.slug,
    title: article.title.trim(),
    url: safeUrl(article.url, base),
    excerpt: article.excerpt?.trim() || undefined,
    category: article.category?.trim() || undefined,
    tags: article.tags ?? [],
    image: image && toImage(image.src, image.alt, image.width, image.height, base),
    readingTimeMinutes: minutes && minutes > 0 ? Math.max(1, Math.round(minutes)) : undefined,
  };
}

// --- JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `title`, `summary`, `content_text`
// are plain text, `content_html` is HTML. Without a summary, the start of the content stands in.

const feedItem = z.object({
  id,
  url: optionalText,
  external_url: optionalText,
  title: text,
  summary: optionalText,
  content_text: optionalText,
  content_html: optionalText,
  image: optionalText,
  date_published: z.optional(isoDate),
  tags: z.optional(z.array(z.string())),
});

function fromFeedItem(item: z.infer<typeof feedItem>, base: URL): Article {
  const excerpt = item.summary?.trim() || item.content_text?.trim() || htmlToText(item.content_html ?? '');
  return {
    ...readDate(item.date_published),
    id: String(item.id),
    title: item.title.trim(),
    url: safeUrl(item.url ?? item.external_url, base),
    // A teaser, not the article: a screen reader reads all of a clamped text.
    excerpt: excerpt.length > 300 ? `${excerpt.slice(0, 300).replace(/\s+\S*$/, '')}…` : excerpt || undefined,
    tags: item.tags ?? [],
    image: item.image ? toImage(item.image, '', 0, 0, base) : undefined,
  };
}

// --- WordPress REST API (`/wp-json/wp/v2/posts?_embed`), one post or an array. Rendered fields
// are HTML; `date_gmt` is UTC without an offset. What `_embed` adds is decoration, read apart:
// a 403 object in place of the featured media, or any shape not expected, just means none.

const wpPost = z.object({
  id,
  slug: optionalText,
  link: z.string(),
  date_gmt: z.optional(isoDate),
  title: z.object({ rendered: z.string().check(z.refine((html) => htmlToText(html) !== '', 'must not be blank')) }),
  excerpt: z.optional(z.object({ rendered: z.string() })),
  _embedded: z.optional(z.custom<unknown>()),
});

const wpEmbedded = z.object({
  'wp:featuredmedia': z.optional(
    z.array(
      z.object({
        source_url: optionalText,
        alt_text: optionalText,
        media_details: z.optional(z.object({ width: optionalNumber, height: optionalNumber })),
      }),
    ),
  ),
  'wp:term': z.optional(z.array(z.array(z.object({ name: z.string(), slug: optionalText, taxonomy: optionalText })))),
});

/** WordPress's default category says nothing about the article. */
const UNCATEGORIZED = /^(uncategorized|non-classe)$/;

function fromWordPress(post: z.infer<typeof wpPost>, base: URL): Article {
  const { 'wp:featuredmedia': [media] = [], 'wp:term': terms = [] } = wpEmbedded.safeParse(post._embedded).data ?? {};
  const names = (taxonomy: string) =>
    terms.flat().filter((term) => term.taxonomy === taxonomy && !UNCATEGORIZED.test(term.slug ?? '')).map((term) => htmlToText(term.name));
  return {
    ...readDate(post.date_gmt),
    id: String(post.id),
    slug: post.slug,
    title: htmlToText(post.title.rendered),
    url: safeUrl(post.link, base),
    excerpt: htmlToText(post.excerpt?.rendered ?? '') || undefined,
    category: names('category')[0],
    tags: names('post_tag'),
    image: media?.source_url
      ? toImage(media.source_url, media.alt_text, media.media_details?.width, media.media_details?.height, base)
      : undefined,
  };
}

// --- Shared

function toImage(src: string, alt = '', width = 0, height = 0, base: URL): ArticleImage | undefined {
  const url = safeUrl(src, base);
  if (!url) return undefined;
  return width > 0 && height > 0 ? { src: url, alt, width, height } : { src: url, alt };
}

function readDate(value?: string): { publishedAt: Date; dateOnly?: true } | undefined {
  const [, day, time, offset = 'Z'] = DATE.exec(value?.trim() ?? '') ?? [];
  if (!day) return undefined;
  const publishedAt = new Date(`${day}T${time ?? '00:00'}${time ? offset.toUpperCase().replace(/(\d\d)(\d\d)$/, '$1:$2') : 'Z'}`);
  if (Number.isNaN(publishedAt.getTime())) return undefined;
  return time ? { publishedAt } : { publishedAt, dateOnly: true };
}

/** Many APIs send `null` for "none": it is read as absent. */
const withoutNulls = (json: unknown): unknown => JSON.parse(JSON.stringify(json, (_, value: unknown) => value ?? undefined));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** WordPress posts are told apart by their rendered title: `{ title: { rendered } }`. */
const isWordPressPost = (value: unknown) => isRecord(value) && isRecord(value.title);

/**
 * Every article of a payload of any supported shape, in order. Throws a `LoadError`
 * (`invalid-response`, with the validation issues) for a payload of no known shape.
 * `base` is the endpoint's URL: relative links and images resolve against it.
 */
export function parseArticles(payload: unknown, base: URL): Article[] {
  const json = withoutNulls(payload);
  if (Array.isArray(json)) {
    return isWordPressPost(json[0])
      ? parsePayload(z.array(wpPost), json).map((post) => fromWordPress(post, base))
      : parsePayload(z.array(nativeArticle), json).map((article) => fromNative(article, base));
  }
  if (isRecord(json)) {
    if ('items' in json) return parsePayload(z.object({ items: z.array(feedItem) }), json).items.map((item) => fromFeedItem(item, base));
    if ('articles' in json) {
      return parsePayload(z.object({ articles: z.array(nativeArticle) }), json).articles.map((article) => fromNative(article, base));
    }
    if (isWordPressPost(json)) return [fromWordPress(parsePayload(wpPost, json), base)];
  }
  return [fromNative(parsePayload(nativeArticle, json), base)];
}
