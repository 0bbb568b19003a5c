/**
 * `npm run analyze` → custom-elements.json. Explicit globs: with none the analyzer reads dist/ too.
 *
 * The manifest is what editors, Storybook, the framework typings (scripts/build-typings.mjs) and
 * the demo's API reference read, so it describes the published package, not the source tree:
 * one module per element at the file that defines it in `dist/` (`dist/event-banner/define.js`
 * exports the class and registers the tag), only the public API, and typed events.
 */

/** Public in TypeScript only so that the element's own helpers can call them: not API. */
const INTERNAL_MEMBERS = new Set(['warnOnce', 'warnInvalid', 'warnMissingOrInvalid', 'emit', 'timeoutMs']);

/** `campus-load`'s detail is each element's own model (events.ts types it `unknown`). */
const LOAD_DETAIL = { 'event-banner': 'OpenDay[]', 'article-card': 'Article[]' };

const isPublic = (member) => !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public' && !INTERNAL_MEMBERS.has(member.name);

/** The tag a class registers through `static define()` (the `tagName` field's default). */
const tagOf = (declaration) =>
  declaration.tagName ?? /^['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]$/.exec(declaration.members?.find((m) => m.static && m.name === 'tagName')?.default ?? '')?.[1];

function publishedManifest() {
  return {
    name: 'campus-published-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = [];
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = declaration.kind === 'class' && declaration.customElement && tagOf(declaration);
          // CampusElement has a `tagName` field but no default: it is the abstract base, not an element.
          if (!tag) continue;
          const path = `dist/${tag}/define.js`;
          declaration.tagName = tag;
          declaration.members = declaration.members?.filter(isPublic);
          const fields = new Set(declaration.members?.map((member) => member.name));
          // Lit properties that are internal state (`values`, `errors`) are not attributes.
          declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName));
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            // The base class lives in a shared internal chunk; its public face is index.js.
            if (item.inheritedFrom) item.inheritedFrom = { name: item.inheritedFrom.name, module: 'dist/index.js' };
          }
          if (declaration.superclass?.module) declaration.superclass = { name: declaration.superclass.name, module: 'dist/index.js' };
          for (const event of declaration.events ?? []) {
            const detail = event.name === 'campus-load' ? LOAD_DETAIL[tag] : `CampusEventDetails['${event.name}']`;
            event.type = { text: `CustomEvent<${detail ?? 'unknown'}>` };
          }
          modules.push({
            kind: 'javascript-module',
            path,
            declarations: [declaration],
            exports: [
              { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } },
              { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: path } },
            ],
          });
        }
      }
      manifest.modules = modules;
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/define.ts', 'src/define.ts', 'src/classic-loader.ts'],
  outdir: '.',
  litelement: true,
  // Leave package.json alone: the analyzer would point `customElements` at --outdir.
  packagejson: false,
  plugins: [publishedManifest()],
};
