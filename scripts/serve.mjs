#!/usr/bin/env node
// A tiny static server for the demo pages: no dependencies, localhost only.
// It sends the strict Content-Security-Policy an embedding site might use,
// so the demo proves the widgets run under it.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types by extension; also used by scripts/storybook-check.mjs. */
export const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};
export const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const cache = new Map();
function compressed(path, encoding, body) {
  const key = `${encoding}:${path}:${statSync(path).mtimeMs}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return cache.get(key);
}

export function startServer({
  port = Number(process.env.PORT ?? 8000),
  host = '127.0.0.1',
  tries = 20,
  root = resolve('.'),
} = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end('Forbidden');
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    // Compressed as any real host would serve it (once, then from memory), so
    // Lighthouse and the benchmark see the bytes and the speed a visitor gets.
    let body = readFileSync(path);
    const headers = {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
    };
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (/^(text|application\/json|image\/svg)/.test(headers['content-type'])) {
      const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
      if (encoding) {
        body = compressed(path, encoding, body);
        headers['content-encoding'] = encoding;
      }
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok, fail) => {
    let attempt = 0;
    server.on('error', (err) => {
      if (err.code === 'EADDRINUSE' && ++attempt < tries) server.listen(port + attempt, host);
      else fail(err);
    });
    server.on('listening', () => ok({ server, url: `http://localhost:${server.address().port}/` }));
    server.listen(port, host);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startServer({ root: resolve(process.argv[2] ?? '.') });
  console.log(`\nknee-pain-widgets demo is running:\n`);
  console.log(`  Clinic page:  ${url}demo/clinic.html`);
  console.log(`  Blog post:    ${url}demo/blog.html`);
  console.log(`  Three brands: ${url}demo/brands.html`);
  console.log(`  Clinic's own content: ${url}demo/clinic-content.html`);
  console.log(`  Spanish:      ${url}demo/es.html`);
  console.log(`  Right-to-left: ${url}demo/rtl.html`);
  console.log(`  React 19:     ${url}demo/react/`);
  console.log(`  All demos:    ${url}demo/\n`);
  console.log('Press Ctrl+C to stop.');
}
