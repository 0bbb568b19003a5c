/**
 * Fails when custom-elements.json is not what `npm run analyze` makes from the current source:
 * the manifest is the API reference users and the demo read, so it must never lag behind.
 *
 * The analyzer (0.11) now and then leaves a module out of its output (about one run in ten
 * here). A stale manifest differs on every run, so a few tries tell the two apart.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer takes --outdir relative to the working directory.
const outdir = '.tmp/cem-check';
const TRIES = 4;

function analyze() {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readFileSync(join(outdir, 'custom-elements.json'), 'utf8').trim();
}

let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8').trim();
} catch {
  // missing: reported below
}
let current = false;
try {
  for (let attempt = 1; attempt <= TRIES && !current; attempt++) current = analyze() === committed;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
if (current) {
  console.log('custom-elements.json is current.');
} else {
  console.error('custom-elements.json is out of date with src/: run `npm run analyze` and commit it.');
  process.exit(1);
}
