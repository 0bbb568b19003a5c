import { css } from 'lit';

/*
 * Styled by part where a part names the element; the classes are the variants and the pieces
 * of the when-line. `state="ended"` (ended or dismissed) shows nothing and takes no space,
 * whatever the page's CSS says. While loading, the placeholder holds the height of a one-line
 * bar or of a card. The CTA's transparent border draws the button's edge in forced colours;
 * tabular digits keep the ticking countdown's digits still, and the widest text its units can
 * take, laid invisibly in the same grid cell, keeps its box one size. A card is a grid, so the
 * bar's flex sizes do not apply to it. The box fills the host's min-height, which
 * campus-widgets.css reserves from the first paint: the banner keeps the box it had before it rendered.
 */
export const bannerStyles = css`
  :host {
    --_placeholder-height: 4.5em;
  }
  :host([variant='card']) {
    --_placeholder-height: 12em;
  }
  :host([state='ended']) {
    display: none !important;
  }
  p {
    margin: 0;
  }
  [part='banner'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-height: inherit;
    gap: 0.5em var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .card {
    display: grid;
    justify-items: start;
    position: relative;
    padding-right: 3em;
    border: 1px solid var(--_muted);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  [part='date'],
  [part='title'],
  .status,
  .live,
  [part='cta'] {
    font-weight: 700;
  }
  .time,
  .place,
  .description {
    color: var(--_muted);
  }
  .status {
    color: var(--_danger);
  }
  .live {
    color: var(--_primary);
  }
  [part='title'] {
    flex: 1 1 12em;
    font-size: 1.25em;
  }
  b {
    font-variant-numeric: tabular-nums;
  }
  [part='countdown'] {
    display: grid;
  }
  [aria-hidden] {
    grid-area: 1/1;
  }
  .widest {
    visibility: hidden;
  }
  .calendar {
    flex-basis: 100%;
  }
  .calendar a {
    margin-inline-start: 0.5em;
    color: inherit;
  }
  [part='cta'] {
    padding: 0.5em 1em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    text-decoration: none;
  }
  button {
    width: 2em;
    height: 2em;
    margin-inline-start: auto;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-size: 1.25em;
    cursor: pointer;
  }
  .card button {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
  }
`;
