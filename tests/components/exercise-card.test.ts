import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { defaultContent } from '../../src/content/default.js';
import { FakeClock, emulateMedia, mediaRuleHides, nextEvent, realClick, shadow, textOf, isolated } from '../helpers.js';
import type {
  ExerciseCompleteEvent,
  ExerciseStartEvent,
  KneeExerciseCompleteEvent,
  KneeExerciseStartEvent,
} from '../../src/components/exercise-card/events.js';
import { MOTION_MS } from '../../src/components/exercise-card/poses.js';

const button = (el: ExerciseCard, name: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => name.test(textOf(b)))!;
const press = async (el: ExerciseCard, name: RegExp) => {
  const b = button(el, name);
  expect(b, `button ${name}`).to.exist;
  await realClick(b);
  await el.updateComplete;
};
const sessionText = (el: ExerciseCard) => textOf(shadow(el).querySelector('[part="session"]'));
const live = (el: ExerciseCard) => textOf(shadow(el).querySelector('[part="session"] [role="status"]'));
const painScore = (el: ExerciseCard, n: number) =>
  [...shadow(el).querySelectorAll<HTMLLabelElement>('[part="pain-check"] label')].find((l) => textOf(l) === String(n))!;
const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

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

  it('shows the start and end positions, and the movement only when asked, for a few cycles', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="wall-sit"></exercise-card>`);
    const figure = shadow(el).querySelector('[part="figure"]')!;
    expect(figure.getAttribute('role')).to.equal('img');
    expect(figure.getAttribute('aria-label')).to.match(/Wall sit/);
    // Nothing moves by itself (WCAG 2.2.2): the two positions, side by side.
    expect(figure.querySelector('.motion')).to.equal(null);
    expect(visible(figure.querySelector('.stills'))).to.equal(true);
    expect(textOf(figure.querySelector('.stills'))).to.equal('Start position End position');
    const play = button(el, /^Show the movement$/);
    expect(play.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();

    await press(el, /^Show the movement$/);
    const motion = figure.querySelector<SVGSVGElement>('svg.motion')!;
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    expect(visible(motion)).to.equal(true);
    expect(visible(figure.querySelector('.stills'))).to.equal(false);
    // It plays (the drawing's clock runs), a set number of times.
    const t0 = motion.getCurrentTime();
    await waitUntil(() => motion.getCurrentTime() > t0, 'the drawing’s clock runs');
    expect(motion.animationsPaused()).to.equal(false);
    const repeats = [...motion.querySelectorAll('animate')].map((a) => a.getAttribute('repeatCount'));
    expect(repeats.length).to.be.greaterThan(0);
    expect(repeats.every((r) => r === '3')).to.equal(true);
    await expect(el).to.be.accessible();

    // Pressed again, it stops and the positions come back.
    await press(el, /^Show the movement$/);
    expect(play.getAttribute('aria-pressed')).to.equal('false');
    expect(figure.querySelector('.motion')).to.equal(null);
    expect(visible(figure.querySelector('.stills'))).to.equal(true);
  });

  it('stops the movement by itself after its three cycles (12 s), and the button says so', async () => {
    // WCAG 2.2.2: movement a visitor started still ends on its own, on the card's clock.
    const clock = new FakeClock();
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="bridge" .clock=${clock}></exercise-card>`);
    const figure = shadow(el).querySelector('[part="figure"]')!;
    const play = button(el, /^Show the movement$/);
    await press(el, /^Show the movement$/);
    expect(visible(figure.querySelector('svg.motion'))).to.equal(true);
    // Still moving just before the end…
    clock.advance(MOTION_MS - 1);
    await el.updateComplete;
    expect(figure.querySelector('svg.motion')).to.not.equal(null);
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    // …then the two positions come back, and the button can start it again.
    clock.advance(1);
    await el.updateComplete;
    expect(figure.querySelector('svg.motion')).to.equal(null);
    expect(play.getAttribute('aria-pressed')).to.equal('false');
    expect(visible(figure.querySelector('.stills'))).to.equal(true);
    await press(el, /^Show the movement$/);
    expect(visible(figure.querySelector('svg.motion'))).to.equal(true);
  });

  it('runs a session with a countdown, counted reps, rests, and a pain check; fires start and complete', async () => {
    const clock = new FakeClock();
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="bridge" .clock=${clock}></exercise-card>`);
    const started = nextEvent<KneeExerciseStartEvent>(el, 'knee-exercise-start');
    const startedAlias = nextEvent<ExerciseStartEvent>(el, 'exercise-start');
    await press(el, /^Start$/);
    expect((await started).detail).to.deep.equal({ exercise: 'bridge', setsDone: 0, reps: 0, holds: 0, pain: null });
    // The old name still fires, for one release, with the same detail.
    expect((await startedAlias).detail).to.deep.equal((await started).detail);
    expect(sessionText(el)).to.match(/Get ready.*Set 1 of 3.*0:05/);
    expect(live(el)).to.match(/Get ready/);
    // The clock runs the countdown.
    clock.advance(1300);
    await el.updateComplete;
    expect(sessionText(el)).to.match(/0:04/);
    await press(el, /^Skip$/);
    expect(sessionText(el)).to.match(/Reps.*0 of 10/);
    expect(live(el)).to.match(/Reps, set 1 of 3, 10 reps/);
    for (let i = 0; i < 10; i++) await press(el, /^Count a rep$/);
    expect(sessionText(el)).to.match(/Rest/);
    await expect(el).to.be.accessible();
    // The optional pain check during the rest.
    await realClick(painScore(el, 4));
    await el.updateComplete;
    const acceptable = defaultContent.guidance.painBands.find((b) => b.verdict === 'acceptable')!;
    expect(textOf(shadow(el).querySelector('.advice'))).to.equal(`OK, with care. ${acceptable.advice}`);
    await press(el, /^Skip$/);
    await press(el, /^Set done$/); // set 2 ended with no reps: not counted
    await press(el, /^Skip$/);
    await press(el, /^Set done$/);
    expect(sessionText(el)).to.match(/How much did it hurt\?/);
    expect(live(el)).to.match(/Last set done/);
    const completed = nextEvent<KneeExerciseCompleteEvent>(el, 'knee-exercise-complete');
    const completedAlias = nextEvent<ExerciseCompleteEvent>(el, 'exercise-complete');
    await realClick(painScore(el, 7));
    expect((await completedAlias).detail).to.deep.equal((await completed).detail);
    expect((await completed).detail).to.deep.equal({
      exercise: 'bridge',
      setsDone: 1,
      reps: 10,
      holds: 0,
      pain: 7,
      early: false,
    });
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('.advice'))).to.match(/Too much.*Stop for now/);
    expect(sessionText(el)).to.match(/All done/);
    await expect(el).to.be.accessible();
  });

  it('gives the pain rule’s three answers: fine, OK with care, too much (with an easier exercise)', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="split-squat"></exercise-card>`);
    await press(el, /^Start$/);
    await press(el, /^Finish$/);
    for (const [n, re] of [
      [1, /Fine.*Carry on/],
      [5, /OK, with care/],
      [8, /Too much/],
    ] as const) {
      await realClick(painScore(el, n));
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('.advice')), String(n)).to.match(re);
    }
    const easier = defaultContent.exercises.find((e) => e.id === 'split-squat')!.easier;
    if (easier.exercise) {
      await press(el, /Try the easier one/);
      expect(textOf(shadow(el).querySelector('h2'))).to.equal(
        defaultContent.exercises.find((e) => e.id === easier.exercise)!.name,
      );
    }
  });

  it('pauses and resumes a hold, and finishing early says so', async () => {
    const clock = new FakeClock();
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="wall-sit" .clock=${clock}></exercise-card>`);
    await press(el, /^Start$/);
    await press(el, /^Skip$/);
    expect(sessionText(el)).to.match(/Hold.*0:45/);
    await press(el, /^Pause$/);
    expect(sessionText(el)).to.match(/Paused/);
    const shown = textOf(shadow(el).querySelector('.big'));
    clock.advance(5000);
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('.big'))).to.equal(shown);
    await press(el, /^Resume$/);
    await press(el, /^End this hold$/);
    const completed = nextEvent<ExerciseCompleteEvent>(el, 'exercise-complete');
    await press(el, /^Finish$/);
    expect((await completed).detail).to.include({ exercise: 'wall-sit', holds: 1, setsDone: 1, early: true });
    expect(sessionText(el)).to.match(/Session ended early/);
  });

  it('prints as a clean handout: steps and both positions, no controls', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="clamshell"></exercise-card>`);
    // Even while the movement plays on screen, paper gets the two positions.
    await press(el, /^Show the movement$/);
    if (!(await emulateMedia({ media: 'print' }))) {
      // This engine cannot emulate print: check the print rules it parsed.
      for (const hidden of ['.session', '.variants', '.play', '.motion'])
        expect(mediaRuleHides(el, /print/, hidden), hidden).to.equal(true);
      return;
    }
    try {
      expect(visible(shadow(el).querySelector('[part="session"]'))).to.equal(false);
      expect(visible(shadow(el).querySelector('.variants'))).to.equal(false);
      expect(visible(shadow(el).querySelector('.motion'))).to.equal(false);
      expect(visible(shadow(el).querySelector('.play'))).to.equal(false);
      expect(visible(shadow(el).querySelector('.stills'))).to.equal(true);
      expect(visible(shadow(el).querySelector('.steps'))).to.equal(true);
      expect(visible(shadow(el).querySelector('[part="stop"]'))).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
