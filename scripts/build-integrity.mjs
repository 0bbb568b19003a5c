/**
 * Part of `npm run build`: dist/integrity.json, the Subresource Integrity hash (sha384) of every
 * file a page loads from a CDN: the script-tag entries, the chunks they import (static and lazy)
 * and the stylesheet. The README's snippet copies its `integrity` from here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const entries = ['campus-widgets.js', 'campus-widgets.iife.js', 'event-banner.js', 'callback-form.js', 'article-card.js', 'campus-widgets.css'];
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((file) => file.endsWith('.js')).map((file) => `chunks/${file}`) : [];

const integrity = {};
for (const file of [...entries.filter((file) => existsSync(`dist/${file}`)), ...chunks.sort()]) {
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
}
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`dist/integrity.json: ${Object.keys(integrity).length} files.`);
