/**
 * A minimal static file server for the browser tests: serves a built site
 * under its base path on 127.0.0.1, like any static host would, with optional
 * extra response headers (e.g. a Content-Security-Policy).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Compress responses with gzip when the browser accepts it, as a production server would. */
  gzip?: boolean;
}

export async function serve(
  dir: string,
  base = '/',
  headers: Record<string, string> = {},
  port = 0,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers };
      if (options.gzip && /gzip/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(status, { ...type, 'content-encoding': 'gzip' });
        res.end(gzipSync(readFileSync(file)));
        return;
      }
      res.writeHead(status, type);
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(404, page);
      else res.writeHead(404).end();
    };
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(200, file);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
