import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { demoApi } from './demo/api/vite-plugin.ts';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/**
 * terser, two passes, over each finished chunk after rolldown's own minifier: ~1.5 % less gzip
 * (~360 bytes on campus-widgets.js) that every visitor downloads. vite's `minify: 'terser'`
 * keeps the `@__PURE__` comments in library mode; this does not, and keeps the source maps true.
 *
 * With `compileHint`, an entry starts with V8's explicit compile hint: Chrome then compiles all
 * its functions while the file streams in, on a background thread, rather than each one on the
 * main thread at its first call. Nearly everything in `campus-widgets.js` runs when a page with
 * the elements loads (rare paths are lazy chunks), so this takes most compiling off the main
 * thread (~80 ms at 4× CPU on the school page; README, "Size and speed"). Other engines read a comment.
 */
function terserPass(keepAnnotations: boolean, compileHint = false): Plugin {
  return {
    name: 'campus-terser-pass',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 2 },
          // The bundler build keeps `/* @__PURE__ */`: the user's bundler shakes with it.
          format: { comments: false, preserve_annotations: keepAnnotations, preamble: compileHint && chunk.isEntry ? '//# allFunctionsCalledOnLoad' : undefined },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map) } : false,
        });
        chunk.code = result.code!;
        if (chunk.map && typeof result.map === 'string') {
          Object.assign(chunk.map, JSON.parse(result.map));
          // rolldown has already put the `.map` file in the bundle by now, from the map before
          // this pass: it must be replaced too, or every position maps to the wrong place.
          const mapFile = bundle[`${chunk.fileName}.map`];
          if (mapFile?.type === 'asset') mapFile.source = JSON.stringify({ ...chunk.map, file: chunk.fileName });
        }
      }
    },
  };
}

/** The modules an entry imports statically, transitively: known at the end of the module graph's build. */
const staticGraph = Object.assign(new Set<string>(), {
  name: 'campus-static-graph',
  buildEnd(this: { getModuleIds(): IterableIterator<string>; getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null }) {
    const visit = (id: string): void => {
      if (staticGraph.has(id)) return;
      staticGraph.add(id);
      this.getModuleInfo(id)?.importedIds.forEach(visit);
    };
    for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
  },
});

/**
 * The source files that register tags have side effects. package.json `sideEffects` says so for
 * the published dist/ files only, and the build reads it for src/ too: without this, it would
 * drop the define modules.
 */
function defineModulesHaveSideEffects(): Plugin {
  return {
    name: 'campus-define-side-effects',
    apply: 'build',
    transform(code, id) {
      return /[\\/]src[\\/](.+[\\/])?(define|classic-loader)\.ts$/.test(id) ? { code, moduleSideEffects: true } : undefined;
    },
  };
}

/**
 * Shared library build settings: minified (vite 8 keeps whitespace otherwise), with the CSS and
 * HTML inside lit's template literals minified too (the JS minifier leaves strings as written),
 * no public dir.
 */
const common = (mode: string): UserConfig => ({
  plugins: [
    minifyTemplateLiterals({ include: 'src/**/*.ts', failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
    terserPass(mode === 'lib', mode === 'bundle'),
    defineModulesHaveSideEffects(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    // Maps for our own debugging and size-breakdown, not published (they were 1.6 MB of a 2.1 MB
    // package): no `sourceMappingURL` comment points at a file the package does not hold.
    sourcemap: 'hidden',
    target: 'es2022',
  },
});

/**
 * `npm run build` runs four builds:
 * - `cdn`: one script-tag ES module per element, bundled with lit and zod in shared chunks, so a
 *   page that loads two of them loads lit once;
 * - `bundle`: `campus-widgets.js`, all three elements in one file (one file compresses better
 *   than an entry and its chunks: ~2 KB less gzip), plus the chunks loaded with `import()`;
 * - `iife`: a classic script that loads `campus-widgets.js` (src/classic-loader.ts);
 * - `lib`: for bundler users, with lit and zod left as imports (one copy of each in the user's
 *   bundle, whichever subpaths it imports): `index.js` (the classes, no side effect), `define.js`
 *   (registers the three tags) and `<element>/define.js` (registers one tag, exports its class).
 */
const builds: Record<string, UserConfig> = {
  cdn: {
    build: {
      lib: {
        entry: {
          'event-banner': src('event-banner/define.ts'),
          'callback-form': src('callback-form/define.ts'),
          'article-card': src('article-card/define.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        plugins: [staticGraph],
        // The entries export nothing; what their lazy chunks need from them they may export.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // One shared chunk for what two elements or more use (lit, zod, src/internal): each
          // extra file costs its own gzip header and dictionary. Code only one element uses stays
          // in that element's file.
          codeSplitting: {
            groups: [
              // What the form's entry imports statically stays in callback-form.js, even when its
              // lazy submit pipeline imports it too (else rolldown moves it to a third file).
              { name: 'callback-form', test: (id: string) => /[\\/]src[\\/]callback-form[\\/]/.test(id) && staticGraph.has(id), priority: 3, includeDependenciesRecursively: false },
              // Loading remote data, dates and zod are for the banner and the card; the form needs zod
              // only in its lazily loaded submit pipeline, so its entry carries none of them
              // (callback-form.js: 11.9 KB instead of 16.8 KB gzip).
              { name: 'campus-data', test: /[\\/]src[\\/]internal[\\/](remote-data|load-json|dates|plain-text|zod)\.ts$|[\\/]node_modules[\\/]zod[\\/]/, minShareCount: 2, priority: 2 },
              { name: 'campus-core', test: /node_modules|[\\/]src[\\/]internal[\\/]/, minShareCount: 2, priority: 1 },
            ],
          },
        },
      },
    },
  },
  bundle: {
    // dist/campus-widgets.css, the opt-in stylesheet that reserves each element's box, as written.
    plugins: [{ name: 'campus-widgets-css', generateBundle() { this.emitFile({ type: 'asset', fileName: 'campus-widgets.css', source: readFileSync(src('campus-widgets.css')) }); } }],
    build: {
      lib: { entry: src('define.ts'), formats: ['es'], fileName: () => 'campus-widgets.js' },
      // Everything a page needs before the elements render is in this one file; code for rare
      // paths that the source loads with `import()` becomes chunks of its own, fetched on first use.
      rolldownOptions: {
        plugins: [staticGraph],
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // What the entry imports statically stays in it, even when a lazy chunk imports it too
          // (rolldown would otherwise move it to a third, shared file: a request and ~200 bytes).
          codeSplitting: { groups: [{ name: 'campus-widgets', test: (id: string) => staticGraph.has(id) }] },
        },
      },
    },
  },
  iife: {
    build: {
      lib: { entry: src('classic-loader.ts'), formats: ['iife'], name: 'campusWidgetsLoader', fileName: () => 'campus-widgets.iife.js' },
      rolldownOptions: { output: { minify: true } },
    },
  },
  lib: {
    build: {
      lib: {
        entry: {
          index: src('index.ts'),
          define: src('define.ts'),
          'event-banner/define': src('event-banner/define.ts'),
          'callback-form/define': src('callback-form/define.ts'),
          'article-card/define': src('article-card/define.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'lib/[name]-[hash].js',
          // The classes in one shared chunk; the define files stay in define.js, so index.js is
          // free of side effects.
          codeSplitting: { groups: [{ name: 'campus-widgets', test: /[\\/]src[\\/](?!(.+[\\/])?define\.ts$)/ }] },
        },
      },
    },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the designers' page at /demo/ (the root redirects there), the demo API at /api/.
    return {
      publicDir: false,
      server: { port: 5173, open: process.env.CI ? false : '/demo/' },
      plugins: [demoApi()],
    };
  }
  const build = builds[mode];
  if (!build) throw new Error(`vite build --mode <${Object.keys(builds).join('|')}>, not "${mode}"`);
  const shared = common(mode);
  return { ...shared, ...build, plugins: [...(shared.plugins ?? []), ...(build.plugins ?? [])], build: { ...shared.build, ...build.build } };
});
