// Lit writes four globals: `litPropertyMetadata` (a WeakMap its decorators
// share) and `litHtmlVersions` / `litElementVersions` / `reactiveElementVersions`
// (lists used only to warn about duplicate Lit copies). A drop-in script must
// add no global besides its element names, so for the bundle we keep the
// WeakMap in a module of our own and drop the version lists.
//
// Each replacement must match, or the build fails: a Lit upgrade that changes
// these lines must be looked at, not silently reintroduce the globals.
const META = '\0kpw-lit-metadata';

const rules = [
  {
    file: /@lit\/reactive-element\/reactive-element\.js$/,
    replace: [
      [/[\w$]+\.litPropertyMetadata\?\?=new WeakMap/g, 'void 0'],
      [/(?<![\w$.])litPropertyMetadata(?![\w$])/g, '__kpwLitMetadata'],
      [/\([\w$]+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0'],
    ],
  },
  {
    file: /@lit\/reactive-element\/decorators\/property\.js$/,
    replace: [[/globalThis\.litPropertyMetadata/g, '__kpwLitMetadata']],
  },
  {
    file: /lit-html\/lit-html\.js$/,
    replace: [[/\([\w$]+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0']],
  },
  {
    file: /lit-element\/lit-element\.js$/,
    replace: [[/\([\w$]+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0']],
  },
];

export default function litNoGlobals() {
  return {
    name: 'lit-no-globals',
    resolveId: (id) => (id === META ? META : null),
    load: (id) => (id === META ? 'export const __kpwLitMetadata = new WeakMap();' : null),
    transform(code, id) {
      const rule = rules.find((r) => r.file.test(id.replaceAll('\\', '/')));
      if (!rule) return null;
      let out = code;
      for (const [pattern, replacement] of rule.replace) {
        if (!pattern.test(out)) this.error(`lit-no-globals: ${pattern} not found in ${id}; check the new Lit version.`);
        pattern.lastIndex = 0;
        out = out.replace(pattern, replacement);
      }
      if (out.includes('__kpwLitMetadata')) out = `import { __kpwLitMetadata } from '${META}';\n${out}`;
      return { code: out, map: null };
    },
  };
}
