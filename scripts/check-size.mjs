/**
 * The size budget: gzip bytes of each script-tag entry plus every chunk it imports (static or
 * dynamic: a lazily loaded chunk is still shipped). Exact bytes are stable for a given source, so
 * this is a ceiling against bloat, not a timing. Lower a budget when the code allows; never raise one.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = {
  'campus-widgets.js': 24000,
  'campus-widgets.iife.js': 24000,
  'event-banner.js': 17800,
  'callback-form.js': 17800,
  'article-card.js': 17800,
};

/** The file and every file it imports, transitively, once each (paths relative to dist/). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join('dist', file), 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    closure(normalize(join(dirname(file), specifier)), seen);
  }
  return seen;
}

const gzipBytes = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;

let failed = false;
console.log('entry                    gzip bytes   files   budget');
for (const [entry, budget] of Object.entries(BUDGETS)) {
  const files = [...closure(entry)];
  const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
  const over = total > budget;
  failed ||= over;
  console.log(`${entry.padEnd(25)}${String(total).padStart(10)}${String(files.length).padStart(8)}${String(budget).padStart(9)}${over ? '  OVER BUDGET' : ''}`);
}
if (failed) {
  console.error('Size budget exceeded: make the code leaner rather than raising the budget.');
  process.exit(1);
}
