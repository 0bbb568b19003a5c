/**
 * The size budget (DESIGN.md, size policy): gzip bytes of what a page downloads before its
 * elements render — each script-tag entry and every chunk it imports statically — and, apart,
 * each chunk loaded with `import()` on first use (a dialog, a calendar export, replaying the
 * outbox…), with a ceiling of its own. Exact bytes are stable for a given source, so these are
 * ceilings against bloat, not timings. Lower a budget when the code allows; never raise one.
 */
import { init, parse } from 'es-module-lexer';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = {
  'campus-widgets.js': 22250,
  'campus-widgets.iife.js': 22400,
  // Back under every ceiling it ever had (0.2.0 had raised it from 17,800 to 18,400 for a while).
  'event-banner.js': 17400,
  'callback-form.js': 11950,
  'article-card.js': 15650,
};
/** Each chunk loaded with `import()`, beyond what its entry already loaded. */
const LAZY_BUDGET = 8300;
/** The classic-script entry is a loader: what it loads is what the page gets (src/classic-loader.ts). */
const LOADS = { 'campus-widgets.iife.js': 'campus-widgets.js' };

const resolveFrom = (file, specifier) => normalize(join(dirname(file), specifier));
const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

await init;
/**
 * What `file` imports, read by a real ES module lexer (minified code fools regular expressions):
 * `{ specifier, dynamic }` for each import or re-export with a string specifier.
 */
function importsOf(file) {
  const [imports] = parse(readFileSync(join('dist', file), 'utf8'), file);
  return imports.filter(({ n, d }) => n !== undefined && d !== -2).map(({ n, d }) => ({ specifier: n, dynamic: d > -1 }));
}

/**
 * A CDN file is fetched by the browser as is: an import the browser cannot resolve (`lit`,
 * `zod/mini`, a URL to some other host) breaks the page, and the bytes behind it are counted
 * nowhere. Every import of a file measured here must be relative.
 */
const bare = new Set();
const relativeImports = (file, dynamic) =>
  importsOf(file)
    .filter((found) => {
      if (!isRelative(found.specifier)) bare.add(`${file} imports "${found.specifier}"`);
      return found.dynamic === dynamic && isRelative(found.specifier);
    })
    .map(({ specifier }) => resolveFrom(file, specifier));

/** The file and every file it imports statically, transitively, once each (paths relative to dist/). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of relativeImports(file, false)) staticClosure(imported, seen);
  return seen;
}

/** The chunks that `files` load with `import()`, and those that these load in turn. */
function lazyChunks(files, found = new Set()) {
  for (const file of files) {
    for (const chunk of relativeImports(file, true)) {
      if (!found.has(chunk)) {
        found.add(chunk);
        lazyChunks(staticClosure(chunk), found);
      }
    }
  }
  return found;
}

const gzipBytes = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
const sum = (files) => [...files].reduce((total, file) => total + gzipBytes(file), 0);

let failed = false;
const row = (name, bytes, files, budget) => {
  const over = bytes > budget;
  failed ||= over;
  console.log(`${name.padEnd(34)}${String(bytes).padStart(10)}${String(files).padStart(8)}${String(budget).padStart(9)}${over ? '  OVER BUDGET' : ''}`);
};

console.log('entry (+ static imports)            gzip bytes   files   budget');
const lazy = new Map();
for (const [entry, budget] of Object.entries(BUDGETS)) {
  const files = staticClosure(entry);
  if (LOADS[entry]) staticClosure(LOADS[entry], files);
  row(entry, sum(files), files.size, budget);
  for (const chunk of lazyChunks(files)) {
    // Counted once per chunk: what it adds to an entry that loaded it.
    const added = [...staticClosure(chunk)].filter((file) => !files.has(file));
    lazy.set(chunk, Math.max(lazy.get(chunk)?.bytes ?? 0, sum(added)) && { bytes: Math.max(lazy.get(chunk)?.bytes ?? 0, sum(added)), files: added.length });
  }
}
if (lazy.size) console.log('\nloaded on first use (import())');
for (const [chunk, { bytes, files }] of lazy) row(`  ${chunk}`, bytes, files, LAZY_BUDGET);
if (bare.size) {
  console.error(`\nImports a browser cannot resolve from the CDN files (bundle them, or make them relative):\n  ${[...bare].join('\n  ')}`);
  process.exit(1);
}
if (failed) {
  console.error('Size budget exceeded: make the code leaner, or load a rare path with import(), rather than raising the budget.');
  process.exit(1);
}
