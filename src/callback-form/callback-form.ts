import { html } from 'lit';
import { CampusElement } from '../internal/campus-element.js';
import { hostStyles } from '../internal/host-styles.js';

/**
 * @summary Placeholder until the element is built.
 */
export class CallbackForm extends CampusElement {
  static override tagName = 'callback-form';
  static override styles = [hostStyles];

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'callback-form': CallbackForm;
  }
}
