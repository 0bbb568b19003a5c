/**
 * `npm run test:package`: the package as its users meet it. Packs it (`npm pack` of the dist/
 * that `npm test` has just built, with the CDN snippets written as `prepack` does), installs the tarball into a scratch project
 * and proves, from there:
 * - the tarball holds dist/, the manifest, README, LICENSE, CHANGELOG and no junk;
 * - esbuild, Vite and webpack bundles of `campus-widgets/define` are within 10 % of the CDN file's
 *   gzip size and hold one lit;
 * - tsc type-checks the React 19 example and vue-tsc the Vue one (tags, typed attributes,
 *   a typed `campus-*` listener) — and a wrong attribute type fails;
 * - @arethetypeswrong/cli and publint find nothing;
 * - @lit-labs/ssr renders the three elements, and in headless Chromium they take over that markup;
 * - the embedding examples (plain HTML, WordPress, Drupal) match the build and the manifest.
 * The tools are this project's devDependencies; the scratch project installs the tarball and the
 * same pinned versions of lit, zod, vue, @types/react and @lit-labs/ssr from npm's cache.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'campus-widgets-package-'));
const failures = [];
const started = Date.now();

let lap = Date.now();
function check(what, ok, detail = '') {
  const seconds = ((Date.now() - lap) / 1000).toFixed(1);
  lap = Date.now();
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''} (${seconds} s)`);
  if (!ok) failures.push(what);
}
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
/** Runs a checker; its output is shown only when it fails. */
function passes(what, command, args, cwd) {
  try {
    run(command, args, { cwd });
    check(what, true);
  } catch (error) {
    check(what, false, `\n${error.stdout ?? ''}${error.stderr ?? ''}`.trimEnd());
  }
}
const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;
const litCopies = (code) => (code.match(/litElementVersions/g) ?? []).length;

try {
  // --- the tarball -------------------------------------------------------------------------
  // What `prepack` does (build, then the snippets), without building twice under `npm test`,
  // which has just built dist/.
  if (!existsSync(join(root, 'dist/index.js'))) run('npm', ['run', 'build', '--silent'], { cwd: root });
  run('node', ['scripts/write-snippets.mjs'], { cwd: root });
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root }));
  const tarball = join(scratch, packed.filename);
  const files = packed.files.map((file) => file.path);
  const required = [
    'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json',
    ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))).map((path) => path.slice(2)),
    'dist/integrity.json', 'dist/web-types.json',
  ];
  const missing = [...new Set(required)].filter((file) => !files.includes(file));
  check('the tarball holds every exported file, the manifest, README, LICENSE and CHANGELOG', !missing.length, missing.join(', '));
  const junk = files.filter((file) => !/^(dist\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(file) || /\.map$|\/\.vite\//.test(file));
  check('the tarball holds no junk (sources, tests, source maps, build manifests)', !junk.length, junk.join(', '));
  check(`the tarball is small (${packed.files.length} files, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked)`, packed.unpackedSize < 600_000);
  check('`prepack` builds, so a publish from a clean clone ships dist/', /\bbuild\b/.test(pkg.scripts.prepack ?? ''));
  check('`customElements` points at a file in the tarball', files.includes(pkg.customElements.replace(/^\.\//, '')));

  // V8's compile hint must be the file's first line to count (vite.config.ts, terserPass).
  const hinted = files.filter((file) => /\.js$/.test(file) && readFileSync(join(root, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'));
  check('dist/campus-widgets.js opens with V8\'s compile hint; no other file does (chunks load on first use)', hinted.join() === 'dist/campus-widgets.js', hinted.join(', '));

  // --- the scratch project -------------------------------------------------------------------
  const devVersion = (name) => `${name}@${pkg.devDependencies[name]}`;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball,
    devVersion('@types/react'), devVersion('vue'), devVersion('@lit-labs/ssr')], { cwd: scratch });
  const installed = join(scratch, 'node_modules', 'campus-widgets');

  // --- bundles of `campus-widgets/define` -------------------------------------------------------
  const cdn = join(installed, 'dist');
  const cdnClosure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const [, spec] of readFileSync(join(cdn, file), 'utf8').matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      cdnClosure(join(dirname(file), spec), seen);
    }
    return seen;
  };
  const cdnFiles = [...cdnClosure('campus-widgets.js')];
  const cdnBytes = cdnFiles.reduce((sum, file) => sum + gzipBytes(readFileSync(join(cdn, file))), 0);
  console.log(`     CDN campus-widgets.js (with the chunks it loads): ${cdnBytes} B gzip`);
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'entry.js'), "import 'campus-widgets/define';\n");

  const bundles = {};
  const esbuildResult = await esbuild.build({
    entryPoints: [join(app, 'entry.js')], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', absWorkingDir: scratch,
  });
  bundles.esbuild = esbuildResult.outputFiles.map((file) => file.text);
  // An element subpath beside the classes: the same lib build, so still one lit.
  writeFileSync(join(app, 'mixed.js'), "import 'campus-widgets/event-banner';\nimport { ArticleCard } from 'campus-widgets';\nArticleCard.define();\n");
  const mixed = await esbuild.build({ entryPoints: [join(app, 'mixed.js')], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  check('esbuild: campus-widgets/event-banner with campus-widgets has one lit', litCopies(mixed.outputFiles[0].text) === 1);
  const viteResult = await viteBuild({
    root: app, configFile: false, logLevel: 'silent',
    build: { write: false, outDir: join(app, 'vite-out'), rolldownOptions: { input: join(app, 'entry.js') } },
  });
  bundles.vite = [viteResult].flat().flatMap((output) => output.output).filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code);
  const webpackOut = join(app, 'webpack-out');
  const stats = await new Promise((done, fail) =>
    webpack({ mode: 'production', context: app, entry: './entry.js', output: { path: webpackOut }, performance: { hints: false } }, (error, result) =>
      error ? fail(error) : done(result)),
  );
  check('webpack builds without errors', !stats.hasErrors(), stats.hasErrors() ? stats.toString('errors-only') : '');
  bundles.webpack = readdirSync(webpackOut).filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(webpackOut, file), 'utf8'));
  for (const [bundler, chunks] of Object.entries(bundles)) {
    const bytes = chunks.reduce((sum, code) => sum + gzipBytes(code), 0);
    const lits = chunks.reduce((sum, code) => sum + litCopies(code), 0);
    const ratio = bytes / cdnBytes - 1;
    check(`${bundler}: campus-widgets/define is ${bytes} B gzip (${(ratio * 100).toFixed(1)} % from the CDN file), within 10 %`, Math.abs(ratio) <= 0.1);
    check(`${bundler}: one copy of lit`, lits === 1, `${lits} copies`);
  }

  // --- types: React 19 and Vue, from the examples ---------------------------------------------
  const types = join(scratch, 'types');
  mkdirSync(types);
  cpSync(join(root, 'examples/react/App.tsx'), join(types, 'App.tsx'));
  cpSync(join(root, 'examples/vue/CampusWidgets.vue'), join(types, 'CampusWidgets.vue'));
  cpSync(join(root, 'tests/package/wrong-types.tsx'), join(types, 'wrong-types.tsx'));
  cpSync(join(root, 'tests/package/WrongTypes.vue'), join(types, 'WrongTypes.vue'));
  cpSync(join(root, 'tests/package/define-only.ts'), join(types, 'define-only.ts'));
  const compilerOptions = {
    strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'], noEmit: true, skipLibCheck: false, types: [],
  };
  writeFileSync(join(types, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['App.tsx', 'wrong-types.tsx', 'define-only.ts'] }));
  passes('tsc: the React 19 example type-checks (three tags, typed attributes and listeners); `define` alone types the tags', bin('tsc'), ['-p', 'tsconfig.json'], types);
  // The negative file: every line marked @ts-expect-error must be an error, else tsc fails above.
  writeFileSync(join(types, 'tsconfig.vue.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: 'preserve', skipLibCheck: true }, include: ['CampusWidgets.vue', 'WrongTypes.vue'] }));
  passes('vue-tsc: the Vue example type-checks (GlobalComponents, typed props and listener)', bin('vue-tsc'), ['-p', 'tsconfig.vue.json'], types);

  // --- checkers -----------------------------------------------------------------------------
  // The stylesheet subpath is CSS for bundlers' CSS handling: no types to find there.
  passes('@arethetypeswrong/cli: no problem (ESM-only profile)', bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', './campus-widgets.css'], scratch);
  passes('publint: no error, warning or suggestion', bin('publint'), ['run', installed, '--strict', '--level', 'suggestion'], scratch);

  // --- server-side rendering -------------------------------------------------------------------
  cpSync(join(root, 'tests/package/ssr.mjs'), join(scratch, 'ssr.mjs'));
  try {
    const rendered = JSON.parse(run('node', ['ssr.mjs'], { cwd: scratch }));
    for (const [tag, html] of Object.entries(rendered)) {
      check(`@lit-labs/ssr renders <${tag}> with its shadow root and placeholder or form`, html.includes('shadowrootmode="open"') && html.includes(`</${tag}>`));
    }
    const { checkServerRenderedPage } = await import('../tests/package/server-rendered-page.mjs');
    for (const [what, ok, detail] of await checkServerRenderedPage({ app, rendered })) check(what, ok, detail);
  } catch (error) {
    check('@lit-labs/ssr renders the three elements', false, `${error.stdout ?? ''}${error.stderr ?? ''}`);
  }

  // --- the embedding examples ------------------------------------------------------------------
  const { checkExamples } = await import('../tests/package/examples.mjs');
  for (const [what, ok, detail] of checkExamples({ root, installed })) check(what, ok, detail);
} finally {
  if (process.env.KEEP_SCRATCH) console.log(`scratch project kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

console.log(`${failures.length ? 'FAILED' : 'Package checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (failures.length) process.exit(1);
