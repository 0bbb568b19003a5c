/**
 * `npm run test:manifest`: custom-elements.json is the API reference that editors, the demo and
 * users read, so it must be current, say what the README says, hold nothing internal, and ship.
 *
 * 1. Current: generated from src/ as `npm run analyze` does — the analyzer (0.11) now and then
 *    leaves a module out, so it runs a few times and the fullest output is the one compared. A
 *    committed manifest missing a module differs from the fullest run and fails.
 * 2. The README: per element, the attributes (its table, plus the common ones), events, parts,
 *    named slots and CSS custom properties match the manifest, both ways.
 * 3. Nothing internal: no attribute backed by a private or protected field, no public member
 *    named `_x` or `#x`, no member public in the manifest but `private`/`protected` in the source.
 * 4. It ships: package.json's `customElements` names it, and `npm pack` includes that file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = 'custom-elements.json';
// The analyzer takes --outdir relative to the working directory.
const OUTDIR = '.tmp/cem-check';
const RUNS = 3;

const problems = [];
const fail = (message) => problems.push(message);

// 1. Current.
function analyze() {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', OUTDIR], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readFileSync(join(OUTDIR, 'custom-elements.json'), 'utf8').trim();
}

let fullest = '';
try {
  for (let run = 0; run < RUNS; run++) {
    const manifest = analyze();
    if (manifest.length > fullest.length) fullest = manifest;
  }
} finally {
  rmSync(OUTDIR, { recursive: true, force: true });
}
const committed = existsSync(MANIFEST) ? readFileSync(MANIFEST, 'utf8').trim() : '';
if (committed !== fullest) fail(`${MANIFEST} is missing or out of date with src/: run \`npm run analyze\` and commit it.`);

// What follows reads the generated manifest: the source's API, even when the committed file lags.
const manifest = JSON.parse(fullest);

// 2. The README.
const readme = readFileSync('README.md', 'utf8');

/** The text of the `## heading` section whose heading starts with `title`, up to the next `## `. */
function section(title) {
  const start = readme.indexOf(`\n## ${title}`);
  if (start < 0) return undefined;
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const codeSpans = (text) => [...text.matchAll(/`([^`\n]+)`/g)].map(([, code]) => code);

/** The code spans of the `- **Label:**` bullet (up to the next bullet or blank line). */
function bullet(text, label) {
  const match = new RegExp(`\\n- \\*\\*${label}:\\*\\*([\\s\\S]*?)(?=\\n- |\\n\\n|$)`).exec(text);
  return match ? codeSpans(match[1]) : [];
}

/** The names in the first column of the `| attribute | meaning |` table. */
function tableAttributes(text) {
  const rows = text.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => codeSpans(row.split('|')[1]));
}

const common = section('Common behaviour') ?? '';
// "Host `state` attribute": attributes every element has, written in prose.
const commonAttributes = [...common.matchAll(/Host `([a-z-]+)` attribute/g)].map(([, name]) => name);
const commonCssProperties = codeSpans(common).filter((code) => code.startsWith('--'));
const isName = (code) => /^[a-z][a-z0-9-]*$/.test(code);

function compare(tag, what, documented, declared) {
  const doc = new Set(documented);
  const api = new Set(declared);
  const missing = [...api].filter((name) => !doc.has(name));
  const extra = [...doc].filter((name) => !api.has(name));
  if (missing.length) fail(`<${tag}> ${what} in the manifest but not in the README: ${missing.join(', ')}`);
  if (extra.length) fail(`<${tag}> ${what} in the README but not in the manifest: ${extra.join(', ')}`);
}

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({ module, declaration })),
);
if (!elements.length) fail('the manifest declares no custom element');

const commonCssDeclared = new Set();
for (const { module, declaration: element } of elements) {
  const tag = element.tagName;
  const text = section(`\`<${tag}>\``);
  if (!text) {
    fail(`<${tag}> has no "## \`<${tag}>\`" section in the README`);
    continue;
  }
  compare(tag, 'attributes', [...tableAttributes(text), ...commonAttributes], (element.attributes ?? []).map((a) => a.name));
  compare(tag, 'events', bullet(text, 'Events').filter((code) => code.startsWith('campus-')), (element.events ?? []).map((e) => e.name));
  compare(tag, 'parts', bullet(text, 'Parts').filter(isName), (element.cssParts ?? []).map((p) => p.name));
  // The default slot is every element's fallback or content (the common section): named slots are compared.
  compare(tag, 'named slots', bullet(text, 'Slots').filter(isName), (element.slots ?? []).map((s) => s.name).filter(Boolean));
  const ownCss = codeSpans(text).filter((code) => code.startsWith('--'));
  const declaredCss = (element.cssProperties ?? []).map((p) => p.name);
  compare(tag, 'CSS properties', [...ownCss, ...commonCssProperties.filter((name) => declaredCss.includes(name))], declaredCss);
  for (const name of declaredCss) commonCssDeclared.add(name);

  // 3. Nothing internal.
  const members = new Map((element.members ?? []).map((member) => [member.name, member]));
  for (const attribute of element.attributes ?? []) {
    const field = members.get(attribute.fieldName ?? '');
    if (field && field.privacy && field.privacy !== 'public') {
      fail(`<${tag}> attribute "${attribute.name}" is the ${field.privacy} field ${field.name}: give it \`attribute: false\` or make it public API`);
    }
  }
  for (const member of element.members ?? []) {
    const isPublic = !member.privacy || member.privacy === 'public';
    if (!isPublic) continue;
    if (/^[_#]/.test(member.name)) fail(`<${tag}> lists the internal member ${member.name} as public`);
    const source = member.inheritedFrom?.module ?? module.path;
    const code = existsSync(source) ? readFileSync(source, 'utf8') : '';
    const hidden = new RegExp(`\\b(private|protected)\\s+(?:(?:static|readonly|override|declare|abstract|async)\\s+)*(?:get\\s+|set\\s+)?${member.name}\\b`).exec(code);
    if (hidden) fail(`<${tag}> lists ${member.name} as public; ${source} declares it ${hidden[1]}`);
  }
}
const undeclared = commonCssProperties.filter((name) => !commonCssDeclared.has(name));
if (undeclared.length) fail(`CSS properties in the README's common section that no element declares: ${undeclared.join(', ')}`);

// 4. It ships.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.customElements?.replace(/^\.\//, '') !== MANIFEST) {
  fail(`package.json "customElements" is ${JSON.stringify(pkg.customElements)}, not "${MANIFEST}"`);
} else {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  if (!files.some((file) => file.path === MANIFEST)) fail(`npm pack leaves out ${MANIFEST}`);
}

if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(`${MANIFEST} is current, matches the README for ${elements.length} elements, lists no internals and ships.`);
