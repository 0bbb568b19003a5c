import { css } from 'lit';

export const bannerStyles = css`
  :host {
    --_placeholder-height: 3.5em;
  }

  :host([variant='card']) {
    --_placeholder-height: 12em;
  }

  /* Ended or dismissed: nothing to show, and no space taken, whatever the page's CSS says. */
  :host([state='ended']) {
    display: none !important;
  }

  p {
    margin: 0;
  }

  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .card {
    flex-direction: column;
    align-items: flex-start;
    padding: var(--_space) calc(var(--_space) + 2.5em) var(--_space) var(--_space);
    border: 1px solid color-mix(in srgb, var(--_text) 20%, transparent);
  }

  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
  }

  .date,
  .title {
    font-weight: 700;
  }

  .time,
  .place {
    color: var(--_muted);
  }

  .status {
    font-weight: 700;
    color: var(--_danger);
  }

  .title {
    font-size: 1.125em;
  }

  .bar .title {
    flex: 1 1 12em;
  }

  .card .title {
    font-size: 1.375em;
  }

  .description {
    color: var(--_muted);
  }

  .countdown {
    font-variant-numeric: tabular-nums;
  }

  .countdown .unit {
    margin-inline-start: 0.35em;
    font-weight: 700;
  }

  .live {
    font-weight: 700;
    color: var(--_primary);
  }

  .cta {
    display: inline-block;
    padding: 0.5em 1em;
    /* Transparent, except in forced colours where it draws the button's edge. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    text-decoration: none;
  }

  .cta:hover {
    text-decoration: underline;
  }

  .dismiss {
    display: inline-grid;
    place-items: center;
    width: 2em;
    height: 2em;
    margin-inline-start: auto;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }

  .dismiss:hover {
    background: color-mix(in srgb, var(--_text) 10%, transparent);
  }

  .card .dismiss {
    position: absolute;
    top: calc(var(--_space) * 0.5);
    right: calc(var(--_space) * 0.5);
  }
`;
