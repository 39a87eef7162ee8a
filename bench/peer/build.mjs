#!/usr/bin/env node
// Builds the peer (react-body-highlighter + React 19, bench/peer/) with Vite
// into bench/.build/peer/ and measures what it downloads: every file of the
// build but index.html (the page a site already has), compressed as
// scripts/serve.mjs and scripts/size.mjs compress ours.
//
//   node bench/peer/build.mjs    builds, prints the figures and writes bench/results/peer-bytes.json
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
export const outDir = join(root, 'bench/.build/peer');
export const recordPath = join(root, 'bench/results/peer-bytes.json');
const require = createRequire(join(root, 'package.json'));

/** The installed versions the peer is built from. */
export function peerVersions() {
  const v = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  return Object.fromEntries(['react-body-highlighter', 'react', 'react-dom', 'vite'].map((n) => [n, v(n)]));
}

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

/** Builds the peer; returns its files and totals (bytes) and how they were measured. */
export async function buildPeer() {
  const { build } = await import('vite');
  const started = performance.now();
  await build({ configFile: join(here, 'vite.config.mjs') });
  const ms = Math.round(performance.now() - started);
  const files = walk(outDir)
    .filter((f) => relative(outDir, f) !== 'index.html')
    .map((f) => {
      const code = readFileSync(f);
      return {
        file: relative(outDir, f).replace(/-[\w-]{8}(\.\w+)$/, '-*$1'),
        raw: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const total = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ['raw', 'gzip', 'brotli']) total[k] += f[k];
  return {
    how:
      'bench/peer/ (a React 19 app rendering react-body-highlighter’s Model with an onClick) built by `vite build` ' +
      '(bench/peer/vite.config.mjs); every file it emits but index.html, brotli quality 11 and gzip level 9, as scripts/size.mjs measures ours',
    versions: peerVersions(),
    buildMs: ms,
    files,
    total,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const peer = await buildPeer();
  writeFileSync(recordPath, `${JSON.stringify({ measured: new Date().toISOString().slice(0, 10), ...peer }, null, 2)}\n`);
  console.log(peer.files.map((f) => `${f.file}: ${(f.brotli / 1024).toFixed(1)} KiB brotli`).join('\n'));
  console.log(`Built in ${peer.buildMs} ms; written to ${relative(root, recordPath)}.`);
}
