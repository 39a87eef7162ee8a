// The demo server (`npm start`, and scripts/serve.mjs for the benchmark and
// the screenshots): @web/dev-server serving the project folder as it is, with
// the strict Content-Security-Policy an embedding site might use, so the demo
// pages prove the widgets run under it. It listens on this machine only.
//
//   npm start                                build, then serve; prints the demo pages' URLs
//   npx wds --config web-dev-server.config.mjs   serve the current build
//   PORT=9000 npm start                      another port (by default 8000, or the next free one)
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const HOST = '127.0.0.1';

// koa-static's way to files outside the served folder, which this server does not offer.
const outsideRoot = /^\/__wds-outside-root__\//;

/** The policy on every response; nothing outside the project folder. */
async function strictCsp(ctx, next) {
  ctx.set('content-security-policy', csp);
  if (outsideRoot.test(ctx.path)) return void (ctx.status = 403);
  await next();
}

/**
 * Compressed as any real host would serve it (once per version of a file,
 * then from memory), so the benchmark and Lighthouse see the bytes and the
 * speed a visitor gets: the dev server itself sends files uncompressed.
 */
const compressed = new Map();
async function compress(ctx, next) {
  await next();
  if (ctx.status !== 200 || ctx.body == null || !/^(text\/|application\/(javascript|json)|image\/svg)/.test(ctx.type)) return;
  ctx.vary('accept-encoding');
  const encoding = ctx.acceptsEncodings('br', 'gzip', 'identity');
  if (encoding !== 'br' && encoding !== 'gzip') return;
  const key = `${encoding} ${ctx.path} ${ctx.response.get('etag')}`;
  if (!compressed.has(key)) {
    let body = ctx.body;
    if (typeof body.pipe === 'function') {
      const parts = [];
      for await (const part of body) parts.push(part);
      body = Buffer.concat(parts);
    }
    compressed.set(
      key,
      encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }),
    );
  } else if (typeof ctx.body.destroy === 'function') ctx.body.destroy();
  ctx.body = compressed.get(key);
  ctx.set('content-encoding', encoding);
}

/** The first port from `from` on that nothing on this machine listens to. */
async function freePort(from, tries = 20) {
  for (let port = from; port < from + tries; port++) {
    const probe = createServer();
    const free = await new Promise((ok) => {
      probe.once('error', () => ok(false));
      probe.listen(port, HOST, () => probe.close(() => ok(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from} to ${from + tries - 1}`);
}

/**
 * The server's configuration. @web/dev-server listens on every network
 * interface when its hostname is localhost, so it runs as middleware here
 * and this config listens on the loopback address itself.
 */
export async function demoServer({ port = Number(process.env.PORT ?? 8000), announce = true } = {}) {
  port = await freePort(port);
  const server = createServer();
  const url = `http://localhost:${port}/`;
  return {
    rootDir: '.',
    hostname: 'localhost',
    port,
    url,
    middlewareMode: true,
    middleware: [strictCsp, compress],
    plugins: [
      {
        name: 'loopback-only',
        async serverStart({ app }) {
          server.on('request', app.callback());
          await new Promise((ok, fail) => server.once('error', fail).listen(port, HOST, ok));
          if (!announce) return;
          console.log(`\nknee-pain-widgets demo is running:\n`);
          console.log(`  Clinic page:  ${url}demo/clinic.html`);
          console.log(`  Blog post:    ${url}demo/blog.html`);
          console.log(`  Three brands: ${url}demo/brands.html`);
          console.log(`  Clinic's own content: ${url}demo/clinic-content.html`);
          console.log(`  Spanish:      ${url}demo/es.html`);
          console.log(`  Right-to-left: ${url}demo/rtl.html`);
          console.log(`  React 19:     ${url}demo/react/`);
          console.log(`  All demos:    ${url}demo/\n`);
          console.log(`Only this machine can open them (the server listens on ${HOST}). Press Ctrl+C to stop.`);
        },
        async serverStop() {
          server.closeAllConnections();
          await new Promise((ok) => server.close(() => ok()));
        },
      },
    ],
  };
}

export default await demoServer();
