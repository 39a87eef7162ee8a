// Builds the drop-in scripts and the per-element modules.
//
//   dist/knee-pain-widgets.js       ES module, Lit included, self-registering
//   dist/knee-pain-widgets.iife.js  classic script, same contents, no globals
//   dist/lib/**                     per-element ES modules for bundler users
//                                   (lit and @lit/* stay external imports)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import litNoGlobals from './scripts/rollup-plugin-lit-no-globals.mjs';

const plugins = (minify) => [
  // `production` drops Lit's dev-mode warnings and checks.
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  minify &&
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
];

const onwarn = (warning, warn) => {
  // Lit's compiled output uses `this` at module scope in a harmless way.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: 'src/index.ts',
    output: [
      { file: 'dist/knee-pain-widgets.js', format: 'es' },
      // src/index.ts exports nothing, so the IIFE defines no global name.
      { file: 'dist/knee-pain-widgets.iife.js', format: 'iife' },
    ],
    plugins: [litNoGlobals(), ...plugins(true)],
    onwarn,
  },
  {
    input: {
      index: 'src/lib.ts',
      'knee-pain-map': 'src/components/knee-pain-map/define.ts',
      'exercise-card': 'src/components/exercise-card/define.ts',
      'red-flag-checklist': 'src/components/red-flag-checklist/define.ts',
      'knee-pain-guide': 'src/components/knee-pain-guide/define.ts',
    },
    external: (id) => /^(lit|@lit\/)/.test(id),
    output: { dir: 'dist/lib', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js' },
    plugins: plugins(false),
    onwarn,
  },
];
