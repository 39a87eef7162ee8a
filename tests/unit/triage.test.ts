import { expect } from '@open-wc/testing';
import { triage } from '../../src/triage/triage.js';
import type { RedFlag, Tier } from '../../src/content/types.js';
import { defaultContent } from '../../src/content/default.js';

const flag = (id: string, tier: Tier): RedFlag => ({
  id,
  tier,
  text: id,
  why: 'why',
  action: 'act',
  applies: 'always',
  sources: ['x'],
  checked: { date: '2026-01-01', against: 'sources' },
});
const flags = [flag('e1', 'emergency'), flag('e2', 'emergency'), flag('s1', 'soon'), flag('r1', 'routine')];

describe('triage', () => {
  const table: [string[], string, string[]][] = [
    [[], 'none', []],
    [['r1'], 'routine', ['r1']],
    [['s1'], 'soon', ['s1']],
    [['e1'], 'emergency', ['e1']],
    [['r1', 's1'], 'soon', ['s1']],
    [['s1', 'r1', 'e2'], 'emergency', ['e2']],
    [['e2', 'e1'], 'emergency', ['e1', 'e2']],
    [['nope'], 'none', []],
    [['nope', 'r1'], 'routine', ['r1']],
  ];
  for (const [ticked, level, reasons] of table)
    it(`[${ticked.join(', ')}] → ${level}`, () => {
      const t = triage(flags, ticked);
      expect(t.level).to.equal(level);
      expect(t.reasons.map((f) => f.id)).to.deep.equal(reasons);
    });

  it('gives every default flag alone its own tier, and any emergency flag beats all the others ticked', () => {
    const all = defaultContent.redFlags;
    for (const f of all) expect(triage(all, [f.id]).level, f.id).to.equal(f.tier);
    const nonEmergency = all.filter((f) => f.tier !== 'emergency').map((f) => f.id);
    for (const e of all.filter((f) => f.tier === 'emergency'))
      expect(triage(all, [...nonEmergency, e.id]).level, e.id).to.equal('emergency');
  });
});
