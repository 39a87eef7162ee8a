// The languages are listed in lit-localize.json; the drop-in entry and the
// loader must know the same ones, or a page in a new language would load the
// English content (entry) or nothing (loader).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

test('the drop-in entry knows every language other than English', () => {
  const entry = readFileSync('src/index.ts', 'utf8');
  const list = /const otherLocales = \[([^\]]*)\]/.exec(entry)?.[1];
  assert.ok(list !== undefined, 'src/index.ts declares otherLocales');
  assert.deepEqual([...list.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort(), [...targetLocales].sort());
});

test('the loader has every part of every language, and each has its content and strings', () => {
  const load = readFileSync('src/i18n/load.ts', 'utf8');
  for (const locale of [sourceLocale, ...targetLocales]) {
    for (const part of ['regions', 'flags', 'conditions', 'exercises', 'sources']) {
      const file = locale === sourceLocale ? `../content/parts/${part}.js` : `../content/parts/${locale}/${part}.js`;
      assert.ok(load.includes(`import('${file}')`), `src/i18n/load.ts loads ${file}`);
      assert.ok(existsSync(`src/${file.slice(3).replace(/\.js$/, '.ts')}`), `src/${file.slice(3)} exists`);
    }
    assert.ok(existsSync(`content/${locale}`), `content/${locale}/ exists`);
    if (locale !== sourceLocale) {
      assert.ok(load.includes(`ui: () => import('./${locale}.js')`), `src/i18n/load.ts loads ${locale}'s UI strings`);
      assert.ok(existsSync(`content/xliff/${locale}.xlf`), `content/xliff/${locale}.xlf exists`);
    }
  }
});
