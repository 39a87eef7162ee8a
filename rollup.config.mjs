// Builds the drop-in scripts and the per-element modules.
//
//   dist/knee-pain-widgets.js       ES module: loads the chunks of the elements on the page
//   dist/chunks/*.js                those chunks (Lit and the guide in one, shared)
//   dist/knee-pain-widgets.iife.js  classic script, self-contained: every element, English
//                                   and Spanish, in one file; no other file, no globals
//   dist/lib/**                     per-element ES modules for bundler users
//                                   (lit and @lit/* stay external imports)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import litNoGlobals from './scripts/rollup-plugin-lit-no-globals.mjs';
import minifyTemplates from './scripts/rollup-plugin-minify-templates.mjs';
import bundleGraph from './scripts/rollup-plugin-bundle-graph.mjs';

const plugins = (minify) => [
  // `production` drops Lit's dev-mode warnings and checks.
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  // The text of Lit's templates, which terser leaves alone.
  minify && minifyTemplates(),
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

// The drop-in build's chunks: one "core" that every element needs (Lit, the
// page-wide guide, shared styles and helpers), one per element (and one for
// <knee-pain-guide>, which few pages use), one per content part.
// A clinic's content loader (with the validator and every content part) is
// imported only by guides given content, so it stays out of the core.
const core = (id) =>
  !/src\/guide\/clinic-content\.ts$/.test(id) &&
  // Of @lit/localize, English needs only `str` and the source text (src/i18n/localize.ts);
  // the lookup by hashed ids serves the other languages, in their chunks (src/i18n/lookup.ts).
  (!/node_modules\/@lit\/localize\//.test(id) || /@lit\/localize\/internal\/(default-msg|str-tag)\.js$/.test(id)) &&
  (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id) ||
  /src\/(context|guide|styles|components\/shared|content\/(default-store|content-index))\//.test(id) ||
  /src\/(define|content\/(default-store|content-index)|i18n\/(localize|load|locale-codes))\.ts$/.test(id) ||
  /content\/en\/guidance\.json$/.test(id) ||
  /exercise-card\/dose\.ts$/.test(id));

// Chunks of a locale other than English carry its code: es-regions, es-ui.
const chunkName = (chunk) => {
  const id = chunk.facadeModuleId ?? '';
  const element = /components\/([\w-]+)\/define\.ts$/.exec(id);
  const part = /content\/parts\/([\w-]+)\/([\w-]+)\.ts$/.exec(id);
  const ui = /i18n\/([\w-]+)\.ts$/.exec(id);
  const name = element ? element[1] : part ? `${part[1]}-${part[2]}` : ui && ui[1] !== 'load' ? `${ui[1]}-ui` : chunk.name;
  return `chunks/${name}-[hash].js`;
};

const TAGS = ['knee-pain-guide', 'knee-pain-map', 'exercise-card', 'red-flag-checklist'];

// A plugin that combines scripts may paste ours right after one that ends
// without a semicolon, which would call its last value with our function.
const leadingSemicolon = {
  name: 'leading-semicolon',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = `;${file.code}`;
  },
};

export default [
  {
    // The module entry finds the elements on the page and imports their
    // chunks; the shared core (Lit, the guide) is one chunk of its own.
    input: { 'knee-pain-widgets': 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkName,
      manualChunks: (id) => (core(id) ? 'core' : undefined),
    },
    plugins: [litNoGlobals(), ...plugins(true), bundleGraph()],
    onwarn,
  },
  {
    // Every element at once, with every dynamic import (other languages)
    // inlined: one file that works from any folder or origin, renamed or
    // concatenated. It exports nothing, so the IIFE defines no global name.
    input: 'src/classic.ts',
    output: {
      file: 'dist/knee-pain-widgets.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      // Another copy (this script again, or the module build) got here first.
      intro: `if (${JSON.stringify(TAGS)}.some((t) => customElements.get(t))) return;`,
    },
    plugins: [litNoGlobals(), ...plugins(true), leadingSemicolon],
    onwarn,
  },
  {
    input: {
      index: 'src/lib.ts',
      all: 'src/all.ts',
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
