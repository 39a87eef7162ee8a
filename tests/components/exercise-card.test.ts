import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { defaultContent } from '../../src/content/default.js';
import { realClick, shadow, textOf, isolated } from '../helpers.js';

const button = (el: ExerciseCard, label: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => label.test(textOf(b)))!;

describe('<exercise-card>', () => {
  it('renders the steps, dose and stop rule of the given exercise, and passes axe', async () => {
    const wallSit = defaultContent.exercises.find((e) => e.id === 'wall-sit')!;
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="wall-sit"></exercise-card>`);
    const text = textOf(shadow(el));
    expect(textOf(shadow(el).querySelector('h2'))).to.equal(wallSit.name);
    const steps = [...shadow(el).querySelectorAll('ol li')].map(textOf);
    expect(steps).to.deep.equal(wallSit.steps);
    expect(text).to.include(wallSit.stopIf);
    expect(text).to.match(/\d+ (holds|sets)/);
    await expect(el).to.be.accessible();
  });

  it('renders every exercise in the content without error', async () => {
    for (const e of defaultContent.exercises) {
      const el = await isolated<ExerciseCard>(html`<exercise-card .exercise=${e.id}></exercise-card>`);
      expect(textOf(shadow(el).querySelector('h2')), e.id).to.equal(e.name);
    }
  });

  it('switches to the harder exercise in place, and back', async () => {
    const bridge = defaultContent.exercises.find((e) => e.id === 'bridge')!;
    const harder = defaultContent.exercises.find((e) => e.id === bridge.harder.exercise)!;
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="bridge"></exercise-card>`);
    await realClick(button(el, /Make it harder/));
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('h2'))).to.equal(harder.name);
    await realClick(button(el, /^Back to/));
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('h2'))).to.equal(bridge.name);
  });

  it('shows a clear message and warns once, naming the valid ids, for an unknown exercise', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await isolated<ExerciseCard>(html`<exercise-card exercise="moon-walk"></exercise-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(shadow(el))).to.match(/could not find the exercise "moon-walk"/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('moon-walk').and.include('wall-sit');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });
});
