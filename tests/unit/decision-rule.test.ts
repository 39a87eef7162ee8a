import { expect } from '@open-wc/testing';
import { applyRule } from '../../src/components/red-flag-checklist/decision-rule.js';
import { summaryText } from '../../src/components/red-flag-checklist/summary.js';
import { defaultContent } from '../../src/content/default.js';

const ottawa = defaultContent.rules.find((r) => r.id === 'ottawa-knee-rules')!;

describe('applyRule (Ottawa Knee Rules)', () => {
  it('is negative when no criterion is met', () => {
    expect(applyRule(ottawa, [])).to.deep.equal({ positive: false, met: [] });
  });

  it('is positive when any one criterion is met, for each criterion', () => {
    for (const c of ottawa.criteria) {
      const r = applyRule(ottawa, [c.id]);
      expect(r.positive, c.id).to.be.true;
      expect(r.met.map((m) => m.id)).to.deep.equal([c.id]);
    }
  });

  it('lists every criterion met, in the rule’s order, and ignores unknown ids', () => {
    const ids = ottawa.criteria.map((c) => c.id);
    const r = applyRule(ottawa, [...ids].reverse().concat('made-up'));
    expect(r.met.map((m) => m.id)).to.deep.equal(ids);
  });

  it('has five criteria and a reported sensitivity with its source', () => {
    expect(ottawa.criteria).to.have.length(5);
    for (const p of ottawa.performance) {
      expect(p.sensitivity).to.not.be.empty;
      expect(defaultContent.sources.some((s) => s.id === p.source), p.source).to.be.true;
    }
  });
});

describe('summaryText', () => {
  const labels = { title: 'T', advice: 'A', ticked: 'You ticked:', none: 'nothing', date: 'D', note: 'N' };
  it('lists the ticked signs under the advice', () => {
    const flags = defaultContent.redFlags.slice(0, 2);
    expect(summaryText(flags, labels)).to.equal(['T', 'D', '', 'A', '', 'You ticked:', ...flags.map((f) => `- ${f.text}`), '', 'N'].join('\n'));
  });
  it('says so when nothing is ticked', () => {
    expect(summaryText([], labels)).to.include('- nothing');
  });
});
