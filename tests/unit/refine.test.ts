import { expect } from '@open-wc/testing';
import { refine, type Answers } from '../../src/triage/refine.js';
import { indexContent } from '../../src/content/content-index.js';
import { defaultContent } from '../../src/content/default.js';
import type { Content, Region } from '../../src/content/types.js';

const index = indexContent(defaultContent);
const region = (id: string) => index.region(id)!;
const order = (r: Region, answers: Answers) => refine(r, answers, index).causes.map((c) => c.cause.condition);

// A tiny made-up content set, so the arithmetic is checked independently of
// the real weights (which clinicians may tune).
const toy = {
  ...defaultContent,
  regions: [
    {
      ...defaultContent.regions[0]!,
      id: 'toy',
      causes: [
        { condition: 'a', commonness: 'common', who: '' },
        { condition: 'b', commonness: 'common', who: '' },
        { condition: 'c', commonness: 'less-common', who: '' },
        { condition: 'd', commonness: 'rare', who: '' },
      ],
      questions: ['q1', 'q2', 'q3'],
    },
  ],
  questions: [
    { id: 'q1', text: '', yes: { boost: { c: 3 } }, no: { boost: { c: -1 } }, sources: [], checked: { date: '2026-01-01', against: 'sources' } },
    { id: 'q2', text: '', yes: { boost: { b: 1 }, redFlag: 'soon-flag' }, no: {}, sources: [], checked: { date: '2026-01-01', against: 'sources' } },
    { id: 'q3', text: '', yes: { redFlag: 'emergency-flag' }, no: { boost: { a: -3 } }, sources: [], checked: { date: '2026-01-01', against: 'sources' } },
    { id: 'unasked', text: '', yes: { boost: { d: 9 } }, no: {}, sources: [], checked: { date: '2026-01-01', against: 'sources' } },
  ],
  redFlags: [
    { id: 'soon-flag', tier: 'soon', text: 's', why: '', action: '', applies: 'always', sources: [], checked: { date: '2026-01-01', against: 'sources' } },
    { id: 'emergency-flag', tier: 'emergency', text: 'e', why: '', action: '', applies: 'always', sources: [], checked: { date: '2026-01-01', against: 'sources' } },
  ],
} as Content;
const toyIndex = indexContent(toy);
const toyRegion = toy.regions[0]!;
const toyOrder = (answers: Answers) => refine(toyRegion, answers, toyIndex).causes.map((c) => c.cause.condition);

describe('refine: re-ranking causes from answers', () => {
  it('keeps the content’s order when nothing is answered', () => {
    expect(toyOrder({})).to.deep.equal(['a', 'b', 'c', 'd']);
    for (const r of defaultContent.regions) {
      expect(order(r, {}), r.id).to.deep.equal(r.causes.map((c) => c.condition));
    }
  });

  it('lifts a less common cause above the common ones on a strong answer', () => {
    expect(toyOrder({ q1: 'yes' })).to.deep.equal(['c', 'a', 'b', 'd']);
    const c = refine(toyRegion, { q1: 'yes' }, toyIndex).causes[0]!;
    expect(c.shift).to.equal(3);
    expect(c.score).to.equal(5);
  });

  it('lowers a cause on a “no”, and a mild answer only breaks ties', () => {
    expect(toyOrder({ q3: 'no' })).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(toyOrder({ q2: 'yes' })).to.deep.equal(['b', 'a', 'c', 'd']);
    expect(toyOrder({ q1: 'no' })).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('a decisive answer (+6) lifts a rare cause above common ones; −6 drops a cause below all', () => {
    const decisive = {
      ...toy,
      questions: [
        ...toy.questions,
        { id: 'q4', text: '', yes: { boost: { d: 6 } }, no: { boost: { a: -6 } }, sources: [], checked: { date: '2026-01-01', against: 'sources' } },
      ],
      regions: [{ ...toyRegion, questions: ['q1', 'q2', 'q3', 'q4'] }],
    } as Content;
    const at = indexContent(decisive);
    const ranked = (answers: Answers) => refine(decisive.regions[0]!, answers, at).causes;
    // rare 0 + 6 = 6 beats common 4
    expect(ranked({ q4: 'yes' }).map((c) => [c.cause.condition, c.score])).to.deep.equal([
      ['d', 6],
      ['a', 4],
      ['b', 4],
      ['c', 2],
    ]);
    // common 4 − 6 = −2, below rare 0
    expect(ranked({ q4: 'no' }).map((c) => c.cause.condition)).to.deep.equal(['b', 'c', 'd', 'a']);
    // weights add: 2 + 3 (q1) and 4 − 6 (q4 no)
    expect(ranked({ q1: 'yes', q4: 'no' }).map((c) => [c.cause.condition, c.score, c.shift])).to.deep.equal([
      ['c', 5, 3],
      ['b', 4, 0],
      ['d', 0, 0],
      ['a', -2, -6],
    ]);
  });

  it('gives the level of the most urgent sign the answers point to, as the checklist would', () => {
    expect(refine(toyRegion, {}, toyIndex).level).to.equal('none');
    expect(refine(toyRegion, { q2: 'yes' }, toyIndex).level).to.equal('soon');
    expect(refine(toyRegion, { q2: 'yes', q3: 'yes' }, toyIndex).level).to.equal('emergency');
  });

  it('ignores answers to questions this region does not ask', () => {
    expect(toyOrder({ unasked: 'yes' })).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(refine(toyRegion, { unasked: 'yes' }, toyIndex).answered).to.equal(0);
  });

  it('returns the warning signs the answers point to, emergencies first', () => {
    const r = refine(toyRegion, { q2: 'yes', q3: 'yes' }, toyIndex);
    expect(r.urgent.map((f) => f.id)).to.deep.equal(['emergency-flag', 'soon-flag']);
    expect(r.answered).to.equal(2);
    expect(refine(toyRegion, { q2: 'no', q3: 'no' }, toyIndex).urgent).to.be.empty;
  });

  it('with the real content: downhill pain below the kneecap keeps tendon and kneecap pain on top', () => {
    expect(order(region('below-kneecap'), { 'worse-downhill-or-stairs': 'yes' }).slice(0, 2)).to.have.members([
      'patellar-tendinopathy',
      'patellofemoral-pain',
    ]);
  });

  it('with the real content: a growing child with pain below the kneecap puts the growth-plate cause first', () => {
    expect(order(region('below-kneecap'), { 'is-child': 'yes' })[0]).to.equal('sinding-larsen-johansson');
  });

  it('with the real content: a twist that catches puts a meniscus tear first on the inner joint line', () => {
    expect(order(region('inner-joint-line'), { 'started-with-twist-or-fall': 'yes', catches: 'yes' })[0]).to.equal(
      'meniscus-tear',
    );
  });

  it('with the real content: one swollen, warm calf puts the blood clot first, at the "today" level', () => {
    const r = refine(region('upper-calf'), { 'calf-clot-signs': 'yes' }, index);
    expect(r.urgent.map((f) => f.id)).to.deep.equal(['calf-clot-signs']);
    expect(r.level).to.equal('today');
    expect(r.causes[0]!.cause.condition).to.equal('blood-clot');
  });

  it('every region asks 2 to 8 questions that exist', () => {
    for (const r of defaultContent.regions) {
      expect(r.questions.length, r.id).to.be.within(2, 8);
      for (const q of r.questions) expect(index.question(q), `${r.id} › ${q}`).to.exist;
    }
  });
});
