/**
 * The size budget: gzip bytes of each script-tag entry plus every chunk it imports, read from
 * vite's build manifest. Exact bytes are stable for a given source, so this is a ceiling against
 * bloat, not a timing. Lower a budget when the code allows; never raise one.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = {
  'campus-widgets.js': 24000,
  'event-banner.js': 18000,
  'callback-form.js': 18000,
  'article-card.js': 18000,
};

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, ...chunk }]));

/** The file and every chunk it statically imports, once each. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const key of byFile.get(file)?.imports ?? []) closure(manifest[key].file, seen);
  return seen;
}

const gzipBytes = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

let failed = false;
console.log('entry                 gzip bytes (entry + chunks)   budget');
for (const [entry, budget] of Object.entries(BUDGETS)) {
  const files = [...closure(entry)];
  const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
  const over = total > budget;
  failed ||= over;
  console.log(`${entry.padEnd(22)}${String(total).padStart(10)}  (${files.length} files)${' '.repeat(12)}${budget}${over ? '  OVER BUDGET' : ''}`);
}
const iife = gzipBytes('campus-widgets.iife.js');
console.log(`${'campus-widgets.iife.js'.padEnd(22)}${String(iife).padStart(10)}  (classic script)${' '.repeat(6)}${BUDGETS['campus-widgets.js']}${iife > BUDGETS['campus-widgets.js'] ? '  OVER BUDGET' : ''}`);
failed ||= iife > BUDGETS['campus-widgets.js'];
if (failed) {
  console.error('Size budget exceeded: make the code leaner rather than raising the budget.');
  process.exit(1);
}
