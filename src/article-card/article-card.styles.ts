import { css } from 'lit';

/**
 * The card draws its own surface, so it reads the same on light and dark pages. Secondary text
 * is the text colour mixed into the surface: it keeps its contrast whatever pair a theme sets.
 * The one link's `::after` covers the card, so the whole card is one click target and one tab
 * stop; the link is a block, so the shared focus ring draws one clean box around the title.
 * The shadow root holds only the card, so element selectors are enough. Lines of text are
 * spaced in `em`, by the text's size; the card's padding follows `--campus-space`. The card fills
 * the host's min-height, which campus-widgets.css reserves from the first paint: it keeps that box.
 */
export const styles = css`
  :host {
    --_placeholder-height: 24em;
  }
  :host([variant='horizontal']) {
    --_placeholder-height: 12em;
  }
  :host([variant='compact']) {
    --_placeholder-height: 6em;
  }

  * {
    margin: 0;
  }

  article {
    position: relative;
    display: flex;
    flex-flow: column;
    height: 100%;
    min-height: inherit;
    overflow: hidden;
    border: 1px solid color-mix(in srgb, var(--_text) 18%, var(--_surface));
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  div {
    display: flex;
    flex: 1 1 18em;
    flex-flow: column;
    gap: 0.5em;
    min-width: 0;
    padding: var(--_space);
  }

  [part='title'] {
    font-size: 1.25em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  a {
    display: block;
    color: inherit;
    text-decoration: none;
  }
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  [part='category'] {
    order: -1;
    align-self: flex-start;
    padding: 0.125em 0.5em;
    border-radius: 1em;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .meta,
  ul {
    display: flex;
    flex-flow: wrap;
    gap: 0.25em 0.75em;
    padding: 0;
    color: color-mix(in srgb, var(--_text) 72%, var(--_surface));
    font-size: 0.875em;
  }
  ul {
    margin-top: auto;
    list-style: none;
  }
  li::before {
    content: '#' / '';
  }

  [part='excerpt'] {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--campus-article-excerpt-lines, 3);
  }

  img {
    order: -1;
    width: 100%;
    height: auto;
    object-fit: cover;
  }
  img:not([width]) {
    aspect-ratio: 16 / 9;
  }

  .horizontal {
    flex-flow: wrap;
  }
  .horizontal img {
    flex: 1 1 35%;
    min-width: 9em;
  }

  .compact {
    flex-flow: row;
    align-items: center;
  }
  .compact [part='title'] {
    font-size: 1em;
  }
  .compact img {
    flex: none;
    width: 4.5em;
    height: 4.5em;
    margin-left: var(--_space);
    border-radius: var(--_radius);
  }
`;
