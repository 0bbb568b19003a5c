import { css } from 'lit';

/**
 * The card draws its own surface, so it reads the same on light and dark pages. Secondary text
 * is the text colour mixed into the surface: it keeps its contrast whatever pair a theme sets.
 * The one link's `::after` covers the card, so the whole card is one click target and one tab
 * stop; the focus ring goes around the card.
 */
export const styles = css`
  :host {
    --_placeholder-height: 24em;
    --_secondary: color-mix(in srgb, var(--_text) 72%, var(--_surface));
  }
  :host([variant='horizontal']) {
    --_placeholder-height: 12em;
  }
  :host([variant='compact']) {
    --_placeholder-height: 6em;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    border: 1px solid color-mix(in srgb, var(--_text) 18%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .card:hover {
    border-color: color-mix(in srgb, var(--_text) 45%, transparent);
  }
  .card:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }

  .body {
    display: flex;
    flex: 1 1 18em;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    padding: var(--_space);
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .link {
    color: inherit;
    text-decoration: none;
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .link:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .card:hover .link,
  .link:focus-visible {
    text-decoration: underline;
  }

  .category {
    order: -1;
    align-self: flex-start;
    margin: 0;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .meta,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    color: var(--_secondary);
    font-size: 0.875em;
  }
  .tags {
    margin-top: auto;
    list-style: none;
  }
  .tags li::before {
    content: '#';
    content: '#' / '';
  }

  .excerpt {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--campus-article-excerpt-lines, 3);
    line-clamp: var(--campus-article-excerpt-lines, 3);
  }

  .image {
    display: block;
    order: -1;
    width: 100%;
    height: auto;
    object-fit: cover;
    background: color-mix(in srgb, var(--_text) 10%, var(--_surface));
  }
  .image:not([width]) {
    aspect-ratio: 16 / 9;
  }

  .horizontal {
    flex-flow: row wrap;
  }
  .horizontal .image {
    flex: 1 1 35%;
    align-self: stretch;
    width: auto;
    min-width: 9em;
  }

  .compact {
    flex-direction: row;
    align-items: center;
  }
  .compact .body {
    gap: 0.25em;
    padding: calc(var(--_space) * 0.75);
  }
  .compact .title {
    font-size: 1em;
  }
  .compact .image {
    flex: none;
    width: 4.5em;
    height: 4.5em;
    margin-left: calc(var(--_space) * 0.75);
    border-radius: calc(var(--_radius) / 2);
  }
`;
