import { expect } from '@open-wc/testing';
import { mergeContent } from '../../src/content/clinic.js';
import { defaultContent } from '../../src/content/default.js';
import riverside from '../../content/examples/clinic-riverside.json';

const errorsOf = (overlay: unknown) => {
  const r = mergeContent(defaultContent, overlay);
  return r.ok ? [] : r.errors;
};

describe('mergeContent (a clinic’s content over the default)', () => {
  it('accepts the example clinic: rewords a condition, adds an exercise and a source, sets the clinic', () => {
    const r = mergeContent(defaultContent, riverside);
    expect(r.ok, JSON.stringify(r.ok ? '' : r.errors)).to.equal(true);
    if (!r.ok) return;
    const pfp = r.content.conditions.find((c) => c.id === 'patellofemoral-pain')!;
    expect(pfp.summary).to.match(/^Riverside's wording/);
    // Fields the clinic left out keep the default wording.
    expect(pfp.name).to.equal(defaultContent.conditions.find((c) => c.id === 'patellofemoral-pain')!.name);
    expect(r.content.exercises.map((e) => e.id)).to.include('heel-slide');
    expect(r.content.exercises).to.have.length(defaultContent.exercises.length + 1);
    expect(r.content.clinic?.emergencyNumber).to.equal('999');
  });

  it('refuses an overlay that lowers a warning sign, hides an emergency sign, or points an answer to a milder sign', () => {
    const emergency = defaultContent.redFlags.find((f) => f.tier === 'emergency')!;
    const routine = defaultContent.redFlags.find((f) => f.tier === 'routine')!;
    const pointing = defaultContent.questions.find((q) => q.yes.redFlag)!;
    const errors = errorsOf({
      redFlags: [
        { id: emergency.id, tier: 'soon' },
        { id: defaultContent.redFlags.find((f) => f.tier === 'emergency' && f.applies === 'always')!.id, applies: 'child' },
      ],
      questions: [{ id: pointing.id, yes: { ...pointing.yes, redFlag: routine.id } }],
    });
    expect(errors.map((e) => `${e.file} › ${e.id} › ${e.field}`)).to.include.members([
      `red-flags.json › ${emergency.id} › tier`,
      `questions.json › ${pointing.id} › yes.redFlag`,
    ]);
    expect(errors.some((e) => e.field === 'applies')).to.equal(true);
    // Raising a tier and rewording are fine.
    const raised = mergeContent(defaultContent, { redFlags: [{ id: routine.id, tier: 'soon', text: 'Reworded by the clinic' }] });
    expect(raised.ok).to.equal(true);
  });

  it('reads an old `reviewed` date as checked against sources, and shows a clinic’s own sign-off', () => {
    const r = mergeContent(defaultContent, {
      clinic: { name: 'Test clinic', review: { by: 'A. Person', role: 'Physiotherapist', date: '2026-12-01' } },
      conditions: [{ id: 'patellofemoral-pain', summary: 'Our words.', reviewed: '2026-11-30' }],
    });
    expect(r.ok, JSON.stringify(r.ok ? '' : r.errors)).to.equal(true);
    if (!r.ok) return;
    expect(r.content.conditions.find((c) => c.id === 'patellofemoral-pain')!.checked).to.deep.equal({
      date: '2026-11-30',
      against: 'sources',
    });
    expect(r.content.clinic?.review?.by).to.equal('A. Person');
  });

  it('never changes the default content', () => {
    const before = JSON.stringify(defaultContent);
    mergeContent(defaultContent, riverside);
    mergeContent(defaultContent, { conditions: [{ id: 'patellofemoral-pain', summary: '' }] });
    expect(JSON.stringify(defaultContent)).to.equal(before);
  });

  it('names the item and field of each problem', () => {
    const errors = errorsOf({
      conditions: [{ id: 'patellofemoral-pain', summary: '<img src=x onerror=alert(1)>' }],
      exercises: [{ id: 'new-one', name: 'Half an exercise' }],
    });
    expect(errors).to.deep.include({
      file: 'conditions.json',
      id: 'patellofemoral-pain',
      field: 'summary',
      message: 'must be plain text, without markup such as < > or &…;',
    });
    expect(errors.some((e) => e.file === 'exercises.json' && e.id === 'new-one' && e.field === 'steps')).to.equal(true);
  });

  it('refuses what is not content: wrong types, unknown parts and fields, items without ids', () => {
    for (const bad of [null, 42, 'text', [], true])
      expect(errorsOf(bad)[0], String(bad)).to.include({ field: '(content)' });
    expect(errorsOf({ conditons: [] })[0]).to.include({ field: 'conditons' });
    expect(errorsOf({ exercises: {} })[0]).to.include({ file: 'exercises.json', field: '(list)' });
    expect(errorsOf({ exercises: [42] })[0]).to.include({ file: 'exercises.json', id: '#0', field: 'id' });
    expect(errorsOf({ conditions: [{ id: 'patellofemoral-pain', colour: 'red' }] })[0]).to.include({
      id: 'patellofemoral-pain',
      field: 'colour',
    });
    expect(errorsOf({ locale: 'fr' })[0]).to.include({ field: 'locale' });
    expect(errorsOf({ clinic: { name: 'X', emergencyNumber: 'call us' } })[0]).to.include({
      file: 'clinic',
      field: 'emergencyNumber',
    });
  });

  it('keeps a JSON "__proto__" key as a plain (refused) field: no prototype is ever set', () => {
    const overlay = JSON.parse(
      '{"conditions":[{"id":"patellofemoral-pain","__proto__":{"polluted":true}}],"guidance":{"__proto__":{"polluted":true}}}',
    );
    const errors = errorsOf(overlay);
    expect(errors.map((e) => e.field)).to.include('__proto__');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('refuses dangling references and more items than any clinic needs', () => {
    expect(errorsOf({ conditions: [{ id: 'patellofemoral-pain', exercises: ['no-such-exercise'] }] })[0]).to.include({
      id: 'patellofemoral-pain',
      field: 'exercises[0]',
    });
    const many = Array.from({ length: 301 }, (_, i) => ({ id: `x-${i}` }));
    expect(errorsOf({ exercises: many })[0]!.message).to.match(/at most 300/);
  });
});
