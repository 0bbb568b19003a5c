import { css } from 'lit';

export const styles = css`
  /* The card: heading, intro and form spaced by the grid's gap. */
  :host { display: grid; gap: var(--_space); padding: var(--_space); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); }
  h2, h3, p, ul { margin: 0; }
  form, .field { display: grid; gap: var(--_space); }
  .field { gap: 0.25em; }
  .error, .box a { font-weight: 600; color: var(--_danger); }
  [part='input'] { min-height: 2.75em; padding: 0.5em; border: 1px solid var(--_muted); border-radius: 4px; background: none; color: inherit; }
  [aria-invalid='true'] { border-color: var(--_danger); }
  /* The consent box: its error on the first row, then the box and its sentence. */
  .field-consent { grid-template-columns: auto 1fr; column-gap: 0.5em; }
  .field-consent .error { order: -1; grid-column: 1 / -1; }
  .field-consent label { order: 1; }
  .field-consent input { width: 1.5em; min-height: 1.5em; accent-color: var(--_primary); }
  a { color: inherit; }
  button { justify-self: start; min-height: 2.75em; padding: 0.5em 1.5em; border: 0; border-radius: var(--_radius); background: var(--_primary); color: var(--_on-primary); font-weight: 700; }
  .box { padding: var(--_space); border: 4px solid var(--_danger); border-radius: var(--_radius); }
  [role='status'] { border-color: var(--_primary); }
  /* The honeypot: out of sight; inert and aria-hidden keep it out of the tab order and of assistive technology. */
  .trap { position: absolute; left: -10000px; }
`;
