/**
 * A scriptable HTTP API for the browser tests: a real server (wtr's), not a stubbed `fetch`.
 *
 * Each test takes a namespace `/__mock/<uuid>/` so tests running side by side never share state.
 *   POST /__mock/<ns>/__script   { path, responses: [{ status?, body?, raw?, headers?, delay?, drop? }] }
 *        queues responses for GET/POST <ns><path>; the last one repeats once the queue runs out.
 *   GET  /__mock/<ns>/__requests every request received under <ns>: { method, path, query, headers, body }
 *   any other /__mock/<ns>/<path> is recorded and answered from its queue (404 when unscripted).
 * `delay` holds the answer (ms, cut short if the client goes away); `drop` destroys the socket
 * (a dropped connection); `raw` sends a string body as is (non-JSON bodies). A response with
 * `bodyIncludes` answers, every time, the requests whose body contains that text (a server that
 * fails on one particular body); the others take the queue of responses without it.
 */
const namespaces = new Map();

function namespace(id) {
  let ns = namespaces.get(id);
  if (!ns) {
    ns = { scripts: new Map(), byBody: new Map(), requests: [] };
    namespaces.set(id, ns);
  }
  return ns;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function wait(ms, req) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    req.socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function mockApi() {
  return async function mockApiMiddleware(ctx, next) {
    const match = /^\/__mock\/([\w-]+)(\/.*)$/.exec(ctx.path);
    if (!match) return next();
    const [, id, path] = match;
    const ns = namespace(id);

    if (path === '/__script' && ctx.method === 'POST') {
      const { path: target, responses } = JSON.parse(await readBody(ctx.req));
      ns.scripts.set(target, responses.filter((response) => !response.bodyIncludes));
      ns.byBody.set(target, responses.filter((response) => response.bodyIncludes));
      ctx.status = 204;
      return;
    }
    if (path === '/__requests') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(ns.requests);
      return;
    }

    const body = await readBody(ctx.req);
    ns.requests.push({ method: ctx.method, path, query: ctx.querystring, headers: ctx.headers, body });
    const special = ns.byBody.get(path)?.find((candidate) => body.includes(candidate.bodyIncludes));
    const queue = ns.scripts.get(path);
    const response = special ?? (queue?.length ? (queue.length > 1 ? queue.shift() : queue[0]) : { status: 404, body: { message: 'unscripted' } });

    if (response.delay) await wait(response.delay, ctx.req);
    if (response.drop || ctx.req.socket.destroyed) {
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
