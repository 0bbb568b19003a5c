/**
 * The embedding examples, checked by scripts/check-package.mjs against the packed package:
 * every CDN snippet (README in the tarball, examples/) names this version and carries the
 * integrity of dist/integrity.json; the WordPress KSES allow-list and the Drupal text-format
 * allow-list keep every attribute of custom-elements.json (else the CMS strips it on save); the
 * WordPress plugin is valid PHP where `php` is installed.
 * Returns `[what, ok, detail]` rows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNIPPET } from '../../scripts/write-snippets.mjs';

/** Tag → the attributes a page author may write (not `state`, which the element sets). */
function manifestAttributes(manifest) {
  const tags = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      tags[declaration.tagName] = (declaration.attributes ?? []).map((attribute) => attribute.name).filter((name) => name !== 'state');
    }
  }
  return tags;
}

export function checkExamples({ root, installed }) {
  const rows = [];
  const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const integrity = JSON.parse(readFileSync(join(installed, 'dist/integrity.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));

  const entries = ['campus-widgets.js', 'campus-widgets.iife.js', 'event-banner.js', 'callback-form.js', 'article-card.js'];
  rows.push(['dist/integrity.json has the SRI hash of every CDN entry and chunk', entries.every((file) => integrity[file]?.startsWith('sha384-'))
    && Object.keys(integrity).filter((file) => file.startsWith('chunks/')).length > 0, Object.keys(integrity).join(', ')]);

  const snippetSources = {
    'README.md (in the tarball)': readFileSync(join(installed, 'README.md'), 'utf8'),
    'examples/html/index.html': readFileSync(join(root, 'examples/html/index.html'), 'utf8'),
    'examples/wordpress/campus-widgets.php': readFileSync(join(root, 'examples/wordpress/campus-widgets.php'), 'utf8'),
    'examples/drupal/campus_widgets.libraries.yml': readFileSync(join(root, 'examples/drupal/campus_widgets.libraries.yml'), 'utf8'),
  };
  for (const [source, text] of Object.entries(snippetSources)) {
    const snippets = [...text.matchAll(SNIPPET)];
    const wrong = snippets.filter(([, v, file, , hash]) => v !== version || !(file in integrity) || (hash && hash !== integrity[file]));
    const hashed = snippets.filter(([, , , , hash]) => hash);
    rows.push([`${source}: CDN snippets pinned to ${version} with the integrity of dist/integrity.json`, hashed.length > 0 && !wrong.length,
      wrong.map(([whole]) => whole.slice(0, 90)).join('; ')]);
  }
  rows.push(['README.md: the CDN snippet carries crossorigin', /integrity="sha384-[^"]+"\s+crossorigin="anonymous"/.test(snippetSources['README.md (in the tarball)'])]);
  rows.push(['README.md is self-contained (no DESIGN.md, no ../shared)', !/DESIGN\.md|\.\.\/shared/.test(snippetSources['README.md (in the tarball)'])]);

  const attributes = manifestAttributes(manifest);
  rows.push(['custom-elements.json lists the three tags', ['event-banner', 'callback-form', 'article-card'].every((tag) => attributes[tag]?.length)]);
  const php = snippetSources['examples/wordpress/campus-widgets.php'];
  const drupal = readFileSync(join(root, 'examples/drupal/allowed-html.txt'), 'utf8');
  for (const [tag, names] of Object.entries(attributes)) {
    const kses = new RegExp(`'${tag}'\\s*=>\\s*\\$common \\+ array\\(([^)]*)\\)`).exec(php)?.[1] ?? '';
    const allowedWp = new Set(['endpoint', 'timeout', ...[...kses.matchAll(/'([a-z-]+)' => true/g)].map((m) => m[1])]);
    const missingWp = names.filter((name) => !allowedWp.has(name));
    rows.push([`WordPress KSES allow-list keeps <${tag}> and its attributes`, kses !== '' && !missingWp.length, missingWp.join(', ')]);
    const allowedDrupal = new Set(new RegExp(`<${tag} ([^>]*)>`).exec(drupal)?.[1].split(/\s+/) ?? []);
    const missingDrupal = names.filter((name) => !allowedDrupal.has(name));
    rows.push([`Drupal allowed-HTML keeps <${tag}> and its attributes`, allowedDrupal.size > 0 && !missingDrupal.length, missingDrupal.join(', ')]);
  }
  rows.push(['WordPress plugin enqueues a script module and adds the shortcode', /wp_enqueue_script_module\(/.test(php) && /add_shortcode\(/.test(php) && /wp_kses_allowed_html/.test(php)]);
  let hasPhp = true;
  try {
    execFileSync('php', ['--version'], { stdio: 'ignore' });
  } catch {
    hasPhp = false;
  }
  if (hasPhp) {
    try {
      execFileSync('php', ['-l', join(root, 'examples/wordpress/campus-widgets.php')], { stdio: 'pipe' });
      rows.push(['WordPress plugin: php -l', true]);
    } catch (error) {
      rows.push(['WordPress plugin: php -l', false, String(error.stdout)]);
    }
  }
  return rows;
}
