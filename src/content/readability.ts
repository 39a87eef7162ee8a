/**
 * A simple Flesch–Kincaid grade, for the consumer-facing strings of the
 * content. Used by `npm run content:check` and the tests, never shipped.
 *
 * Thresholds (documented in content/README.md): the whole corpus at most
 * grade 8 (a reading age of about 13), and no single item above grade 10.
 * Medical words are long by nature, so one item may run a little high.
 */
import type { Content } from './types.js';

export const MAX_CORPUS_GRADE = 8;
export const MAX_ITEM_GRADE = 10;

/** Syllables in one word, by vowel groups: rough, but good enough to compare texts. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** Counts for a list of strings; each string is at least one sentence (list items, headings). */
export function stats(texts: readonly string[]): TextStats {
  let words = 0;
  let sentences = 0;
  let syl = 0;
  for (const t of texts) {
    const ws = t.split(/\s+/).filter((w) => /[a-z]/i.test(w));
    words += ws.length;
    syl += ws.reduce((n, w) => n + syllables(w), 0);
    sentences += Math.max(1, (t.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  }
  return { words, sentences, syllables: syl };
}

export function grade({ words, sentences, syllables: syl }: TextStats): number {
  if (!words) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
}

export const fleschKincaid = (texts: readonly string[]): number => grade(stats(texts));

export interface ItemText {
  file: string;
  id: string;
  texts: string[];
}

/** The strings a visitor reads, item by item. Names and clinician-only rules are left out. */
export function consumerTexts(c: Content): ItemText[] {
  return [
    ...c.regions.map((r) => ({ file: 'regions.json', id: r.id, texts: [r.where, ...r.causes.map((x) => x.who)] })),
    ...c.conditions.map((d) => ({
      file: 'conditions.json',
      id: d.id,
      texts: [d.summary, ...d.feelsLike, ...d.worseWith, d.who, ...d.helps, ...d.seeAProfessional],
    })),
    ...c.exercises.map((e) => ({
      file: 'exercises.json',
      id: e.id,
      texts: [e.summary, ...e.steps, ...e.cues, ...e.mistakes, e.stopIf, e.easier.how, e.harder.how, e.dose.frequency],
    })),
    ...c.redFlags.map((f) => ({ file: 'red-flags.json', id: f.id, texts: [f.text, f.why, f.action] })),
    ...c.questions.map((q) => ({ file: 'questions.json', id: q.id, texts: [q.text] })),
    {
      file: 'guidance.json',
      id: 'guidance',
      texts: [
        c.guidance.notADiagnosis,
        c.guidance.painRule,
        ...c.guidance.painBands.map((b) => b.advice),
        c.guidance.injuryQuestion,
        c.guidance.selfCareIntro,
        ...c.guidance.selfCare,
        c.guidance.checkAgain,
      ],
    },
  ];
}

export interface ReadabilityReport {
  corpusGrade: number;
  items: { file: string; id: string; grade: number }[];
  tooHard: { file: string; id: string; grade: number }[];
}

export function readability(c: Content): ReadabilityReport {
  const parts = consumerTexts(c);
  const items = parts.map((p) => ({ file: p.file, id: p.id, grade: round(fleschKincaid(p.texts)) }));
  const corpusGrade = round(fleschKincaid(parts.flatMap((p) => p.texts)));
  return { corpusGrade, items, tooHard: items.filter((i) => i.grade > MAX_ITEM_GRADE) };
}

const round = (n: number) => Math.round(n * 10) / 10;
