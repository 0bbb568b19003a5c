import { htmlToText, withAllEntities } from '../internal/html-to-text.js';
import * as z from '../internal/zod.js';
import { id, isoDate, optionalText, readList, tags, text, type Fields } from './schema.js';

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


/** The articles of a JSON Feed's `items`. */
export const readJsonFeed = (items: unknown, base: URL): Promise<Fields[]> =>
  withAllEntities(() => readList(identifiedFeedItem, items, base, 'items.').map(fromFeedItem));
