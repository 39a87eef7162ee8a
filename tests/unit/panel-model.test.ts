import { expect } from '@open-wc/testing';
import { panelModel, MAX_EXERCISES } from '../../src/components/knee-pain-map/panel-model.js';
import { defaultContent } from '../../src/content/default.js';
import { indexContent } from '../../src/content/content-index.js';
import { byUrgency } from '../../src/triage/triage.js';

const data = indexContent(defaultContent);
const region = (id: string) => data.region(id)!;

describe('panelModel (what the map’s panel shows)', () => {
  it('with no answers: the content’s causes in order, the region’s signs most urgent first, a few exercises', () => {
    const m = panelModel(region('kneecap'), {}, data);
    expect(m.result.causes.map((c) => c.cause.condition)).to.deep.equal(region('kneecap').causes.map((c) => c.condition));
    expect(m.urgent).to.equal(false);
    expect(m.result.urgent).to.deep.equal([]);
    const tiers = m.signs.map((f) => f.tier);
    expect([...tiers].sort(byUrgency)).to.deep.equal(tiers);
    expect(m.exercises.length).to.be.within(1, MAX_EXERCISES);
    expect(m.exercisesHeld).to.equal(false);
    expect(m.questions.map((q) => q.id)).to.deep.equal(region('kneecap').questions);
  });

  it('an answer pointing to an emergency: its sign first, no milder sign and no exercise beside it', () => {
    const m = panelModel(region('back-centre'), { 'clot-lung-signs': 'yes' }, data);
    expect(m.result.level).to.equal('emergency');
    expect(m.urgent).to.equal(true);
    expect(m.result.urgent.map((f) => f.id)).to.deep.equal(['clot-lung-signs']);
    expect(m.signs.every((f) => f.tier === 'emergency'), m.signs.map((f) => f.tier).join()).to.equal(true);
    expect(m.exercises).to.deep.equal([]);
  });

  it('an answer pointing to "get seen today" holds back the exercises and keeps only signs as urgent or more', () => {
    const m = panelModel(region('inner-joint-line'), { 'knee-locked': 'yes' }, data);
    expect(m.result.level).to.equal('today');
    expect(m.exercises).to.deep.equal([]);
    expect(m.exercisesHeld).to.equal(true);
    expect(m.signs.every((f) => byUrgency(f.tier, 'today') <= 0)).to.equal(true);
  });
});
