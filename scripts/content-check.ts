/**
 * npm run content:check [-- --json] [--dir <folder>]
 *
 * Validates every locale under content/ with the same schema the widgets use
 * at run time, checks readability, and prints an inventory. Exits non-zero on
 * any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, type Content, type Tier } from '../src/content/types.js';
import { formatError, validateContent, type ContentError } from '../src/content/schema.js';
import { mergeContent } from '../src/content/clinic.js';
import { MAX_CORPUS_GRADE, readability } from '../src/content/readability.js';

const REVIEW_EVERY_DAYS = 365;
const dirArg = process.argv.indexOf('--dir');
const root = dirArg > 0 ? process.argv[dirArg + 1]! : 'content';
const json = process.argv.includes('--json');
const today = new Date(process.env.CONTENT_TODAY ?? Date.now());

const locales = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(d.name))
  .map((d) => d.name)
  .sort();

/** Reads one locale's files into a Content object; file-level problems become errors. */
function loadLocale(dir: string, locale: string): { data: Record<string, unknown>; errors: ContentError[] } {
  const data: Record<string, unknown> = { locale };
  const errors: ContentError[] = [];
  for (const [key, file] of Object.entries(contentFiles)) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      errors.push({ file, field: '(file)', message: 'is missing' });
      continue;
    }
    try {
      data[key] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push({ file, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
    }
  }
  return { data, errors };
}

const report = {
  locales,
  regions: 0,
  conditions: 0,
  exercises: 0,
  redFlags: { emergency: 0, today: 0, soon: 0, routine: 0 } as Record<Tier, number>,
  questions: 0,
  sources: 0,
  readingGrade: {} as Record<string, number>,
  hardestItems: [] as { locale: string; file: string; id: string; grade: number }[],
  missingSources: [] as string[],
  reviewOverdue: [] as string[],
  errors: [] as string[],
};

/** Each locale's content once valid: every locale must hold exactly the items English has. */
const validated = new Map<string, Content>();

for (const locale of locales) {
  const dir = join(root, locale);
  const { data, errors } = loadLocale(dir, locale);
  report.errors.push(...errors.map((e) => formatError(e, `${dir}/`)));
  if (errors.length) continue;
  const result = validateContent(data);
  if (!result.ok) {
    report.errors.push(...result.errors.map((e) => formatError(e, `${dir}/`)));
    continue;
  }
  const c: Content = result.content;
  validated.set(locale, c);
  if (locale === 'en') {
    report.regions = c.regions.length;
    report.conditions = c.conditions.length;
    report.exercises = c.exercises.length;
    report.questions = c.questions.length;
    report.sources = c.sources.length;
    for (const f of c.redFlags) report.redFlags[f.tier]++;
  }
  const items = [...c.regions, ...c.conditions, ...c.exercises, ...c.redFlags, ...c.rules, ...c.questions];
  for (const item of [...items, { id: 'guidance', ...c.guidance }]) {
    const where = `${dir} › ${item.id}`;
    if (!item.sources.length) report.missingSources.push(where);
    const age = (today.getTime() - new Date(item.checked.date).getTime()) / 86_400_000;
    if (age > REVIEW_EVERY_DAYS) report.reviewOverdue.push(`${where} (checked ${item.checked.date})`);
    if (age < -1) report.errors.push(`${where} › checked: ${item.checked.date} is in the future`);
  }
  // Flesch–Kincaid is defined for English only: other locales are reviewed by a person.
  if (locale.startsWith('en')) {
    const read = readability(c);
    report.readingGrade[locale] = read.corpusGrade;
    report.hardestItems.push(
      ...[...read.items]
        .sort((a, b) => b.grade - a.grade)
        .slice(0, 5)
        .map((i) => ({ locale, ...i })),
    );
    if (read.corpusGrade > MAX_CORPUS_GRADE)
      report.errors.push(`${dir}: reading grade ${read.corpusGrade} is above ${MAX_CORPUS_GRADE}`);
    for (const i of read.tooHard)
      report.errors.push(`${dir}/${i.file} › ${i.id}: reading grade ${i.grade} is too high (simplify the wording)`);
  }
}

// A translation must be complete: the same items (by id) as English, no more, no fewer.
const en = validated.get('en');
for (const [locale, c] of validated) {
  if (!en || locale === 'en') continue;
  for (const [key, file] of Object.entries(contentFiles)) {
    if (key === 'guidance') continue;
    const ids = (x: Content) => (x[key as keyof Content] as { id: string }[]).map((i) => i.id);
    const theirs = new Set(ids(c));
    const ours = new Set(ids(en));
    for (const id of ours) if (!theirs.has(id)) report.errors.push(`${join(root, locale, file)} › ${id}: is missing (it is in en)`);
    for (const id of theirs) if (!ours.has(id)) report.errors.push(`${join(root, locale, file)} › ${id}: is not in en`);
  }
  // The bundle shares the English sources with every language (publication
  // titles are not translated): see src/content/parts/es/sources.ts.
  if (JSON.stringify(c.sources) !== JSON.stringify(en.sources))
    report.errors.push(
      `${join(root, locale, 'sources.json')}: differs from en, but the widgets show the English sources in every language (src/content/parts/${locale}/sources.ts); import this file there instead`,
    );
}

// Example clinic content (content/examples/*.json): overlays on the English
// content, checked exactly as <knee-pain-guide> checks them at run time.
const examplesDir = join(root, 'examples');
const examples = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.json')) : [];
const english = locales.includes('en') ? loadLocale(join(root, 'en'), 'en') : undefined;
for (const file of examples) {
  const path = join(examplesDir, file);
  if (!english || english.errors.length) break;
  let overlay: unknown;
  try {
    overlay = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    report.errors.push(`${path}: is not valid JSON: ${(e as Error).message}`);
    continue;
  }
  const merged = mergeContent(english.data as unknown as Content, overlay);
  if (!merged.ok) report.errors.push(...merged.errors.map((e) => formatError(e, `${path} › `)));
}

if (json) {
  console.log(JSON.stringify(report));
} else {
  console.log(`Content check: ${locales.join(', ') || 'no locales'}; clinic examples: ${examples.join(', ') || 'none'}`);
  console.log(
    `  regions ${report.regions}, conditions ${report.conditions}, exercises ${report.exercises}, questions ${report.questions}, sources ${report.sources}`,
  );
  console.log(
    `  red flags: emergency ${report.redFlags.emergency}, today ${report.redFlags.today}, soon ${report.redFlags.soon}, routine ${report.redFlags.routine}`,
  );
  for (const [l, g] of Object.entries(report.readingGrade)) console.log(`  reading grade (${l}): ${g}`);
  console.log(`  hardest items: ${report.hardestItems.map((i) => `${i.id} ${i.grade}`).join(', ')}`);
  console.log(`  items missing sources: ${report.missingSources.length ? report.missingSources.join('; ') : 'none'}`);
  console.log(`  items past review (over ${REVIEW_EVERY_DAYS} days): ${report.reviewOverdue.length || 'none'}`);
  for (const r of report.reviewOverdue) console.log(`    ${r}`);
  if (report.errors.length) {
    console.error(`\n${report.errors.length} error(s):`);
    for (const e of report.errors) console.error(`  ${e}`);
  } else console.log('  errors: none');
}
process.exit(report.errors.length ? 1 : 0);
