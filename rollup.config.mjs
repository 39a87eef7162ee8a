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
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import litNoGlobals from './scripts/rollup-plugin-lit-no-globals.mjs';
import bundleGraph from './scripts/rollup-plugin-bundle-graph.mjs';

const plugins = (minify) => [
  // `production` drops Lit's dev-mode warnings and checks.
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  // The text of our html`…` and css`…` templates, which terser leaves alone.
  minify &&
    minifyHtmlLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: {
        // Not svg`…`: the HTML minifier reads a fragment's <path/> as HTML,
        // drops its closing slash and nests the next shapes inside it (and
        // an unquoted `d=${x}/>` would get the slash in its value).
        shouldMinify: (template) => template.tag === 'html',
        // A fragment such as html` (${date})` keeps the space it starts with.
        minifyOptions: { keepClosingSlash: true, conservativeCollapse: true },
      },
    }),
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

// The drop-in build's chunks follow its module graph. The entry imports its
// pieces on demand (each element, each content part, src/define.ts); each
// piece gets a chunk, and every module that two or more pieces import
// statically goes into one shared "core" (Lit, define.ts and the page-wide
// guide, shared styles and helpers), which src/index.ts asks for with the
// first element so that it is never a round trip late. A module reached only
// through a later dynamic import (a clinic's content loader, another
// language's lookup) stays in that import's chunk.
const cores = new WeakMap();
function sharedCore(getModuleIds, getModuleInfo) {
  if (cores.has(getModuleInfo)) return cores.get(getModuleInfo);
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id).isEntry);
  const pieces = new Set(entries.flatMap((id) => getModuleInfo(id).dynamicallyImportedIds));
  const users = new Map();
  for (const piece of pieces) {
    const reached = new Set([piece]);
    for (const id of reached) for (const dep of getModuleInfo(id).importedIds) reached.add(dep);
    for (const id of reached) users.set(id, (users.get(id) ?? 0) + 1);
  }
  const core = new Set([...users].filter(([, n]) => n > 1).map(([id]) => id));
  cores.set(getModuleInfo, core);
  return core;
}

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
      manualChunks: (id, { getModuleIds, getModuleInfo }) =>
        sharedCore(getModuleIds, getModuleInfo).has(id) ? 'core' : undefined,
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
