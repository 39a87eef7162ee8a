// The clinical vignettes (tests/clinical/vignettes.json), told to the pure
// triage modules the widgets use: the map's `refine` and the checklist's
// `triage`, over the content as it is on disk. Run in Node:
//   node --import tsx --test tests/clinical/vignettes.node.test.ts
// See tests/clinical/README.md: when content changes a vignette's outcome,
// the vignette is the specification.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFiles, type Content, type Region } from '../../src/content/types.js';
import { indexContent, type ContentIndex } from '../../src/content/content-index.js';
import { refine, type Answer, type Refined } from '../../src/triage/refine.js';
import { levels, triage, type Level } from '../../src/triage/triage.js';

interface Vignette {
  id: string;
  story: string;
  map?: { region: string; answers: Record<string, Answer> };
  checklist?: { injury: boolean; ticked: string[] };
  expect: {
    level: Level;
    /** Map only: the first cause. */
    top?: string;
    /** Map only: each of these is among the first three causes (three ids: exactly the first three, in any order). */
    topThree?: string[];
    /** Map only: this cause must not be listed first. */
    notTop?: string;
    /** Map only: none of these may be among the first three causes. */
    notTopThree?: string[];
  };
  source: string;
  browser?: boolean;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
/** CONTENT_DIR=path runs the vignettes against another content folder (one sub-folder per locale). */
const contentDir = process.env.CONTENT_DIR ?? join(root, 'content');
const vignettes = JSON.parse(readFileSync(join(root, 'tests/clinical/vignettes.json'), 'utf8')) as Vignette[];

/** One locale's content, read from disk the way `scripts/content-check.ts` does; a broken file fails every test with its message. */
function load(locale: string): { content?: Content; index?: ContentIndex; error?: string } {
  const data: Record<string, unknown> = { locale };
  try {
    for (const [key, file] of Object.entries(contentFiles)) {
      data[key] = JSON.parse(readFileSync(join(contentDir, locale, file), 'utf8'));
    }
  } catch (e) {
    return { error: `${join(contentDir, locale)} could not be read: ${(e as Error).message}` };
  }
  const content = data as unknown as Content;
  return { content, index: indexContent(content) };
}

const locales = { en: load('en'), es: load('es') };

function ready(locale: keyof typeof locales): { content: Content; index: ContentIndex } {
  const l = locales[locale];
  if (!l.content || !l.index) assert.fail(l.error);
  return { content: l.content, index: l.index };
}

const why = (v: Vignette, what: string, extra = '') =>
  `${v.id}: ${what}\n  story: ${v.story}\n  source: ${v.source}${extra ? `\n  ${extra}` : ''}`;

const ranking = (r: Refined) => `ranked: ${r.causes.map((c) => `${c.cause.condition} ${c.score}`).join(', ')}`;

const firstThree = (r: Refined) => r.causes.slice(0, 3).map((c) => c.cause.condition);

/** Every id the vignette uses exists in this content, and is used where it belongs. */
function checkIds(v: Vignette, content: Content, index: ContentIndex): Region | undefined {
  let region: Region | undefined;
  if (v.map) {
    region = index.region(v.map.region);
    assert.ok(region, why(v, `region "${v.map.region}" is not in content/${content.locale}/regions.json`));
    for (const [qid, answer] of Object.entries(v.map.answers)) {
      assert.ok(index.question(qid), why(v, `question "${qid}" is not in content/${content.locale}/questions.json`));
      assert.ok(region.questions.includes(qid), why(v, `question "${qid}" is not one of region "${region.id}"'s questions (${region.questions.join(', ')})`));
      assert.ok(answer === 'yes' || answer === 'no', why(v, `answer to "${qid}" must be "yes" or "no", not ${JSON.stringify(answer)}`));
    }
    const causes = region.causes.map((c) => c.condition);
    const named = [v.expect.top, v.expect.notTop, ...(v.expect.topThree ?? []), ...(v.expect.notTopThree ?? [])];
    for (const id of named.filter((x): x is string => !!x)) {
      assert.ok(index.condition(id), why(v, `condition "${id}" is not in content/${content.locale}/conditions.json`));
      assert.ok(causes.includes(id), why(v, `condition "${id}" is not a cause of region "${region.id}" (${causes.join(', ')})`));
    }
  }
  if (v.checklist) {
    for (const id of v.checklist.ticked) {
      const sign = index.redFlag(id);
      assert.ok(sign, why(v, `sign "${id}" is not in content/${content.locale}/red-flags.json`));
      if (sign.applies === 'after-injury')
        assert.ok(v.checklist.injury, why(v, `sign "${id}" is shown only after an injury: set "injury": true`));
    }
  }
  return region;
}

/** Tells the vignette to both elements' logic and checks what the expectation says; returns the map's result. */
function tell(v: Vignette, content: Content, index: ContentIndex): Refined | undefined {
  const region = checkIds(v, content, index);
  let mapped: Refined | undefined;
  if (v.map && region) {
    const r = refine(region, v.map.answers, index);
    mapped = r;
    const first = firstThree(r);
    assert.equal(r.level, v.expect.level, why(v, `the map gives "${r.level}", expected "${v.expect.level}"`, ranking(r)));
    if (v.expect.top)
      assert.equal(first[0], v.expect.top, why(v, `the map lists "${first[0]}" first, expected "${v.expect.top}"`, ranking(r)));
    if (v.expect.notTop)
      assert.notEqual(first[0], v.expect.notTop, why(v, `the map lists "${v.expect.notTop}" first`, ranking(r)));
    for (const id of v.expect.topThree ?? [])
      assert.ok(first.includes(id), why(v, `"${id}" is not among the first three causes`, ranking(r)));
    for (const id of v.expect.notTopThree ?? [])
      assert.ok(!first.includes(id), why(v, `"${id}" is among the first three causes`, ranking(r)));
  }
  if (v.checklist) {
    const { level } = triage(content.redFlags, v.checklist.ticked);
    assert.equal(level, v.expect.level, why(v, `the checklist gives "${level}", expected "${v.expect.level}"`));
  }
  return mapped;
}

describe('the vignettes file', () => {
  test('every vignette is well formed', () => {
    const sourceIds = new Set(ready('en').content.sources.map((s) => s.id));
    const seen = new Set<string>();
    for (const v of vignettes) {
      assert.match(v.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${v.id}: the id must be kebab-case`);
      assert.ok(!seen.has(v.id), `${v.id}: the id is used twice`);
      seen.add(v.id);
      assert.ok(v.story?.trim(), `${v.id}: tell the story`);
      assert.ok(v.map || v.checklist, `${v.id}: needs a map and/or a checklist`);
      assert.ok(levels.includes(v.expect?.level), `${v.id}: expect.level must be one of ${levels.join(', ')}`);
      if (!v.map)
        for (const key of ['top', 'topThree', 'notTop', 'notTopThree'] as const)
          assert.equal(v.expect[key], undefined, `${v.id}: expect.${key} is for the map only`);
      assert.ok((v.expect.topThree ?? []).length <= 3, `${v.id}: topThree holds at most three ids`);
      if (v.browser !== undefined) assert.equal(typeof v.browser, 'boolean', `${v.id}: browser is true or absent`);
      // "bsr06, bestbets-sa: the fact": the ids before the colon are sources.
      const [ids, fact] = v.source.split(/:(.*)/s);
      assert.ok(fact?.trim(), `${v.id}: source must read "ids: the fact it rests on"`);
      for (const id of ids!.split(',').map((s) => s.trim()))
        assert.ok(sourceIds.has(id), `${v.id}: source "${id}" is not in content/en/sources.json`);
    }
  });

  test('the vignettes cover every level, both elements and the browser run', () => {
    assert.ok(vignettes.length >= 40, `only ${vignettes.length} vignettes (at least 40)`);
    const browser = vignettes.filter((v) => v.browser);
    assert.ok(browser.length >= 14, `only ${browser.length} vignettes run in browsers (at least 14)`);
    for (const level of levels) {
      assert.ok(vignettes.some((v) => v.expect.level === level), `no vignette expects "${level}"`);
      assert.ok(browser.some((v) => v.expect.level === level), `no browser vignette expects "${level}"`);
    }
    assert.ok(browser.some((v) => v.map), 'no browser vignette uses the map');
    assert.ok(browser.some((v) => v.checklist), 'no browser vignette uses the checklist');
  });
});

describe('vignettes (en)', () => {
  for (const v of vignettes) {
    test(v.id, () => {
      const { content, index } = ready('en');
      tell(v, content, index);
    });
  }
});

// Levels and rankings must not depend on the language: the Spanish content
// holds the same ids and the same weights, so every story ends the same way.
describe('vignettes (es)', () => {
  for (const v of vignettes) {
    test(v.id, () => {
      const es = ready('es');
      const fromEs = tell(v, es.content, es.index);
      if (!v.map || !fromEs) return;
      const en = ready('en');
      const region = en.index.region(v.map.region);
      if (!region) return;
      const fromEn = refine(region, v.map.answers, en.index);
      const order = (r: Refined) => r.causes.map((c) => `${c.cause.condition} ${c.score}`);
      assert.deepEqual(order(fromEs), order(fromEn), why(v, 'the Spanish ranking differs from the English one'));
      assert.equal(fromEs.level, fromEn.level, why(v, 'the Spanish level differs from the English one'));
    });
  }
});

// A question that points to a warning sign must ask exactly that sign's
// story: one answer on the map gives the same level as ticking the sign.
describe('one story, one level: each question that points to a sign', () => {
  for (const q of locales.en.content?.questions ?? []) {
    const answers = (['yes', 'no'] as const).filter((a) => q[a].redFlag);
    if (!answers.length) continue;
    test(q.id, () => {
      const { content, index } = ready('en');
      const asking = content.regions.filter((r) => r.questions.includes(q.id));
      // A question no region asks is still checked, on a region of its own.
      const regions = asking.length ? asking : [{ ...content.regions[0]!, id: `(only ${q.id})`, questions: [q.id] }];
      for (const answer of answers) {
        const sign = q[answer].redFlag!;
        assert.ok(index.redFlag(sign), `${q.id} "${answer}" points to "${sign}", which is not in red-flags.json`);
        const checklist = triage(content.redFlags, [sign]).level;
        for (const region of regions) {
          const map = refine(region, { [q.id]: answer }, index).level;
          assert.equal(
            map,
            checklist,
            `${q.id} "${answer}" in region ${region.id}: the map gives "${map}", ticking "${sign}" gives "${checklist}"`,
          );
        }
      }
    });
  }
});
