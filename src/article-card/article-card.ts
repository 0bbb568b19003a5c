import { html } from 'lit';
import { CampusElement } from '../internal/campus-element.js';
import { hostStyles } from '../internal/host-styles.js';

/**
 * @summary Placeholder until the element is built.
 */
export class ArticleCard extends CampusElement {
  static override tagName = 'article-card';
  static override styles = [hostStyles];

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
