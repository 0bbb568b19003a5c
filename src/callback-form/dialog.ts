import { html, type TemplateResult } from 'lit';
import type { CallbackForm } from './callback-form.js';

/**
 * `mode="dialog"`'s modal: the form in a native `<dialog>` opened with `showModal()` (the page
 * behind becomes inert, Escape closes it). In a chunk of its own, loaded with `import()` the first
 * time a visitor points at, focuses or presses the button: a page whose visitors never open it
 * does not download it. Its styles come with it, adopted by the form's shadow root.
 */

const closeLabel = { fr: 'Fermer', en: 'Close' };

/**
 * A centred card; on a narrow screen the whole viewport. It scrolls as a whole, and the bar that
 * holds the close button sticks to its top, so the button is always within reach.
 */
const DIALOG_CSS =
  'dialog{width:36em;max-width:100%;max-height:100%;padding:0;border:0;border-radius:var(--_radius);background:var(--_surface);color:var(--_text);overscroll-behavior:contain}' +
  'dialog::backdrop{background:rgb(0 0 0/.6)}' +
  '.dialog-bar{position:sticky;top:0;z-index:1;display:flex;align-items:start;justify-content:space-between;gap:var(--_space);padding:var(--_space);background:inherit}' +
  '.dialog-body{display:grid;gap:var(--_space);padding:0 var(--_space) var(--_space)}' +
  "[part=close]{flex:none;width:2.75em;padding:0;border:1px solid;background:none;color:inherit;font-size:1.25em;line-height:1}" +
  '@media (max-width:36em){dialog{width:100%;height:100%;margin:0;border-radius:0}}';

/** Built once, on first use, and adopted by each form that opens its dialog. */
let dialogStyles: CSSStyleSheet | undefined;

/**
 * The modal around `content` (the form, or how its submission ended), titled by `heading`, which
 * also names the form (`aria-labelledby="heading"`).
 */
export function renderDialog(form: CallbackForm, heading: string, content: TemplateResult): TemplateResult {
  if (!dialogStyles) (dialogStyles = new CSSStyleSheet()).replaceSync(DIALOG_CSS);
  const sheets = (form.renderRoot as ShadowRoot).adoptedStyleSheets;
  if (!sheets.includes(dialogStyles)) sheets.push(dialogStyles);
  return html`<dialog part="dialog" aria-labelledby="heading" @close=${closed}>
    <div class="dialog-bar">
      <h2 id="heading" part="heading">${heading}</h2>
      <button part="close" type="button" aria-label=${closeLabel[form.locale]} @click=${form.close}>×</button>
    </div>
    <div class="dialog-body">${content}</div>
  </dialog>`;
}

/** Opens or closes the native dialog as `form.open` says; opening moves focus into the form. */
export function syncDialog(form: CallbackForm): void {
  const dialog = form.renderRoot.querySelector('dialog');
  if (!dialog || dialog.open === form.open) return;
  if (!form.open) return dialog.close(); // `closed` follows, from the `close` event
  dialog.showModal();
  // Its first field, or the message shown in its place.
  dialog.querySelector<HTMLElement>('[part="input"], .box')?.focus();
  form.emit('campus-dialog-open', null);
}

/**
 * However the dialog closed (its button, Escape, `close()`): `open` follows, and focus goes back to
 * the button that opens it. Lit calls it with the form as `this`.
 */
function closed(this: CallbackForm, event: Event): void {
  // The event is queued: opened again since (`close()` then `show()` at once), the dialog stays.
  if ((event.target as HTMLDialogElement).open) return;
  this.open = false;
  this.renderRoot.querySelector<HTMLElement>('[part="trigger"]')?.focus();
  this.emit('campus-dialog-close', null);
}
