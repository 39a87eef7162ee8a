// The clinic page as a React 19 app. The widgets come from the drop-in script
// (a <script type="module"> of its own in index.html), which defines each
// element when it sees one, including those React renders: this bundle holds
// only React and the page. Build it with `node scripts/build-react-demo.mjs`,
// type-check it with `npx tsc -p demo/react/tsconfig.json`.
import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
// JSX types for our elements and their events (types only: nothing is bundled).
// `import type {} from 'knee-pain-widgets/react'` is enough when you need none of its names.
import type { ExerciseCardEvents } from 'knee-pain-widgets/react';
import type { KneeRegionSelectDetail, Level, Side } from 'knee-pain-widgets';

type ExerciseCompleteDetail = ExerciseCardEvents['knee-exercise-complete']['detail'];

const PHONE = '01632 960000';
const EMERGENCY = '999';

/** Where it hurts, in the clinic's words, and the exercise its physios start runners on there (none: come in first). */
const FIRST_EXERCISE: Record<string, { where: string; exercise: string | null }> = {
  'above-kneecap': { where: 'above the kneecap', exercise: 'wall-sit' },
  kneecap: { where: 'on or around the kneecap', exercise: 'clamshell' },
  'below-kneecap': { where: 'just below the kneecap', exercise: 'wall-sit' },
  'shin-bump': { where: 'on the bony bump below the knee', exercise: null },
  'inner-joint-line': { where: 'on the inner side of the knee', exercise: 'sit-to-stand' },
  'upper-inner-shin': { where: 'at the top of the inner shin', exercise: 'hamstring-stretch' },
  'outer-above-joint': { where: 'on the outer knee, just above the joint', exercise: 'side-lying-leg-raise' },
  'outer-joint-line': { where: 'on the outer side of the knee', exercise: 'quad-set' },
  'back-centre': { where: 'in the middle of the back of the knee', exercise: 'quad-set' },
  'back-inner': { where: 'at the back of the knee, inner side', exercise: 'bridge' },
  'back-outer': { where: 'at the back of the knee, outer side', exercise: 'bridge' },
  'upper-calf': { where: 'at the top of the calf', exercise: null },
  'whole-knee': { where: 'all over the knee', exercise: null },
};

/** One line of the visitor's notes for the physio, from what the map said in its event. */
function describe({ region, side, view }: KneeRegionSelectDetail): string {
  const where = (region && FIRST_EXERCISE[region]?.where) ?? region;
  return `${side === 'left' ? 'Left' : 'Right'} knee, seen from the ${view}: ${where}`;
}

function App() {
  // A new visit (the "Start again" button) remounts the whole guide: fresh
  // elements, nothing chosen or ticked, for the next person at the tablet.
  const [visit, setVisit] = useState(1);
  const [side, setSide] = useState<Side>('right');
  const [region, setRegion] = useState<string | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [level, setLevel] = useState<Level>('none');
  const [done, setDone] = useState<ExerciseCompleteDetail | null>(null);
  const [requested, setRequested] = useState(false);

  const plan = region ? FIRST_EXERCISE[region] : undefined;

  function startAgain() {
    setVisit((v) => v + 1);
    setSide('right');
    setRegion(null);
    setNotes([]);
    setLevel('none');
    setDone(null);
    setRequested(false);
  }

  function request(e: FormEvent) {
    e.preventDefault();
    setRequested(true);
  }

  return (
    <>
      <div className="page-hero">
        <div className="wrap">
          <p className="eyebrow">Running injuries</p>
          <h1>Knee pain in runners</h1>
          <p className="lede">Show us where it hurts, try the exercise we usually start with, and check the signs that mean you should not wait.</p>
        </div>
      </div>

      <knee-pain-guide key={visit} className="wrap">
        <section className="section" aria-labelledby="map-title">
          <h2 id="map-title">Where does it hurt?</h2>
          <fieldset className="section__intro">
            <legend>Which knee?</legend>
            {(['left', 'right'] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="side" value={s} checked={side === s} onChange={() => setSide(s)} />{' '}
                {s === 'left' ? 'Left knee' : 'Right knee'}{' '}
              </label>
            ))}
          </fieldset>
          <knee-pain-map
            side={side}
            selected={region}
            onknee-region-select={({ detail }) => {
              setRegion(detail.region);
              setDone(null);
              if (detail.region) setNotes((n) => [...n, describe(detail)]);
            }}
          />
        </section>

        <section className="section" aria-labelledby="start-title">
          <h2 id="start-title">Where to start</h2>
          {!plan ? (
            <p className="section__intro">Choose a spot on the knee, and we will show the exercise our physiotherapists usually start with.</p>
          ) : plan.exercise ? (
            <>
              <p className="section__intro">For pain {plan.where}, we usually start runners with this one:</p>
              <exercise-card
                exercise={plan.exercise}
                heading-level={3}
                onknee-exercise-complete={(e) => setDone(e.detail)}
              />
              {done && (
                <p role="status">
                  {done.early ? 'Stopped early, which is fine.' : 'Well done.'} Sets done: {done.setsDone}
                  {done.pain !== null ? `, most pain ${done.pain} out of 10.` : '.'}
                </p>
              )}
            </>
          ) : (
            <p className="section__intro">For pain {plan.where}, we would rather see you before you start exercises. Call us on {PHONE}.</p>
          )}
        </section>

        <section className="section" aria-labelledby="help-title">
          <h2 id="help-title">When to get help</h2>
          <p className="section__intro">Tick anything that applies to you to see what to do next.</p>
          <red-flag-checklist emergency-number={EMERGENCY} onknee-red-flag-change={(e) => setLevel(e.detail.level)} />
        </section>
      </knee-pain-guide>

      <div className="wrap">
        <aside className="cta" id="book" aria-labelledby="book-title">
          <h2 id="book-title">Book an assessment</h2>
          {level === 'emergency' ? (
            <p role="alert">Do not book online: call {EMERGENCY} now, or go to A&amp;E.</p>
          ) : level === 'soon' ? (
            <p role="alert">Please do not wait for an appointment: call us today on {PHONE}, or see your GP or an urgent care centre.</p>
          ) : requested ? (
            <p role="status">Thank you. This is a demo page: nothing was sent.</p>
          ) : (
            <form onSubmit={request}>
              <p>Your notes for the physiotherapist:</p>
              {notes.length ? (
                <ul className="notes">
                  {notes.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
              ) : (
                <p>None yet: choose a spot on the knee above.</p>
              )}
              <p className="cta__actions">
                <button className="button" type="submit">Request an appointment</button>
              </p>
            </form>
          )}
          <p className="cta__actions">
            <button className="button" type="button" onClick={startAgain}>Start again</button>
            <span className="cta__hours">Clears this page for the next person.</span>
          </p>
        </aside>
      </div>
    </>
  );
}

const root = document.getElementById('main');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
