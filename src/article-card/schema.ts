import { readTime } from '../internal/dates.js';
import { htmlToText, withAllEntities } from '../internal/html-to-text.js';
import { plainText } from '../internal/plain-text.js';
import { safeUrl } from '../internal/safe-url.js';
import { parseItems, parsePayload } from '../internal/load-json.js';
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
  /** Other sizes of the same image (`url 300w, …`), when the source offers them (WordPress). */
  srcset?: string;
}

// zod/mini grows with each kind of schema used (a union or a record adds ~300 bytes gzip, and
// so does z.number, which no other element needs): these keep to object, array, string,
// optional and custom checks.

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// A value of the wrong type gets zod's own "Invalid input"; the messages say what else is wrong.
const nonBlank = z.refine<string>((value) => value.trim() !== '', 'must not be blank');
const text = z.string().check(nonBlank);
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
  image?: { src?: string; alt?: string; width?: number; height?: number; sizes?: Sizes };
};

type Sizes = { source_url: string; width: number }[];

/**
 * JSON Feed 1 and 1.1 (https://www.jsonfeed.org/version/1.1/) as generators write it: `title`
 * and `summary` are plain text; an item may lack `id` (its `url` stands in), `summary` (the
 * start of `content_text`, else of `content_html` as text) or `date_published` (`date_modified`).
 */
const feedItem = z.object({
  id: z.optional(id),
  url: optionalText,
  title: text,
  summary: optionalText,
  content_text: optionalText,
  content_html: optionalText,
  image: optionalText,
  banner_image: optionalText,
  date_published: z.optional(isoDate),
  date_modified: z.optional(isoDate),
  tags,
});

/** An excerpt cut from a whole text: its first 300 characters, ending on a word. */
function opening(content: string): string {
  if (content.length <= 300) return content;
  const start = content.slice(0, 300);
  return `${start.slice(0, start.lastIndexOf(' ') + 1 || 300).trimEnd()}…`;
}

function fromFeedItem(item: z.infer<typeof feedItem>): Fields {
  const content = item.content_text ?? htmlToText(item.content_html);
  return {
    ...item,
    id: item.id ?? item.url!,
    excerpt: item.summary ?? opening(content),
    publishedAt: item.date_published ?? item.date_modified,
    image: { src: item.image ?? item.banner_image },
  };
}

/** A feed item needs something to know it by: its `id`, else its `url`. */
const identifiedFeedItem = feedItem.check(z.refine((item) => !!(item.id ?? item.url), { message: 'needs an id or a url', path: ['id'] }));

// WordPress REST API (`/wp-json/wp/v2/posts?_embed`), one post or an array. Rendered fields
// are HTML, turned into text once while they are validated; `date_gmt` is UTC without an
// offset. What `_embed` adds is decoration, read apart: a 403 object in place of the featured
// media, or any shape not expected, just means none.

const renderedText = z.object({ rendered: z.string().check(z.overwrite(htmlToText)), protected: z.optional(z.custom<unknown>()) });

const wpPost = z.object({
  id,
  slug: optionalText,
  link: z.string(),
  date_gmt: z.optional(isoDate),
  title: z.object({ rendered: z.string().check(z.overwrite(htmlToText), nonBlank) }),
  excerpt: z.optional(renderedText),
  _embedded: z.optional(z.custom<unknown>()),
});

/** One of the sizes WordPress made of an upload (`medium`: 300 px wide…). */
const wpSize = z.object({ source_url: z.string(), width: z.custom<number>((width) => typeof width === 'number' && width > 0) });

const wpEmbedded = z.object({
  'wp:featuredmedia': z.optional(
    z.array(
      z.object({
        source_url: optionalText,
        alt_text: optionalText,
        media_details: z.optional(
          z.object({ width: optionalNumber, height: optionalNumber, sizes: z.optional(z.custom<Record<string, unknown>>(isRecord)) }),
        ),
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
  const { sizes = {}, ...size } = media?.media_details ?? {};
  return {
    ...post,
    title: post.title.rendered,
    url: post.link,
    publishedAt: post.date_gmt,
    // A password-protected post shows its title only: its excerpt is the content it protects.
    excerpt: post.excerpt?.protected === true ? undefined : post.excerpt?.rendered,
    category: names('category')[0],
    tags: names('post_tag'),
    // Every size WordPress made of the upload, so a 72 px thumbnail does not download 1,600 px.
    image: media && { src: media.source_url, alt: media.alt_text, ...size, sizes: Object.values(sizes).filter((size) => wpSize.safeParse(size).success) as Sizes },
  };
}

/** Every source the same way: trimmed text, safe URLs resolved against `base`, a date, whole minutes. */
function toArticle(fields: Fields, base: URL): Article {
  const { image, readingTimeMinutes: minutes = 0 } = fields;
  // A date-time without an offset is UTC, as WordPress's `date_gmt` is (JavaScript would read it
  // as local time); a date alone is that calendar date, kept at UTC midnight.
  const time = readTime(fields.publishedAt ?? '');
  const src = safeUrl(image?.src, base);
  const srcset = image?.sizes
    ?.map((size) => `${safeUrl(size.source_url, base)?.replaceAll(',', '%2C')} ${size.width}w`)
    .filter((candidate) => !candidate.startsWith('undefined'))
    .join();
  return {
    id: String(fields.id),
    slug: fields.slug,
    title: plainText(fields.title),
    url: safeUrl(fields.url, base),
    excerpt: plainText(fields.excerpt) || undefined,
    category: plainText(fields.category) || undefined,
    tags: fields.tags?.map(plainText) ?? [],
    image: src ? { src, alt: plainText(image!.alt), width: image!.width, height: image!.height, srcset: srcset || undefined } : undefined,
    readingTimeMinutes: minutes > 0 ? Math.ceil(minutes) : undefined,
    publishedAt: time && new Date(time.wall - (time.offset ?? 0) * 60_000),
    dateOnly: time?.dateOnly,
  };
}

/** Many APIs send `null` for "none": it is read as absent. */
const withoutNulls = (json: unknown): unknown => JSON.parse(JSON.stringify(json, (_, value: unknown) => value ?? undefined));


/**
 * Every valid article of a payload of any supported shape, in order; an invalid item of a list
 * is left out with one console warning per endpoint. Throws a `LoadError` (`invalid-response`,
 * with the validation issues) for a payload of no known shape or a list with no valid item.
 * `base` is the endpoint's URL: relative links and images resolve against it.
 */
export const parseArticles = (payload: unknown, base: URL): Promise<Article[]> =>
  // A French WordPress writes `&rsquo;`, a rarer entity loads the full table first.
  withAllEntities(() => {
    const json = withoutNulls(payload);
    const first = Array.isArray(json) ? json[0] : json;
    const list = <T>(schema: z.ZodMiniType<T>, items: unknown, path = '') =>
      Array.isArray(items) ? parseItems(schema, items, path, base) : [parsePayload(schema, items)];
    const fields: Fields[] =
      isRecord(json) && 'items' in json
        ? list(identifiedFeedItem, json.items, 'items.').map(fromFeedItem)
        : isRecord(json) && 'articles' in json
          ? list(nativeArticle, json.articles, 'articles.')
          : // WordPress posts are told apart by their rendered title: `{ title: { rendered } }`.
            isRecord(first) && isRecord(first.title)
            ? list(wpPost, json).map(fromWordPress)
            : list(nativeArticle, json);
    return fields.map((article) => toArticle(article, base));
  });
