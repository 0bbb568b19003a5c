import { css } from 'lit';

/*
 * Written compact, comments outside: lit's css is shipped as written, and the banner has a tight
 * size budget. `state="ended"` (ended or dismissed) shows nothing and takes no space, whatever the
 * page's CSS says. The CTA's transparent border draws the button's edge in forced colours.
 */
export const bannerStyles = css`
  :host { --_placeholder-height: 3.5em }
  :host([variant='card']) { --_placeholder-height: 12em }
  :host([state='ended']) { display: none !important }
  p { margin: 0 }
  .banner {
    position: relative; display: flex; flex-wrap: wrap; align-items: center;
    gap: calc(var(--_space) / 2) var(--_space); padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius); background: var(--_surface); color: var(--_text);
  }
  .card {
    flex-direction: column; align-items: start; padding: var(--_space) 3em var(--_space) var(--_space);
    border: 1px solid color-mix(in srgb, var(--_text) 20%, transparent);
  }
  .when { display: flex; flex-wrap: wrap; gap: 0 0.75em }
  .date, .title, .status, .live, .cta { font-weight: 700 }
  .time, .place, .description { color: var(--_muted) }
  .status { color: var(--_danger) }
  .title { flex: 1 1 12em; font-size: 1.125em }
  .card .title { font-size: 1.375em }
  .countdown { font-variant-numeric: tabular-nums }
  .live { color: var(--_primary) }
  .cta {
    padding: 0.5em 1em; border: 1px solid transparent; border-radius: var(--_radius);
    background: var(--_primary); color: var(--_on-primary); text-decoration: none;
  }
  .cta:hover { text-decoration: underline }
  .dismiss {
    width: 2em; height: 2em; margin-inline-start: auto; padding: 0; border: 0; border-radius: 50%;
    background: none; color: inherit; font-size: 1.25em; line-height: 1; cursor: pointer;
  }
  .card .dismiss { position: absolute; top: 0.5em; right: 0.5em }
`;
