// Lit keeps the text of html`…`, svg`…` and css`…` templates exactly as
// written: the source's indentation and comments ship to every visitor, the
// comments become DOM nodes in every copy of an element, and every style sheet
// is parsed with them. Terser leaves template text alone, so this plugin
// shrinks it first (1.4 KiB brotli over the element chunks):
//
//   css   comments removed; whitespace runs → one space, none around { } ;,
//         after a comma, or after a declaration's colon (never before a
//         colon, which would join a selector and a pseudo-class)
//   html, svg   <!-- comments --> removed; indentation (whitespace with a
//         line break) → one line break, so text and inline elements keep the
//         space between them
//
// Only the literal text between `${…}` is touched, so no expression changes,
// and `str` templates (UI strings) and plain strings are left as they are.
// Our code has no whitespace-sensitive markup (<pre>, white-space: pre):
// if some arrives, give it a template of its own tag and leave it out here.
const minify = {
  css: (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};]) ?/g, '$1')
      .replace(/, /g, ',')
      // A declaration's colon (right after `{` or `;` and a property name; a
      // selector there has no space after its colon) and its last semicolon.
      .replace(/([{;][\w-]+): /g, '$1:')
      .replace(/;}/g, '}'),
  html: (text) => text.replace(/<!--[\s\S]*?-->/g, '').replace(/[ \t]*\n\s*/g, '\n'),
};
minify.svg = minify.html;

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, visit);
  }
}

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      // Our sources only (after esbuild has made them JavaScript); Lit's own
      // modules hold no templates worth it.
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const shrink = Object.hasOwn(minify, node.tag.name) ? minify[node.tag.name] : undefined;
        if (!shrink) return;
        for (const q of node.quasi.quasis) {
          const text = code.slice(q.start, q.end);
          const out = shrink(text);
          if (out !== text) edits.push([q.start, q.end, out]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
