import type { Plugin } from 'vite';
import { handleDemoApi } from './demo-api.js';

/** Mounts the demo API on vite's dev server (`npm start`). */
export function demoApi(): Plugin {
  return {
    name: 'campus-demo-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.writeHead(302, { Location: '/demo/' });
          res.end();
          return;
        }
        handleDemoApi(req, res).then(
          (handled) => handled || next(),
          (error: unknown) => next(error),
        );
      });
    },
  };
}
