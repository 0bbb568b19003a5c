/**
 * `npm run analyze`: writes custom-elements.json from src/. The analyzer (0.11) now and then
 * leaves a module out of its output, so it runs three times and the fullest manifest is kept.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const outdir = '.tmp/cem-analyze';
let fullest = '';
try {
  for (let run = 0; run < 3; run++) {
    execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const manifest = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
    if (manifest.length > fullest.length) fullest = manifest;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
writeFileSync('custom-elements.json', fullest);
console.log('custom-elements.json written.');
