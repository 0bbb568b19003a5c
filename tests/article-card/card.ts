import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/article-card/define.js';
import type { ArticleCard } from '../../src/article-card/article-card.js';

/** Static fixtures served by wtr; relative URLs in them resolve against these. */
export const FIXTURES = new URL('/tests/fixtures/article-card/', location.href).href;

/** Renders a card and waits until it has left `loading`. */
export async function settledCard(template: TemplateResult): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(template);
  await waitUntil(() => el.state && el.state !== 'loading', 'card stayed loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The element carrying `part` in the card's shadow root. */
export function part<E extends Element = HTMLElement>(el: ArticleCard, name: string): E | null {
  return el.shadowRoot!.querySelector<E>(`[part~="${name}"]`);
}

/** The text of a node, HTML whitespace collapsed (non-breaking spaces are kept: they are content). */
export const textOf = (node: Element | null | undefined): string => node?.textContent?.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '') ?? '';
