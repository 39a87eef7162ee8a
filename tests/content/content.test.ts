/**
 * The default content: safe, sourced, linked up and readable. Shape and
 * references are covered by the validator's own tests; these check what the
 * validator cannot: medical claims we must never make, and readability.
 */
import { expect } from '@open-wc/testing';
import { defaultContent as c } from '../../src/content/default.js';
import { validateContent } from '../../src/content/schema.js';
import { MAX_CORPUS_GRADE, MAX_ITEM_GRADE, fleschKincaid, readability, syllables } from '../../src/content/readability.js';

/** Every string anywhere in a value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('default content', () => {
  it('is valid', () => {
    const r = validateContent(c);
    expect(r.ok ? [] : r.errors).to.deep.equal([]);
  });

  it('has the regions, conditions, exercises and tiers the widgets need', () => {
    expect(c.regions.length).to.be.at.least(13);
    expect(c.regions.filter((r) => r.view === 'any')).to.have.length(1);
    expect(c.conditions.length).to.be.at.least(15);
    expect(c.exercises.length).to.be.at.least(16);
    for (const tier of ['emergency', 'soon', 'routine'])
      expect(c.redFlags.filter((f) => f.tier === tier), tier).to.not.be.empty;
    expect(c.rules.find((r) => r.id === 'ottawa-knee-rules')?.performance).to.not.be.empty;
  });

  it('links every exercise to a condition and every condition’s exercise back to it', () => {
    for (const e of c.exercises) expect(e.helps, e.id).to.not.be.empty;
    const exercises = new Map(c.exercises.map((e) => [e.id, e]));
    for (const d of c.conditions)
      for (const id of d.exercises) expect(exercises.get(id)?.helps, `${d.id} → ${id}`).to.include(d.id);
  });

  it('gives every exercise 3 to 6 steps and a stop rule', () => {
    for (const e of c.exercises) {
      expect(e.steps.length, e.id).to.be.within(3, 6);
      expect(e.stopIf, e.id).to.not.be.empty;
    }
  });

  it('never repeats the seed articles’ wrong advice or names a product', () => {
    const banned = [
      /(knees?|toes?)[^.]{0,40}(must not|never|shouldn.t|should not|don.t)[^.]{0,20}(pass|go past|over) (the |your )?toes/i,
      /toxin/i,
      /lactic acid|lactate/i,
      // Affirmative claims only: "stretching does not prevent injury" is right.
      /stretch\w*[^.]{0,30}\b(helps?|will|can|to|does) prevent/i,
      /prevent\w* [^.]{0,20}(by|with) stretch/i,
      /(grass|soft(er)? (ground|surface))[^.]{0,40}protect/i,
      /maltrack/i,
      /arnica|devil.s claw|voltaren|kinesio|®|™/i,
      /inflammation of the (it|iliotibial)/i,
      /drain(ed|ing)? the (cyst|fluid)/i,
      /running (wears|causes|leads to)[^.]{0,30}arthritis/i,
    ];
    // Source titles are other people's words; everything else is ours.
    const all = strings({ ...c, sources: [] });
    for (const re of banned) {
      const hits = all.filter((s) => re.test(s));
      expect(hits, String(re)).to.deep.equal([]);
    }
  });

  it('puts the pes anserine spot on the upper inner shin, not just under the kneecap', () => {
    const r = c.regions.find((x) => x.id === 'upper-inner-shin')!;
    expect(r.causes[0]!.condition).to.equal('pes-anserine-pain');
    expect(r.where).to.match(/inner|inside/i);
  });

  it('says "not a diagnosis" and gives the pain rule', () => {
    expect(c.guidance.notADiagnosis).to.match(/not a diagnosis/i);
    expect(c.guidance.painBands.at(-1)!.max).to.equal(10);
  });

  it('never hard-codes one country’s emergency number in advice', () => {
    const advice = [...c.redFlags.flatMap((f) => [f.text, f.why, f.action]), ...c.conditions.flatMap((d) => d.seeAProfessional)];
    expect(advice.filter((s) => /\b(999|911|112|000)\b/.test(s))).to.deep.equal([]);
  });

  describe('readability (Flesch–Kincaid grade)', () => {
    it('counts syllables roughly right', () => {
      expect(syllables('knee')).to.equal(1);
      expect(syllables('running')).to.equal(2);
      expect(syllables('exercise')).to.equal(3);
      expect(syllables('osteoarthritis')).to.be.at.least(5);
    });

    it('scores easy text low and hard text high', () => {
      expect(fleschKincaid(['The cat sat on the mat. It was warm.'])).to.be.below(3);
      expect(
        fleschKincaid(['Patellofemoral pain syndrome is characterised by diffuse retropatellar or peripatellar discomfort exacerbated by activities.']),
      ).to.be.above(14);
    });

    it(`keeps the whole text at grade ${MAX_CORPUS_GRADE} or below, and every item at ${MAX_ITEM_GRADE} or below`, () => {
      const r = readability(c);
      expect(r.corpusGrade).to.be.at.most(MAX_CORPUS_GRADE);
      expect(r.tooHard).to.deep.equal([]);
    });
  });
});
