import { readTime } from '../internal/dates.js';
import { htmlToText } from '../internal/html-to-text.js';
import { safeUrl } from '../internal/safe-url.js';
import { parsePayload } from '../internal/load-json.js';
import { z } from '../internal/zod.js';

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
  /** Give the aspect ratio the card reserves (16:9 without them). */
  width?: number;
  height?: number;
}

// zod/mini grows with each kind of schema used (a union or a record adds ~300 bytes gzip, and
// so does z.number, which no other element needs): these keep to object, array, string,
// optional and custom checks.

// A value of the wrong type gets zod's own "Invalid input"; the messages say what else is wrong.
const text = z.string().check(z.refine((value) => value.trim() !== '', 'must not be blank'));
const id = z.custom<string | number>((value) => typeof value === 'number' || (typeof value === 'string' && value.trim() !== ''));
const optionalText = z.optional(z.string());
const isoDate = z.string().check(z.refine((value) => !!readTime(value), 'must be an ISO 8601 date'));
const optionalNumber = z.optional(z.custom<number>((value) => typeof value === 'number'));
const tags = z.optional(z.array(z.string()));

/** Our own API: an article, `{ articles: [...] }` or an array of articles. The other sources map onto it. */
const nativeArticle = z.object({
  id,
  slug: optionalText,
  title: text,
  url: z.string(),
  publishedAt: isoDate,
  excerpt: optionalText,
  category: optionalText,
  tags,
  image: z.optional(z.object({ src: z.string(), alt: optionalText, width: optionalNumber, height: optionalNumber })),
  readingTimeMinutes: optionalNumber,
});

/** An article as any source gives it, validated, before it is cleaned up the same way for all. */
type Fields = Omit<z.infer<typeof nativeArticle>, 'url' | 'publishedAt' | 'image'> & {
  url?: string;
  publishedAt?: string;
  image?: { src?: string; alt?: string; width?: number; height?: number };
};

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `title` and `summary` are plain text. */
const feedItem = z.object({
  id,
  url: optionalText,
  title: text,
  summary: optionalText,
  image: optionalText,
  date_published: z.optional(isoDate),
  tags,
});

const fromFeedItem = (item: z.infer<typeof feedItem>): Fields => ({
  ...item,
  excerpt: item.summary,
  publishedAt: item.date_published,
  image: { src: item.image },
});

// WordPress REST API (`/wp-json/wp/v2/posts?_embed`), one post or an array. Rendered fields
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

function fromWordPress(post: z.infer<typeof wpPost>): Fields {
  const { 'wp:featuredmedia': [media] = [], 'wp:term': terms = [] } = wpEmbedded.safeParse(post._embedded).data ?? {};
  const names = (taxonomy: string) =>
    terms.flat().filter((term) => term.taxonomy === taxonomy && !UNCATEGORIZED.test(term.slug ?? '')).map((term) => htmlToText(term.name));
  return {
    ...post,
    title: htmlToText(post.title.rendered),
    url: post.link,
    publishedAt: post.date_gmt,
    excerpt: htmlToText(post.excerpt?.rendered),
    category: names('category')[0],
    tags: names('post_tag'),
    image: media && { src: media.source_url, alt: media.alt_text, ...media.media_details },
  };
}

/** Every source the same way: trimmed text, safe URLs resolved against `base`, a date, whole minutes. */
function toArticle(fields: Fields, base: URL): Article {
  const { image, readingTimeMinutes: minutes = 0 } = fields;
  // A date-time without an offset is UTC, as WordPress's `date_gmt` is (JavaScript would read it
  // as local time); a date alone is that calendar date, kept at UTC midnight.
  const time = readTime(fields.publishedAt ?? '');
  const src = safeUrl(image?.src, base);
  return {
    id: String(fields.id),
    slug: fields.slug,
    title: fields.title.trim(),
    url: safeUrl(fields.url, base),
    excerpt: fields.excerpt?.trim() || undefined,
    category: fields.category?.trim() || undefined,
    tags: fields.tags ?? [],
    image: src ? { ...image, src, alt: image!.alt ?? '' } : undefined,
    readingTimeMinutes: minutes > 0 ? Math.ceil(minutes) : undefined,
    publishedAt: time && new Date(time.wall - (time.offset ?? 0) * 60_000),
    dateOnly: time?.dateOnly,
  };
}

/** Many APIs send `null` for "none": it is read as absent. */
const withoutNulls = (json: unknown): unknown => JSON.parse(JSON.stringify(json, (_, value: unknown) => value ?? undefined));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** One item of `schema`, or a list of them when `json` is an array. */
const oneOrMany = <T>(schema: z.ZodMiniType<T>, json: unknown): T[] =>
  Array.isArray(json) ? parsePayload(z.array(schema), json) : [parsePayload(schema, json)];

/**
 * Every article of a payload of any supported shape, in order. Throws a `LoadError`
 * (`invalid-response`, with the validation issues) for a payload of no known shape.
 * `base` is the endpoint's URL: relative links and images resolve against it.
 */
export function parseArticles(payload: unknown, base: URL): Article[] {
  const json = withoutNulls(payload);
  const first = Array.isArray(json) ? json[0] : json;
  const fields: Fields[] =
    isRecord(json) && 'items' in json
      ? parsePayload(z.object({ items: z.array(feedItem) }), json).items.map(fromFeedItem)
      : isRecord(json) && 'articles' in json
        ? parsePayload(z.object({ articles: z.array(nativeArticle) }), json).articles
        : // WordPress posts are told apart by their rendered title: `{ title: { rendered } }`.
          isRecord(first) && isRecord(first.title)
          ? oneOrMany(wpPost, json).map(fromWordPress)
          : oneOrMany(nativeArticle, json);
  return fields.map((article) => toArticle(article, base));
}
