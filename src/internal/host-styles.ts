import { css } from 'lit';

/**
 * Styles every element starts from.
 *
 * The public `--campus-*` tokens are read once here into private `--_*` properties with their
 * defaults, so element styles use one name per token and a page sets only what it wants.
 * Sizes are in `px`/`em`, never `rem`: many school themes set `html { font-size: 62.5% }`.
 * The default surface and text colours are a pair with AA contrast of their own, so a widget
 * stays readable on a light or a dark page alike.
 */
export const hostStyles = css`
  :host {
    --_primary: var(--campus-color-primary, #1f4fb4);
    --_on-primary: var(--campus-color-on-primary, #fff);
    --_surface: var(--campus-color-surface, #fff);
    --_text: var(--campus-color-text, #1d2433);
    --_muted: var(--campus-color-muted, #4b5568);
    --_danger: var(--campus-color-danger, #b3261e);
    --_focus: var(--campus-color-focus, #ffbf47);
    --_font: var(--campus-font-family, inherit);
    --_radius: var(--campus-radius, 8px);
    --_space: var(--campus-space, 16px);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .message {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .placeholder {
    min-height: var(--_placeholder-height, 3em);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_surface) 80%, #8a94a6);
  }
`;
