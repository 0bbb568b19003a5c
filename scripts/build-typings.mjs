/**
 * Part of `npm run build`: framework typings and editor data generated from custom-elements.json,
 * so they list exactly the attributes, events, parts and custom properties the manifest does.
 *
 * - dist/types/frameworks/{react,preact,solid,vue,svelte}.d.ts — the three tags in each
 *   framework's JSX / template types (package subpaths `campus-widgets/react`, …);
 * - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json — VS Code custom data;
 * - dist/web-types.json — JetBrains IDEs (package.json `web-types`).
 *
 * The generators (break-stuff/cem-tools) read an event's `type` as its detail and name types
 * without importing them, so they get a copy of the manifest whose event types are the detail,
 * written as `import("…").Type` from where the typings live.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const outdir = 'dist/types/frameworks';
/** From dist/types/frameworks/ to the package's type root (dist/types/index.d.ts). */
const typeRoot = '../index.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const forTypings = structuredClone(manifest);
for (const module of forTypings.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(.*)>$/.exec(event.type?.text ?? '')?.[1] ?? 'unknown';
      // `CampusEventDetails['campus-error']`, `OpenDay[]` → imported from the package's types.
      event.type = { text: detail.replace(/\b(CampusEventDetails|OpenDay|Article)\b/g, `import("${typeRoot}").$1`) };
    }
  }
}

const quiet = { hideLogs: true };
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
generateJsxTypes(forTypings, { ...quiet, outdir, fileName: 'jsx.d.ts', globalTypePath: typeRoot });
generateSolidJsTypes(forTypings, { ...quiet, outdir, fileName: 'solid-elements.d.ts', globalTypePath: typeRoot });
generateVuejsTypes(forTypings, { ...quiet, outdir, fileName: 'vue.d.ts', globalTypePath: typeRoot });
generateSvelteTypes(forTypings, { ...quiet, outdir, fileName: 'svelte-elements.d.ts', globalTypePath: typeRoot });
generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, { ...quiet, outdir: 'dist', webTypesFileName: 'web-types.json' });

/**
 * The generated files export the element types; each framework finds them in its own interface,
 * which these files extend: `import type {} from 'campus-widgets/react';` once in a project.
 */
const augmentation = (framework, from, module, body) => `/**
 * The campus-widgets tags in ${framework}'s templates, with their typed attributes and events:
 * \`import type {} from 'campus-widgets/${framework}';\` once in the project.
 */
import type { CustomElements } from './${from}.js';

declare module '${module}' {
  ${body}
}
`;
const jsx = 'namespace JSX {\n    // eslint-disable-next-line @typescript-eslint/no-empty-object-type\n    interface IntrinsicElements extends CustomElements {}\n  }';
writeFileSync(`${outdir}/react.d.ts`, augmentation('react', 'jsx', 'react', jsx));
writeFileSync(`${outdir}/preact.d.ts`, augmentation('preact', 'jsx', 'preact', jsx));
writeFileSync(`${outdir}/solid.d.ts`, augmentation('solid', 'solid-elements', 'solid-js', jsx));
writeFileSync(
  `${outdir}/svelte.d.ts`,
  augmentation('svelte', 'svelte-elements', 'svelte/elements', '// eslint-disable-next-line @typescript-eslint/no-empty-object-type\n  interface SvelteHTMLElements extends CustomElements {}'),
);

// A JavaScript file for each typings subpath: resolvers (and @arethetypeswrong) expect one.
mkdirSync('dist/frameworks', { recursive: true });
for (const framework of ['react', 'preact', 'solid', 'vue', 'svelte']) {
  writeFileSync(`dist/frameworks/${framework}.js`, '// Types only: see the .d.ts of this subpath.\nexport {};\n');
}
console.log('Framework typings and editor data written from custom-elements.json.');
