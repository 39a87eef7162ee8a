import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ExerciseSession, type SessionChange } from '../../src/components/exercise-card/session.js';
import { FakeClock } from '../helpers.js';
import { planSession, clockText, secondsLeft } from '../../src/components/exercise-card/plan.js';
import { painBand } from '../../src/components/exercise-card/pain.js';
import { defaultContent } from '../../src/content/default.js';
import type { Dose } from '../../src/content/types.js';

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  readonly updateComplete = Promise.resolve(true);
}

const holdDose: Dose = { sets: 2, holdSeconds: 10, restSeconds: 5, perSide: false, frequency: '' };
const repDose: Dose = { sets: 2, reps: 3, restSeconds: 30, perSide: true, frequency: '' };

function setup() {
  const clock = new FakeClock();
  const host = new FakeHost();
  const changes: SessionChange[] = [];
  const session = new ExerciseSession(host, (c) => changes.push(c), () => clock);
  return { clock, host, session, changes };
}

describe('planSession', () => {
  it('holds: get ready, hold, rest, hold; no rest after the last set', () => {
    expect(planSession(holdDose).map((s) => `${s.kind}:${s.seconds}`)).to.deep.equal([
      'ready:5',
      'hold:10',
      'rest:5',
      'hold:10',
    ]);
  });

  it('one leg then the other, each with its own get-ready', () => {
    const steps = planSession(repDose);
    expect(steps.map((s) => `${s.side}:${s.kind}:${s.set}`)).to.deep.equal([
      'left:ready:1',
      'left:reps:1',
      'left:rest:1',
      'left:reps:2',
      'right:ready:1',
      'right:reps:1',
      'right:rest:1',
      'right:reps:2',
    ]);
    expect(steps[1]!.reps).to.equal(3);
  });

  it('clamps absurd doses from clinic content', () => {
    const steps = planSession({ sets: 1000, holdSeconds: 99999, restSeconds: -5, perSide: false, frequency: '' });
    expect(steps.filter((s) => s.kind === 'hold')).to.have.length(30);
    expect(steps.find((s) => s.kind === 'hold')!.seconds).to.equal(300);
    expect(steps.some((s) => s.kind === 'rest')).to.equal(false);
  });

  it('plans every exercise in the content', () => {
    for (const e of defaultContent.exercises) {
      const steps = planSession(e.dose);
      expect(steps.filter((s) => s.kind === 'hold' || s.kind === 'reps'), e.id).to.have.length(
        e.dose.sets * (e.dose.perSide ? 2 : 1),
      );
    }
  });

  it('formats the countdown', () => {
    expect(secondsLeft(4001)).to.equal(5);
    expect(secondsLeft(0)).to.equal(0);
    expect(clockText(65)).to.equal('1:05');
    expect(clockText(9)).to.equal('0:09');
  });
});

describe('ExerciseSession on a fake clock', () => {
  it('counts down get-ready, holds, rests, then asks for the pain check', () => {
    const { clock, session, changes } = setup();
    session.start(holdDose);
    expect(session.status).to.equal('running');
    expect(session.step!.kind).to.equal('ready');
    clock.advance(4_800);
    expect(session.step!.kind).to.equal('ready');
    expect(secondsLeft(session.remainingMs)).to.equal(1);
    clock.advance(400);
    expect(session.step!.kind).to.equal('hold');
    clock.advance(10_000);
    expect(session.step!.kind).to.equal('rest');
    expect(session.holds).to.equal(1);
    clock.advance(5_000 + 10_000);
    expect(session.status).to.equal('check');
    expect(session.holds).to.equal(2);
    expect(session.setsDone).to.equal(2);
    expect(clock.running).to.equal(0);
    expect(changes).to.deep.equal(['start', 'step', 'step', 'step', 'check']);
  });

  it('carries time over when a tick is late, so the session is never longer than planned', () => {
    const { clock, session } = setup();
    session.start(holdDose);
    clock.advance(5_000 + 10_000 + 5_000 + 10_000);
    expect(session.status).to.equal('check');
  });

  it('pauses and resumes without losing or gaining time', () => {
    const { clock, session } = setup();
    session.start(holdDose);
    clock.advance(5_000 + 3_000);
    session.pause();
    expect(session.status).to.equal('paused');
    clock.advance(60_000);
    expect(session.step!.kind).to.equal('hold');
    expect(secondsLeft(session.remainingMs)).to.equal(7);
    session.resume();
    clock.advance(7_000);
    expect(session.step!.kind).to.equal('rest');
  });

  it('pauses when the page is hidden', () => {
    const { session } = setup();
    session.hostConnected();
    session.start(holdDose);
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'hidden', hidden);
      delete (document as { hidden?: boolean }).hidden;
    }
    expect(session.status).to.equal('paused');
    expect(session.pausedByPage).to.equal(true);
    session.hostDisconnected();
  });

  it('counts reps: a set ends at its target, then rest, then the other leg', () => {
    const { clock, session } = setup();
    session.start(repDose);
    clock.advance(5_000);
    expect(session.step).to.include({ kind: 'reps', side: 'left', set: 1 });
    clock.advance(60_000); // reps wait for the visitor, not the clock
    expect(session.step!.kind).to.equal('reps');
    session.rep();
    session.rep();
    expect(session.repsInSet).to.equal(2);
    session.rep();
    expect(session.step).to.include({ kind: 'rest', side: 'left' });
    expect(session.reps).to.equal(3);
    session.next(); // skip the rest
    session.next(); // end set 2 with no reps: not counted as a set
    expect(session.step).to.include({ kind: 'ready', side: 'right' });
    expect(session.setsDone).to.equal(1);
  });

  it('keeps the highest pain score, and answering the last check ends the session', () => {
    const { clock, session, changes } = setup();
    session.start(holdDose);
    clock.advance(5_000 + 10_000);
    session.ratePain(4);
    session.ratePain(2);
    expect(session.status).to.equal('running');
    clock.advance(15_000);
    expect(session.status).to.equal('check');
    session.ratePain(3);
    expect(session.status).to.equal('done');
    expect(session.pain).to.equal(4);
    expect(session.early).to.equal(false);
    expect(changes.at(-1)).to.equal('done');
  });

  it('finishing early counts the set in progress and says it was early', () => {
    const { clock, session } = setup();
    session.start(repDose);
    clock.advance(5_000);
    session.rep();
    session.finish();
    expect(session.status).to.equal('done');
    expect(session).to.include({ early: true, reps: 1, setsDone: 1 });
    expect(clock.running).to.equal(0);
  });
});

describe('painBand: the pain check guidance', () => {
  const bands = defaultContent.guidance.painBands;
  it('0–2 is fine', () => {
    expect(painBand(0, bands)!.verdict).to.equal('fine');
    expect(painBand(2, bands)!.verdict).to.equal('fine');
  });
  it('3–5 is acceptable if it settles', () => {
    expect(painBand(3, bands)!.verdict).to.equal('acceptable');
    expect(painBand(5, bands)!.verdict).to.equal('acceptable');
  });
  it('6–10 is too much', () => {
    expect(painBand(6, bands)!.verdict).to.equal('too-much');
    expect(painBand(10, bands)!.verdict).to.equal('too-much');
  });
  it('clamps and rounds odd scores, and accepts unsorted bands', () => {
    expect(painBand(-4, bands)!.verdict).to.equal('fine');
    expect(painBand(99, bands)!.verdict).to.equal('too-much');
    expect(painBand(5.4, [...bands].reverse())!.verdict).to.equal('acceptable');
    expect(painBand(NaN, bands)!.verdict).to.equal('fine');
  });
});
