// Property-based tests for the red-flag checklist's pure logic: `triage`
// (ticked warning signs → one piece of advice) and `applyRule` (an "any
// criterion" clinical decision rule such as the Ottawa Knee Rules).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { applyRule } from '../../src/components/red-flag-checklist/decision-rule.js';
import { triage, type Level } from '../../src/triage/triage.js';
import { defaultContent } from '../../src/content/default.js';
import type { DecisionRule, RedFlag, Tier } from '../../src/content/types.js';

const numRuns = 200;
const rank: Record<Level, number> = { none: 0, routine: 1, soon: 2, today: 3, emergency: 4 };
const tiers: Tier[] = ['emergency', 'today', 'soon', 'routine'];

const anId = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);
const aFlag = (id: string, tier: Tier): RedFlag => ({
  id,
  tier,
  text: `text of ${id}`,
  why: 'why',
  action: 'act',
  applies: 'always',
  sources: ['s'],
  checked: { date: '2026-01-01', against: 'sources' },
});

/** A list of flags with unique ids (as validated content has), or the real default flags. */
const flagsArb: fc.Arbitrary<readonly RedFlag[]> = fc.oneof(
  fc
    .uniqueArray(fc.tuple(anId, fc.constantFrom(...tiers)), { selector: ([id]) => id, maxLength: 12 })
    .map((xs) => xs.map(([id, tier]) => aFlag(id, tier))),
  // A copy, named so a counterexample does not print every flag.
  fc.constant(Object.assign([...defaultContent.redFlags], { [fc.toStringMethod]: () => 'defaultContent.redFlags' })),
);

/** Ids that are certainly not flag ids: the page may hold stale ones. */
const unknownIds = (flags: readonly RedFlag[]) =>
  fc.array(
    fc.oneof(fc.string(), anId, fc.constantFrom('__proto__', 'constructor', 'toString', '')),
    { maxLength: 5 },
  ).map((xs) => xs.filter((x) => !flags.some((f) => f.id === x)));

/** Flags, and a ticked list drawn from their ids (with repeats) plus unknown ids, shuffled. */
const caseArb = flagsArb.chain((flags) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...(flags.length ? flags.map((f) => f.id) : ['none'])), { maxLength: 15 }),
      unknownIds(flags),
    )
    .chain(([known, unknown]) => fc.shuffledSubarray([...known, ...unknown], { minLength: known.length + unknown.length }))
    .map((ticked) => ({ flags, ticked })),
);

/** The tier a list of ticked flags calls for, computed independently of `triage`. */
const model = (flags: readonly RedFlag[], ticked: readonly string[]) => {
  const hits = flags.filter((f) => ticked.includes(f.id));
  const level: Level = tiers.find((t) => hits.some((f) => f.tier === t)) ?? 'none';
  return { level, reasons: hits.filter((f) => f.tier === level) };
};

describe('triage (properties)', () => {
  it('gives the most urgent tier among the ticked known flags, or none', () => {
    fc.assert(
      fc.property(caseArb, ({ flags, ticked }) => {
        expect(triage(flags, ticked).level).to.equal(model(flags, ticked).level);
      }),
      { numRuns },
    );
  });

  it('gives as reasons exactly the ticked flags of that tier, in content order, as the content’s own objects', () => {
    fc.assert(
      fc.property(caseArb, ({ flags, ticked }) => {
        const t = triage(flags, ticked);
        const expected = model(flags, ticked).reasons;
        expect(t.reasons).to.have.length(expected.length);
        t.reasons.forEach((f, i) => expect(f).to.equal(expected[i])); // identity, not a copy
        expect(t.reasons.length > 0).to.equal(t.level !== 'none');
        for (const f of t.reasons) expect(f.tier).to.equal(t.level);
      }),
      { numRuns },
    );
  });

  it('does not depend on the order of the ticked ids, their repeats, or the kind of iterable', () => {
    fc.assert(
      fc.property(
        caseArb.chain(({ flags, ticked }) =>
          fc.record({
            flags: fc.constant(flags),
            ticked: fc.constant(ticked),
            other: fc.shuffledSubarray([...ticked, ...ticked], { minLength: ticked.length * 2 }),
          }),
        ),
        ({ flags, ticked, other }) => {
          const t = triage(flags, ticked);
          expect(triage(flags, other)).to.deep.equal(t);
          expect(triage(flags, new Set(ticked))).to.deep.equal(t);
          expect(triage(flags, (function* () { yield* ticked; })())).to.deep.equal(t);
        },
      ),
      { numRuns },
    );
  });

  it('ignores unknown ids', () => {
    fc.assert(
      fc.property(
        caseArb.chain(({ flags, ticked }) => unknownIds(flags).map((unknown) => ({ flags, ticked, unknown }))),
        ({ flags, ticked, unknown }) => {
          expect(triage(flags, [...unknown, ...ticked, ...unknown])).to.deep.equal(triage(flags, ticked));
          if (unknown.length) expect(triage(flags, unknown)).to.deep.equal({ level: 'none', reasons: [] });
        },
      ),
      { numRuns },
    );
  });

  it('never lowers the urgency when one more flag is ticked', () => {
    fc.assert(
      fc.property(
        caseArb.chain(({ flags, ticked }) =>
          fc.constantFrom(...flags.map((f) => f.id), 'not-a-flag').map((extra) => ({ flags, ticked, extra })),
        ),
        ({ flags, ticked, extra }) => {
          const before = triage(flags, ticked);
          const after = triage(flags, [...ticked, extra]);
          expect(rank[after.level]).to.be.at.least(rank[before.level]);
          // At the same level, the reasons only grow.
          if (after.level === before.level) for (const f of before.reasons) expect(after.reasons).to.include(f);
        },
      ),
      { numRuns },
    );
  });

  it('lets any ticked emergency flag win, with every ticked emergency flag as a reason', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ flags, ticked }, pick) => {
        const emergencies = flags.filter((f) => f.tier === 'emergency');
        fc.pre(emergencies.length > 0);
        const e = emergencies[pick % emergencies.length]!;
        const t = triage(flags, [...ticked, e.id]);
        expect(t.level).to.equal('emergency');
        expect(t.reasons).to.include(e);
        expect(t.reasons.map((f) => f.id)).to.deep.equal(
          emergencies.filter((f) => f.id === e.id || ticked.includes(f.id)).map((f) => f.id),
        );
      }),
      { numRuns },
    );
  });

  it('changes neither the flags nor the ticked list', () => {
    fc.assert(
      fc.property(caseArb, ({ flags, ticked }) => {
        const f = JSON.stringify(flags);
        const t = JSON.stringify(ticked);
        triage(flags, ticked);
        expect(JSON.stringify(flags)).to.equal(f);
        expect(JSON.stringify(ticked)).to.equal(t);
      }),
      { numRuns: 50 },
    );
  });
});

// ─── applyRule ───────────────────────────────────────────────────────────────

const ruleArb: fc.Arbitrary<DecisionRule> = fc.oneof(
  fc.constantFrom(...defaultContent.rules),
  fc.uniqueArray(anId, { minLength: 1, maxLength: 10 }).map(
    (ids): DecisionRule => ({
      ...defaultContent.rules[0]!,
      id: 'generated',
      criteria: ids.map((id) => ({ id, text: `criterion ${id}` })),
    }),
  ),
);

/** A rule, and a "met" list drawn from its criterion ids (with repeats) plus unknown ids, shuffled. */
const ruleCaseArb = ruleArb.chain((rule) => {
  const ids = rule.criteria.map((c) => c.id);
  return fc
    .tuple(
      fc.array(fc.constantFrom(...ids), { maxLength: 12 }),
      fc.array(fc.oneof(fc.string(), anId), { maxLength: 4 }).map((xs) => xs.filter((x) => !ids.includes(x))),
    )
    .chain(([known, unknown]) => fc.shuffledSubarray([...known, ...unknown], { minLength: known.length + unknown.length }))
    .map((met) => ({ rule, met }));
});

describe('applyRule (properties)', () => {
  it('is positive exactly when a known criterion is met, and lists exactly those met, in the rule’s order', () => {
    fc.assert(
      fc.property(ruleCaseArb, ({ rule, met }) => {
        const r = applyRule(rule, met);
        const expected = rule.criteria.filter((c) => met.includes(c.id));
        expect(r.met).to.have.length(expected.length);
        r.met.forEach((c, i) => expect(c).to.equal(expected[i]));
        expect(r.positive).to.equal(expected.length > 0);
      }),
      { numRuns },
    );
  });

  it('does not depend on order, repeats or unknown ids', () => {
    fc.assert(
      fc.property(
        ruleCaseArb.chain(({ rule, met }) =>
          fc
            .shuffledSubarray([...met, ...met, 'no-such-criterion'], { minLength: met.length * 2 + 1 })
            .map((other) => ({ rule, met, other })),
        ),
        ({ rule, met, other }) => {
          expect(applyRule(rule, other)).to.deep.equal(applyRule(rule, met));
          expect(applyRule(rule, new Set(met))).to.deep.equal(applyRule(rule, met));
        },
      ),
      { numRuns },
    );
  });

  it('never turns negative, or forgets a criterion, when one more criterion is met', () => {
    fc.assert(
      fc.property(
        ruleCaseArb.chain(({ rule, met }) =>
          fc.constantFrom(...rule.criteria.map((c) => c.id)).map((extra) => ({ rule, met, extra })),
        ),
        ({ rule, met, extra }) => {
          const before = applyRule(rule, met);
          const after = applyRule(rule, [...met, extra]);
          expect(after.positive).to.be.true;
          for (const c of before.met) expect(after.met).to.include(c);
        },
      ),
      { numRuns },
    );
  });
});
