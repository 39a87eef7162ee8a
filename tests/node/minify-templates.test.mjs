// The build shrinks the text of Lit's templates (scripts/rollup-plugin-minify-templates.mjs).
// What it must never change: an expression, a UI string, the space between
// words and inline elements, or a selector's meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import minifyTemplates from '../../scripts/rollup-plugin-minify-templates.mjs';

const plugin = minifyTemplates();
const run = (code, id = '/repo/src/components/x/x.ts') => plugin.transform.call({ parse: (c) => parseAst(c) }, code, id)?.code ?? code;

test('css: comments and indentation go, selectors and values keep their meaning', () => {
  const out = run(`const s = css\`
  /* Side by side once there is room. */
  .a :is(.b),
  .c > .d {
    font-family: system-ui, sans-serif;
    margin: calc(100% - 2rem) \${gap} auto;
  }
\`;`);
  assert.equal(out, 'const s = css` .a :is(.b),.c > .d{font-family:system-ui,sans-serif;margin:calc(100% - 2rem) ${gap} auto}`;');
  // Nested rules: a selector right after `{` keeps its pseudo-class apart.
  assert.equal(run('const s = css`@media (x) { a :hover { b: c; } }`;'), 'const s = css`@media (x){a :hover{b:c}}`;');
});

test('html and svg: comments and indentation go, the space between words and elements stays', () => {
  const out = run(`const t = html\`
      <!-- A landmark only once it shows a region. -->
      <li>
        <strong>\${label}:</strong> \${text}
        <span>and more</span>
      </li>\`, u = svg\`<path
        d="M0 0"
      ></path>\`;`);
  assert.equal(out, 'const t = html`\n<li>\n<strong>${label}:</strong> ${text}\n<span>and more</span>\n</li>`, u = svg`<path\nd="M0 0"\n></path>`;');
});

test('expressions, UI strings (str) and other files are left alone', () => {
  const code = 'const t = html`<p>${msg(str`Answer   ${n}\n   questions`)}</p>`, c = `a\n   b`;';
  assert.equal(run(code), code);
  const lit = 'const s = css`\n  a { b: c; }\n`;';
  assert.equal(run(lit, '/repo/node_modules/lit-html/lit-html.js'), lit);
});
