/**
 * The browser side of tests/server/mock-api.mjs: a private namespace on the real test server,
 * scripted per test, with the requests it received read back for assertions.
 */
export interface MockResponse {
  status?: number;
  body?: unknown;
  /** Sent as is: for bodies that are not JSON. */
  raw?: string;
  headers?: Record<string, string>;
  /** Milliseconds before answering. */
  delay?: number;
  /** Destroy the socket instead of answering. */
  drop?: boolean;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
  /** The client went away before the whole answer was written (an aborted fetch). */
  aborted: boolean;
}

export class MockApi {
  readonly base = `/__mock/${crypto.randomUUID()}`;

  /** The absolute URL of `path` in this namespace. */
  url(path: string): string {
    return new URL(`${this.base}${path}`, location.href).href;
  }

  /**
   * The absolute URL of `path` in this namespace on another origin of the same site (same host,
   * another port, CORS allowed with credentials): what a page sends cross-origin.
   */
  async crossOriginUrl(path: string): Promise<string> {
    const { port } = (await (await fetch('/__mock/__other-origin')).json()) as { port: number };
    const url = new URL(this.url(path));
    url.port = String(port);
    return url.href;
  }

  /** Answers `path` with these responses in order; the last one repeats. */
  async script(path: string, ...responses: MockResponse[]): Promise<string> {
    const res = await fetch(`${this.base}/__script`, {
      method: 'POST',
      body: JSON.stringify({ path, responses }),
    });
    if (!res.ok) throw new Error(`mock script failed: ${res.status}`);
    return this.url(path);
  }

  /** Every request this namespace received, optionally only those to `path`. */
  async requests(path?: string): Promise<ReceivedRequest[]> {
    const all = (await (await fetch(`${this.base}/__requests`)).json()) as ReceivedRequest[];
    return path ? all.filter((request) => request.path === path) : all;
  }
}
