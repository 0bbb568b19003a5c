import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig, type UserConfig } from 'vite';
import { demoApi } from './demo/api/vite-plugin.ts';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/**
 * Shared library build settings: minified (vite 8 keeps whitespace otherwise), with the CSS and
 * HTML inside lit's template literals minified too (the JS minifier leaves strings as written),
 * no public dir.
 */
const common: UserConfig = {
  plugins: [minifyTemplateLiterals({ include: 'src/**/*.ts', failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } })],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: true,
    target: 'es2022',
  },
};

/**
 * `npm run build` runs four builds:
 * - `cdn`: one script-tag ES module per element, bundled with lit and zod in shared chunks, so a
 *   page that loads two of them loads lit once;
 * - `bundle`: `campus-widgets.js`, all three elements in one self-contained file (one file
 *   compresses better than an entry and its chunks: ~2 KB less gzip);
 * - `iife`: the same as one classic script;
 * - `lib`: `index.js` and `define.js` for bundler users, with lit and zod left as imports.
 */
const builds: Record<string, UserConfig> = {
  cdn: {
    build: {
      manifest: true,
      lib: {
        entry: {
          'event-banner': src('event-banner/define.ts'),
          'callback-form': src('callback-form/define.ts'),
          'article-card': src('article-card/define.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // One shared chunk for what two elements or more use (lit, zod, src/internal): each
          // extra file costs its own gzip header and dictionary. Code only one element uses stays
          // in that element's file.
          codeSplitting: {
            groups: [
              // Loading remote data and dates are for the banner and the card: the form does not carry them.
              { name: 'campus-data', test: /[\\/]src[\\/]internal[\\/](remote-data|load-json|dates)\.ts$/, minShareCount: 2, priority: 2 },
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
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  },
  iife: {
    build: {
      lib: {
        entry: src('define.ts'),
        name: 'CampusWidgets',
        formats: ['iife'],
        fileName: () => 'campus-widgets.iife.js',
      },
      rolldownOptions: { output: { minify: true } },
    },
  },
  lib: {
    build: {
      lib: {
        entry: { index: src('index.ts'), define: src('define.ts') },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
        output: {
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
  return { ...common, ...build, plugins: [...common.plugins!, ...(build.plugins ?? [])], build: { ...common.build, ...build.build } };
});
