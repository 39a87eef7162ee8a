#!/usr/bin/env node
// Bundles the React 19 demo (demo/react/app.tsx) into demo/react/app.js with
// esbuild: React is CommonJS, so a browser cannot load it as it is. The
// widgets are not in the bundle: demo/react/index.html loads the drop-in
// script next to it, as any site would. Production React, minified, one ES
// module with no imports (the demo server's CSP allows only 'self' scripts,
// and it is one).
//
//   node scripts/build-react-demo.mjs
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

const result = await build({
  absWorkingDir: root,
  entryPoints: ['demo/react/app.tsx'],
  outfile: 'demo/react/app.js',
  tsconfig: 'demo/react/tsconfig.json',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  jsx: 'automatic',
  minify: true,
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
});

const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(
  `demo/react/app.js: ${(bytes / 1024).toFixed(1)} KiB in ${Math.round(performance.now() - started)} ms`,
);
