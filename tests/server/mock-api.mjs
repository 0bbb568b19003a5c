/**
 * A scriptable HTTP API for the browser tests: a real server (wtr's), not a stubbed `fetch`.
 *
 * Each test takes a namespace `/__mock/<uuid>/` so tests running side by side never share state.
 *   POST /__mock/<ns>/__script   { path, responses: [{ status?, body?, raw?, headers?, delay?, drop? }] }
 *        queues responses for GET/POST <ns><path>; the last one repeats once the queue runs out.
 *   GET  /__mock/<ns>/__requests every request received under <ns>: { method, path, query, headers, body, aborted }
 *   any other /__mock/<ns>/<path> is recorded and answered from its queue (404 when unscripted).
 *   GET  /__mock/__other-origin  { port } of a second server that forwards to this one with CORS
 *        headers allowing credentials: the same API from another origin of the same site (cookies
 *        ignore the port), to see what a browser sends cross-origin.
 * `delay` holds the answer (ms, cut short if the client goes away); `drop` destroys the socket
 * (a dropped connection); `raw` sends a string body as is (non-JSON bodies).
 *
 * `aborted` turns true when the client goes away before the whole answer is written (a fetch
 * aborted in the browser closes its connection): what lets a test see an abort from outside, the
 * way a server does. A `drop` is the server's doing and is not counted.
 */
import { createServer, request as forward } from 'node:http';

const namespaces = new Map();

function namespace(id) {
  let ns = namespaces.get(id);
  if (!ns) {
    ns = { scripts: new Map(), requests: [] };
    namespaces.set(id, ns);
  }
  return ns;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Waits `ms`, or less if the client leaves first. */
function wait(ms, res) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}

/** The port of the other-origin server, started on first use; forwards to `target` ("host:port"). */
let otherOrigin;
function otherOriginPort(target) {
  otherOrigin ??= new Promise((resolve) => {
    const [hostname, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
    const server = createServer((req, res) => {
      const cors = {
        'access-control-allow-origin': req.headers.origin ?? '*',
        'access-control-allow-credentials': 'true',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        vary: 'Origin',
      };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      const upstream = forward({ hostname, port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode, { ...answer.headers, ...cors });
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    server.unref(); // never what keeps the test run alive
    server.listen(0, () => resolve(server.address().port));
  });
  return otherOrigin;
}

export function mockApi() {
  return async function mockApiMiddleware(ctx, next) {
    if (ctx.path === '/__mock/__other-origin') {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { port: await otherOriginPort(ctx.host) };
      return;
    }
    const match = /^\/__mock\/([\w-]+)(\/.*)$/.exec(ctx.path);
    if (!match) return next();
    const [, id, path] = match;
    const ns = namespace(id);

    if (path === '/__script' && ctx.method === 'POST') {
      const { path: target, responses } = JSON.parse(await readBody(ctx.req));
      ns.scripts.set(target, [...responses]);
      ctx.status = 204;
      return;
    }
    if (path === '/__requests') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(ns.requests);
      return;
    }

    const record = { method: ctx.method, path, query: ctx.querystring, headers: ctx.headers, body: '', aborted: false };
    // Listened to before anything is awaited: a client may leave while its body is still coming.
    let dropping = false;
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished && !dropping) record.aborted = true;
    });
    record.body = await readBody(ctx.req);
    ns.requests.push(record);
    const queue = ns.scripts.get(path);
    const response = queue ? (queue.length > 1 ? queue.shift() : queue[0]) : { status: 404, body: { message: 'unscripted' } };

    if (response.delay) await wait(response.delay, ctx.res);
    if (response.drop || record.aborted) {
      dropping = !record.aborted;
      ctx.req.socket.destroy();
      ctx.status = 204; // koa would log its default 404 for a response it never writes
      ctx.respond = false;
      return;
    }
    ctx.status = response.status ?? 200;
    ctx.set('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(response.headers ?? {})) ctx.set(name, value);
    if (response.raw !== undefined) {
      ctx.type = response.headers?.['Content-Type'] ?? 'application/json';
      ctx.body = response.raw;
    } else if (response.body !== undefined) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(response.body);
    } else {
      ctx.body = '';
    }
  };
}
