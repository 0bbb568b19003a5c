import { html, nothing, type TemplateResult } from 'lit';
import type { pageMessages } from './i18n.js';

/**
 * A small reader for `custom-elements.json` (schema 2.x): each element's attributes, properties,
 * events, slots, parts and CSS properties, rendered as definition lists that reflow at 360 px.
 * Descriptions are rendered as text; `backticked` spans become <code>.
 */

interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
  deprecated?: boolean | string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  readonly?: boolean;
  attribute?: string;
}
interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  attributes?: Array<Described & { fieldName?: string }>;
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

export interface ElementDoc {
  tag: string;
  declaration: Declaration;
}

/**
 * The element classes, by tag. The analyzer sets `tagName` when it sees `customElements.define`
 * or `@tagname`; our classes register through `static define()`, so their static `tagName`
 * field's default is read too.
 */
export function elementDocs(manifest: Manifest): ElementDoc[] {
  const docs: ElementDoc[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const staticTag = declaration.members?.find((member) => member.static && member.name === 'tagName')?.default;
      const tag = declaration.tagName ?? /^['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]$/.exec(staticTag ?? '')?.[1];
      if (tag && !docs.some((doc) => doc.tag === tag)) docs.push({ tag, declaration });
    }
  }
  return docs;
}

/** Puts the tags named in `order` first, in that order. */
export function sortDocs(docs: ElementDoc[], order: readonly string[]): ElementDoc[] {
  const rank = (doc: ElementDoc) => (order.includes(doc.tag) ? order.indexOf(doc.tag) : order.length);
  return [...docs].sort((a, b) => rank(a) - rank(b));
}

/** `a \`b\` c` → a <code>b</code> c, as text nodes only. */
function prose(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const parts = text.split('`');
  return html`${parts.map((part, index) => (index % 2 ? html`<code>${part}</code>` : part))}`;
}

type Messages = (typeof pageMessages)['fr'];

function list(title: string, items: Described[], t: Messages, extra: (item: Described) => unknown = () => nothing) {
  return html`
    <h4>${title}</h4>
    ${items.length
      ? html`<dl class="api-list">
          ${items.map(
            (item) => html`
              <div class="api-item">
                <dt>
                  <code class="api-name">${item.name || t.defaultSlot}</code>
                  ${item.type ? html`<code class="api-type">${item.type.text}</code>` : nothing}
                </dt>
                <dd>
                  ${prose(item.description ?? item.summary)} ${extra(item)}
                  ${item.default !== undefined
                    ? html`<span class="api-default">${t.defaultValue} <code>${item.default}</code></span>`
                    : nothing}
                </dd>
              </div>
            `,
          )}
        </dl>`
      : html`<p class="api-none">${t.none}</p>`}
  `;
}

/**
 * Public instance fields: what a script can read or set. Static members, methods and private or
 * protected members are the class's business.
 */
const publicProperties = (declaration: Declaration) =>
  (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );

/**
 * Events with a real name. The analyzer reads the base class's `dispatchEvent(new
 * CustomEvent(name, …))` as an event called "name"; a DOM event name used here always has a dash.
 */
const namedEvents = (declaration: Declaration) => (declaration.events ?? []).filter((event) => event.name.includes('-'));

export function apiReference(doc: ElementDoc, t: Messages): TemplateResult {
  const { tag, declaration } = doc;
  const properties = publicProperties(declaration);
  return html`
    <section class="api-element" id=${`api-${tag}`} aria-labelledby=${`api-${tag}-title`} data-api=${tag}>
      <h3 id=${`api-${tag}-title`}><code>&lt;${tag}&gt;</code> <span class="api-class">${declaration.name}</span></h3>
      ${declaration.summary ? html`<p class="api-summary">${prose(declaration.summary)}</p>` : nothing}
      ${declaration.description ? html`<p>${prose(declaration.description)}</p>` : nothing}
      <div class="api-grid">
        <div data-api-list="attributes">${list(t.attributes, declaration.attributes ?? [], t)}</div>
        <div data-api-list="properties">
          ${list(t.properties, properties, t, (item) => {
            const member = item as Member;
            return html`${member.attribute ? html`<span class="api-default">${t.attribute} <code>${member.attribute}</code></span>` : nothing}
            ${member.readonly ? html`<span class="api-default">${t.readonly}</span>` : nothing}`;
          })}
        </div>
        <div data-api-list="events">${list(t.events, namedEvents(declaration), t)}</div>
        <div data-api-list="slots">${list(t.slots, declaration.slots ?? [], t)}</div>
        <div data-api-list="parts">${list(t.parts, declaration.cssParts ?? [], t)}</div>
        <div data-api-list="css-properties">${list(t.cssProperties, declaration.cssProperties ?? [], t)}</div>
      </div>
    </section>
  `;
}
