import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { runnerImport } from 'vite';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';
import { mockApi } from './tests/server/mock-api.mjs';

// The demo API is TypeScript shared with the vite dev server; vite's runner loads it here too.
const { module: demo } = await runnerImport('./demo/api/demo-api.ts');

/** wtr's middleware is koa; the demo API is a plain Node handler. */
function demoApiMiddleware() {
  return async (ctx, next) => {
    if (await demo.handleDemoApi(ctx.req, ctx.res)) {
      ctx.status = ctx.res.statusCode; // koa logs its default 404 otherwise
      ctx.respond = false;
    }
    else await next();
  };
}

/** DESIGN.md's security profile, on the pages under /tests/csp/. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

function strictCspHeaders() {
  return async (ctx, next) => {
    await next();
    // The demo page too, when asked (`/demo/index.html?csp`): tests/demo checks it runs under the policy.
    if (ctx.path.startsWith('/tests/csp/') || (ctx.path.startsWith('/demo/') && 'csp' in ctx.query)) {
      ctx.set('Content-Security-Policy', STRICT_CSP);
    }
  };
}

/** The visitor's zone in every browser test. */
const BROWSER_TIME_ZONE = 'America/New_York';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // a11ySnapshot(): the browser's accessibility tree, to check what screen readers are told.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin()],
  middleware: [strictCspHeaders(), mockApi(), demoApiMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: chromeArgs,
        // West of UTC, with DST: a date test that forgets a conversion fails here, where on a
        // CI machine in UTC it would pass. tests/internal/time-zone.test.ts checks it took.
        env: { ...process.env, TZ: BROWSER_TIME_ZONE },
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames and reports `document.hidden`,
  // which stalls fixtures and pauses the banner clock by design.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
