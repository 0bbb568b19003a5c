import { css } from 'lit';

/*
 * `state="ended"` (ended or dismissed) shows nothing and takes no space, whatever the page's CSS
 * says. The card keeps room on its right for the close button. The CTA's transparent border
 * draws the button's edge in forced colours. Tabular digits keep the ticking countdown still.
 */
export const bannerStyles = css`
  :host {
    --_placeholder-height: 3.5em;
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
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .card {
    position: relative;
    flex-direction: column;
    align-items: start;
    padding-right: 3em;
    border: 1px solid color-mix(in srgb, var(--_text) 20%, transparent);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .date,
  .title,
  .status,
  .live,
  .cta {
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
  .title {
    flex: 1 1 12em;
    font-size: 1.25em;
  }
  .countdown {
    font-variant-numeric: tabular-nums;
  }
  .live {
    color: var(--_primary);
  }
  .cta {
    padding: 0.5em 1em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .dismiss {
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
  .card .dismiss {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
  }
`;
