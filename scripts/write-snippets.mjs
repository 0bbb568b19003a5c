/**
 * Part of `prepack`: writes the package's version and the SRI hashes of dist/integrity.json into
 * every CDN snippet (README.md, examples/), so what is published copies and pastes right.
 * A snippet is a `campus-widgets@<version>/dist/<file>` URL; the first `sha384-…` after it (in
 * the same tag or block) is that file's integrity. Run after `npm run build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const SNIPPET_FILES = ['README.md', 'examples/html/index.html', 'examples/wordpress/campus-widgets.php', 'examples/drupal/campus_widgets.libraries.yml'];
/** `campus-widgets@0.2.0/dist/campus-widgets.js … sha384-…`: groups version, file, between, hash. */
export const SNIPPET = /campus-widgets@([0-9][\w.-]*)\/dist\/([\w./-]+\.(?:js|css))(?:([^<>]{0,400}?)(sha384-[A-Za-z0-9+/=]+))?/g;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  for (const file of SNIPPET_FILES) {
    const text = readFileSync(file, 'utf8');
    const updated = text.replace(SNIPPET, (whole, _version, path, between, hash) =>
      `campus-widgets@${version}/dist/${path}${hash ? `${between}${integrity[path] ?? hash}` : ''}`,
    );
    if (updated !== text) writeFileSync(file, updated);
  }
  console.log('CDN snippets: version and integrity written.');
}
