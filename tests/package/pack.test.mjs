// What `npm pack` would publish, and publint on it. Runs with `node --test`
// (no browser), but only after the build: it checks the built dist/ and the
// custom-elements.json that `npm run analyze` writes. That is why it lives in
// tests/package/ and not tests/node/, which `npm test` runs before the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Files under `dir` (relative to the repository, with forward slashes). */
function filesOnDisk(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath ?? d.path, d.name)).split(sep).join('/'))
    .sort();
}

// Without a build there is nothing to pack: say so once, clearly, instead of
// a screenful of "not in the package".
const needed = {
  'dist/knee-pain-widgets.js': 'npm run build',
  'dist/knee-pain-widgets.iife.js': 'npm run build',
  'dist/lib/index.js': 'npm run build',
  'dist/types/lib.d.ts': 'npm run build',
  'custom-elements.json': 'npm run analyze',
};
const missing = Object.keys(needed).filter((f) => !existsSync(join(root, f)));

if (missing.length) {
  const commands = [...new Set(missing.map((f) => needed[f]))];
  test('the package is built', () => {
    assert.fail(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. This test checks what ` +
        `\`npm pack\` would publish, so it needs the built package: run \`${commands.join('` and `')}\` first ` +
        '(`npm test` runs it after those).',
    );
  });
} else {
  packageTests();
}

function packageTests() {
  // --ignore-scripts: list what is there now, without a prepack that rebuilds.
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const packed = new Set(report.files.map((f) => f.path.replace(/^\.\//, '')));
  const list = [...packed].sort();

  /** Every path package.json points to, as [where, path]: "exports" (every condition), main, module, types… */
  const targets = [];
  const walk = (value, at) => {
    if (typeof value === 'string') targets.push([at, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${at}[${JSON.stringify(k)}]`);
  };
  walk(pkg.exports, 'exports');
  for (const field of ['main', 'module', 'types', 'typings', 'customElements', 'browser'])
    if (typeof pkg[field] === 'string') targets.push([field, pkg[field]]);

  /** Asserts each file is in the package. */
  const expectPacked = (files, what) => {
    const absent = files.filter((f) => !packed.has(f));
    assert.deepEqual(absent, [], `${what}: not in the package (npm pack --dry-run). "files" in package.json: ${JSON.stringify(pkg.files)}`);
  };

  /** Relative module specifiers in a built file: static, dynamic and `new URL("…", …)`. */
  const specifiers = (code) =>
    [
      ...code.matchAll(/\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g),
      ...code.matchAll(/\bnew URL\(\s*["']([^"':]+)["']/g),
    ].map((m) => m[1]);

  /**
   * Follows every relative import from `entries` and returns the files it
   * reaches that are not in the package (with who imports them).
   */
  const unpackedImports = (entries, resolve = (f) => f) => {
    const seen = new Set();
    const absent = [];
    const queue = [...entries];
    while (queue.length) {
      const file = queue.shift();
      if (seen.has(file)) continue;
      seen.add(file);
      if (!existsSync(join(root, file))) continue;
      for (const spec of specifiers(readFileSync(join(root, file), 'utf8'))) {
        const target = resolve(posix.normalize(posix.join(posix.dirname(file), spec)));
        if (!packed.has(target)) absent.push(`${target} (imported by ${file})`);
        else queue.push(target);
      }
    }
    return { absent: [...new Set(absent)], seen };
  };

  test('npm pack lists the package', () => {
    assert.equal(report.name, pkg.name);
    assert.ok(report.entryCount > 0 && report.files.length === report.entryCount);
  });

  test('publishes the drop-in scripts and every chunk they load', () => {
    expectPacked(['dist/knee-pain-widgets.js', 'dist/knee-pain-widgets.iife.js'], 'drop-in scripts');
    const chunks = filesOnDisk('dist/chunks');
    assert.ok(chunks.length > 0, 'dist/chunks/ is empty: rebuild with `npm run build`');
    expectPacked(chunks, 'dist/chunks/');
    const { absent, seen } = unpackedImports(['dist/knee-pain-widgets.iife.js', 'dist/knee-pain-widgets.js']);
    assert.deepEqual(absent, [], 'the drop-in scripts load files the package lacks');
    // The classic loader loads the module build, which loads the chunks.
    assert.ok(seen.has('dist/knee-pain-widgets.js'), 'the classic loader does not point at knee-pain-widgets.js');
    assert.ok([...seen].some((f) => f.startsWith('dist/chunks/')), 'the module build loads no chunk');
  });

  test('publishes dist/lib (the bundler build) and everything its entry points import', () => {
    const lib = filesOnDisk('dist/lib');
    assert.ok(lib.includes('dist/lib/index.js'));
    expectPacked(lib, 'dist/lib/');
    const entries = targets.map(([, t]) => t.replace(/^\.\//, '')).filter((t) => /^dist\/lib\/.*\.js$/.test(t));
    assert.ok(entries.includes('dist/lib/index.js'), 'no entry point in dist/lib');
    const { absent } = unpackedImports(entries);
    assert.deepEqual(absent, [], 'dist/lib imports files the package lacks');
  });

  test('publishes dist/types, including lib.d.ts, and every declaration the entry points import', () => {
    const types = filesOnDisk('dist/types');
    assert.ok(types.includes('dist/types/lib.d.ts'));
    expectPacked(types, 'dist/types/');
    const entries = [...new Set(targets.map(([, t]) => t.replace(/^\.\//, '')).filter((t) => t.endsWith('.d.ts')))];
    assert.ok(entries.includes('dist/types/lib.d.ts'), 'no "types" entry point at dist/types/lib.d.ts');
    // `./x.js` in a declaration means `./x.d.ts`; anything else (a .json) is itself.
    const { absent } = unpackedImports(entries, (f) => f.replace(/\.js$/, '.d.ts'));
    assert.deepEqual(
      absent,
      [],
      'the published types import files the package lacks (a TypeScript user without skipLibCheck gets "Cannot find module")',
    );
  });

  test('publishes the manifest, the content in every language, README, LICENSE and package.json', () => {
    expectPacked(['custom-elements.json', 'README.md', 'LICENSE', 'package.json'], 'top-level files');
    for (const locale of ['en', 'es']) {
      const json = filesOnDisk(`content/${locale}`).filter((f) => f.endsWith('.json'));
      assert.ok(json.length >= 8, `content/${locale}/ has only ${json.length} JSON files`);
      expectPacked(json, `content/${locale}/`);
    }
  });

  test('publishes nothing from the sources, tests, demos, tooling or build output of other tools', () => {
    const excluded = [
      'src/',
      'tests/',
      'demo/',
      'bench/',
      'stories/',
      '.storybook/',
      'scripts/',
      'storybook-static/',
      'node_modules/',
      '.ci/',
      '.git/',
      'tmp/',
      'coverage/',
    ];
    const leaked = list.filter((f) => excluded.some((dir) => f.startsWith(dir)));
    assert.deepEqual(leaked, [], 'files that should not be published');
    // Nothing that is only for this repository's own tools either.
    const tooling = list.filter((f) =>
      /^(tsconfig[^/]*\.json|rollup\.config\.|web-test-runner\.config\.|eslint\.config\.|custom-elements-manifest\.config\.|package-lock\.json|\.)/.test(f),
    );
    assert.deepEqual(tooling, [], 'configuration files that should not be published');
  });

  test('every path package.json points to is in the package', () => {
    assert.ok(targets.some(([at]) => at === 'main'), 'package.json has no "main"');
    assert.ok(targets.some(([at]) => at === 'types'), 'package.json has no "types"');
    assert.ok(targets.some(([at]) => at.startsWith('exports[".')), 'package.json has no "exports"');

    const problems = [];
    for (const [at, target] of targets) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const pattern = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
        if (!list.some((f) => pattern.test(f))) problems.push(`${at}: ${target} matches no packed file`);
      } else if (!packed.has(path)) {
        problems.push(`${at}: ${target} is not in the package`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('the main entry is the one "exports" gives, so old resolvers get the same module and types', () => {
    const dot = pkg.exports['.'];
    assert.equal(pkg.main, dot.default, '"main" differs from exports["."]');
    assert.equal(pkg.module, dot.default, '"module" differs from exports["."]');
    assert.equal(pkg.types, dot.types, '"types" differs from exports["."].types');
  });

  test('every published "sideEffects" pattern matches a packed file', () => {
    // Patterns under src/ are for this repository's own build and are not published.
    const published = (pkg.sideEffects || []).filter((p) => !p.replace(/^\.\//, '').startsWith('src/'));
    const stale = published.filter((p) => {
      const pattern = new RegExp(
        `^${p.replace(/^\.\//, '').split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`,
      );
      return !list.some((f) => pattern.test(f));
    });
    assert.deepEqual(stale, [], '"sideEffects" patterns that match nothing in the package');
  });

  test('publint finds no error and no warning', async (t) => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const { messages, pkg: linted } = await publint({ pkgDir: root, pack: 'npm', level: 'suggestion' });
    const text = (m) => `${m.type}: ${formatMessage(m, linted, { color: false }) ?? m.code} (${m.path.join('.')})`;
    for (const m of messages.filter((m) => m.type === 'suggestion')) t.diagnostic(text(m));
    assert.deepEqual(messages.filter((m) => m.type !== 'suggestion').map(text), []);
  });
}
