import { readTime } from '../internal/dates.js';
import { plainText } from '../internal/plain-text.js';
import { safeUrl } from '../internal/safe-url.js';
import { parseItems, parsePayload } from '../internal/load-json.js';
import * as z from '../internal/zod.js';

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

// zod grows with each kind of schema used (an array ~390 bytes gzip, a union or a record ~300,
// and so does a number, which no other element needs): these keep to object, string, optional
// and custom checks.

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// A value of the wrong type gets zod's own "Invalid input"; the messages say what else is wrong.
export const nonBlank = z.refine<string>((value) => value.trim() !== '', 'must not be blank');
export const text = z.string().check(nonBlank);
export const id = z.custom<string | number>((value) => typeof value === 'number' || (typeof value === 'string' && value.trim() !== ''));
export const optionalText = z.optional(z.string());
export const isoDate = z.string().check(z.refine((value) => !!readTime(value), 'must be an ISO 8601 date'));
export const optionalNumber = z.optional(z.custom<number>((value) => typeof value === 'number'));
export const tags = z.optional(z.custom<string[]>((value) => Array.isArray(value) && value.every((tag) => typeof tag === 'string')));

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
export type Fields = Omit<z.infer<typeof nativeArticle>, 'url' | 'publishedAt' | 'image'> & {
  url?: string;
  publishedAt?: string;
  image?: { src?: string; alt?: string; width?: number; height?: number; sizes?: Sizes };
};

export type Sizes = { source_url: string; width: number }[];

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

/** The valid items of `schema` in a list (an invalid one left out, with a warning), or one item. */
export const readList = <S extends z.Schema>(schema: S, items: unknown, base: URL, path = ''): z.infer<S>[] =>
  Array.isArray(items) ? parseItems(schema, items, path, base) : [parsePayload(schema, items)];

/**
 * Every valid article of a payload of any supported shape, in order; an invalid item of a list
 * is left out with one console warning per endpoint. Throws a `LoadError` (`invalid-response`,
 * with the validation issues) for a payload of no known shape or a list with no valid item.
 * `base` is the endpoint's URL: relative links and images resolve against it.
 *
 * The JSON Feed and WordPress readers, and the HTML-to-text converter they need, are loaded the
 * first time such a payload comes: a site reads one of the three shapes, not all of them.
 */
export async function parseArticles(payload: unknown, base: URL): Promise<Article[]> {
  const json = withoutNulls(payload);
  const first = Array.isArray(json) ? json[0] : json;
  const fields: Fields[] =
    isRecord(json) && 'items' in json
      ? await (await import('./cms-formats.js')).readJsonFeed(json.items, base)
      : isRecord(json) && 'articles' in json
        ? readList(nativeArticle, json.articles, base, 'articles.')
        : // WordPress posts are told apart by their rendered title: `{ title: { rendered } }`.
          isRecord(first) && isRecord(first.title)
          ? await (await import('./cms-formats.js')).readWordPress(json, base)
          : readList(nativeArticle, json, base);
  return fields.map((article) => toArticle(article, base));
}
