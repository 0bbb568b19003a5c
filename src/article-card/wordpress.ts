import { htmlToText, withAllEntities } from '../internal/html-to-text.js';
import * as z from '../internal/zod.js';
import { id, isoDate, isRecord, nonBlank, optionalNumber, optionalText, readList, type Fields, type Sizes } from './schema.js';

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

/** The featured image `_embed` adds (a 403 object in its place has no `source_url`: no image). */
const wpMedia = z.object({
  source_url: optionalText,
  alt_text: optionalText,
  media_details: z.optional(z.object({ width: optionalNumber, height: optionalNumber, sizes: z.optional(z.custom<Record<string, unknown>>(isRecord)) })),
});

/** A category or tag `_embed` adds: `wp:term` holds one list of them per taxonomy. */
const wpTerm = z.object({ name: z.string(), slug: optionalText, taxonomy: optionalText });

/** WordPress's default category says nothing about the article. */
const UNCATEGORIZED = /^(uncategorized|non-classe)$/;

function fromWordPress(post: z.infer<typeof wpPost>): Fields {
  // Read piece by piece: a piece of `_embedded` of another shape is left out, the rest is used.
  const embedded = isRecord(post._embedded) ? post._embedded : {};
  const media = wpMedia.safeParse([embedded['wp:featuredmedia']].flat()[0]).data;
  const terms = [embedded['wp:term']].flat(2).flatMap((term) => wpTerm.safeParse(term).data ?? []);
  const names = (taxonomy: string) =>
    terms.filter((term) => term.taxonomy === taxonomy && !UNCATEGORIZED.test(term.slug ?? '')).map((term) => htmlToText(term.name));
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

/** The articles of a WordPress post or list of posts; a French WordPress writes `&rsquo;`, a rarer entity loads the full table first. */
export const readWordPress = (json: unknown, base: URL): Promise<Fields[]> => withAllEntities(() => readList(wpPost, json, base).map(fromWordPress));
