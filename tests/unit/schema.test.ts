import { expect } from '@open-wc/testing';
import { formatError, validateContent, type ContentError } from '../../src/content/schema.js';
import { defaultContent } from '../../src/content/default.js';
import type { Content } from '../../src/content/types.js';

/** A deep copy of the default content to break on purpose. */
const copy = (): Content => structuredClone(defaultContent);
const errorsOf = (data: unknown): ContentError[] => {
  const r = validateContent(data);
  return r.ok ? [] : r.errors;
};

describe('content validator', () => {
  it('accepts the default content', () => {
    expect(errorsOf(defaultContent)).to.deep.equal([]);
  });

  it('names the file, the item id and the field of a wrong value', () => {
    const c = copy();
    const pfp = c.conditions[0]!;
    pfp.feelsLike[1] = '';
    const [e] = errorsOf(c);
    expect(e).to.deep.include({ file: 'conditions.json', id: pfp.id, field: 'feelsLike[1]' });
    expect(formatError(e!)).to.equal(`conditions.json › ${pfp.id} › feelsLike[1]: must not be empty`);
  });

  it('rejects markup and script in any string', () => {
    for (const bad of ['<img src=x onerror=alert(1)>', 'Tom &amp; Jerry', 'javascript:alert(1)', '</p>']) {
      const c = copy();
      c.exercises[0]!.steps[0] = bad;
      const errs = errorsOf(c);
      expect(errs, bad).to.have.length(1);
      expect(errs[0]!.message).to.match(/plain text/);
    }
  });

  it('rejects a source link that is not http(s)', () => {
    const c = copy();
    c.sources[0]!.url = 'javascript:alert(1)';
    expect(errorsOf(c)[0]).to.deep.include({ file: 'sources.json', id: c.sources[0]!.id, field: 'url' });
  });

  it('reports missing fields, unknown fields and wrong enums', () => {
    const c = copy() as unknown as { redFlags: Record<string, unknown>[] };
    const f = c.redFlags[0]!;
    delete f.why;
    f.colour = 'red';
    f.tier = 'panic';
    const fields = errorsOf(c).map((e) => `${e.id} ${e.field}`);
    expect(fields).to.include.members([`${f.id} why`, `${f.id} colour`, `${f.id} tier`]);
  });

  it('requires at least one source and a review date on every item', () => {
    const c = copy();
    c.regions[0]!.sources = [];
    c.exercises[0]!.checked.date = 'last year';
    const fields = errorsOf(c).map((e) => `${e.file} ${e.field}`);
    expect(fields).to.include.members(['regions.json sources', 'exercises.json checked.date']);
  });

  it('finds references to ids that do not exist', () => {
    const c = copy();
    c.regions[0]!.causes[0]!.condition = 'no-such-condition';
    c.exercises[0]!.harder.exercise = 'no-such-exercise';
    c.conditions[0]!.sources.push('no-such-source');
    const msgs = errorsOf(c).map((e) => `${e.file} ${e.field} ${e.message}`);
    expect(msgs.some((m) => m.startsWith('regions.json causes[0].condition refers to "no-such-condition"'))).to.be.true;
    expect(msgs.some((m) => m.startsWith('exercises.json harder.exercise refers to "no-such-exercise"'))).to.be.true;
    expect(msgs.some((m) => m.includes('refers to "no-such-source"'))).to.be.true;
  });

  it('finds duplicate ids and conditions no region leads to', () => {
    const c = copy();
    c.exercises.push(structuredClone(c.exercises[0]!));
    c.conditions.push({ ...structuredClone(c.conditions[0]!), id: 'orphan' });
    const errs = errorsOf(c);
    expect(errs.some((e) => e.id === c.exercises[0]!.id && /more than one/.test(e.message))).to.be.true;
    expect(errs.some((e) => e.id === 'orphan' && /not a cause in any region/.test(e.message))).to.be.true;
  });

  it('refuses things that are not content at all, without throwing', () => {
    for (const junk of [null, 42, 'text', [], { locale: 'en' }]) expect(errorsOf(junk), String(junk)).to.not.be.empty;
  });

  it('checks the holes of a sparse list as missing values, and never throws on them', () => {
    const c = structuredClone(defaultContent) as unknown as Record<string, unknown[]>;
    c.sources!.length += 1; // a hole at the end of a top-level list
    const errors = errorsOf(c);
    expect(errors.some((e) => e.file === 'sources.json' && e.id === `#${c.sources!.length - 1}`)).to.equal(true);
    const guidance = { ...defaultContent.guidance, selfCare: ['Rest.', , 'Ice.'] };
    expect(errorsOf({ ...defaultContent, guidance }).map((e) => `${e.file} ${e.field}`)).to.include('guidance.json selfCare[1]');
  });

  it('refuses a list where an object is wanted, naming that field', () => {
    const c = copy() as unknown as { exercises: Record<string, unknown>[]; questions: { yes: Record<string, unknown> }[] };
    c.exercises[0]!.dose = [];
    c.questions[0]!.yes.boost = [];
    const errors = errorsOf(c).map((e) => `${e.file} ${e.field}: ${e.message}`);
    expect(errors).to.include.members([
      'exercises.json dose: must be an object',
      'questions.json yes.boost: must be an object',
    ]);
  });

  it('says a required field set to undefined is missing, as if left out', () => {
    const c = copy() as unknown as { redFlags: Record<string, unknown>[] };
    c.redFlags[0]!.why = undefined;
    expect(errorsOf(c)).to.deep.equal([{ file: 'red-flags.json', id: c.redFlags[0]!.id, field: 'why', message: 'is missing' }]);
  });

  it('counts the items of a list before checking them', () => {
    const c = copy();
    c.exercises[0]!.steps = ['<b>too few</b>'];
    expect(errorsOf(c)).to.deep.equal([
      { file: 'exercises.json', id: c.exercises[0]!.id, field: 'steps', message: 'must have 3 to 6 items (has 1)' },
    ]);
  });

  it('refuses a boost of `__proto__` or `constructor` as a reference to no condition', () => {
    const c = JSON.parse(JSON.stringify(defaultContent).replace('"boost":{', '"boost":{"__proto__":1,"constructor":2,')) as Content;
    const messages = errorsOf(c).map((e) => `${e.field} ${e.message}`);
    expect(messages.some((m) => /boost\.__proto__ refers to "__proto__"/.test(m))).to.equal(true);
    expect(messages.some((m) => /boost\.constructor refers to "constructor"/.test(m))).to.equal(true);
  });

  it('reports top-level keys that are not content files as fields of the content, even "constructor"', () => {
    const errors = errorsOf({ ...defaultContent, constructor: {}, locale: '<b>' });
    expect(errors).to.deep.include.members([
      { file: '(content)', field: 'constructor', message: errors.find((e) => e.field === 'constructor')!.message },
      { file: '(content)', field: 'locale', message: errors.find((e) => e.field === 'locale')!.message },
    ]);
    expect(errors.every((e) => typeof e.file === 'string')).to.equal(true);
  });
});
