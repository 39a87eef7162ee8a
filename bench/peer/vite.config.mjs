// A production Vite build of the peer app. A React project would add
// @vitejs/plugin-react, whose production output is this JSX transform (its
// other work is Fast Refresh, dev only); it is not installed here.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../.build/peer/', import.meta.url)),
    emptyOutDir: true,
  },
});
