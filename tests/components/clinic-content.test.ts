import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainGuide } from '../../src/components/knee-pain-guide/knee-pain-guide.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { KneeContentErrorEvent } from '../../src/components/knee-pain-guide/events.js';
import { defaultContent } from '../../src/content/default.js';
import riverside from '../../content/examples/clinic-riverside.json';
import { openCauses, realClick, idle as settle, shadow, textOf } from '../helpers.js';

/** The example clinic's content, served as JSON. */
const RIVERSIDE = '/__test/raw/content/examples/clinic-riverside.json';
const defaultPfp = defaultContent.conditions.find((c) => c.id === 'patellofemoral-pain')!.summary;
const notice = (guide: KneePainGuide) => shadow(guide).querySelector('[part="content-error"]');

/** A guide with a map on the kneecap and a card, given clinic content by attribute or property. */
async function guideWith(attrs: { src?: string; timeout?: number; content?: unknown } = {}) {
  const guide = await fixture<KneePainGuide>(html`
    <knee-pain-guide
      content-src=${attrs.src ?? ''}
      content-timeout=${attrs.timeout ?? 8000}
      .content=${attrs.content}
    >
      <knee-pain-map selected="kneecap"></knee-pain-map>
      <exercise-card exercise="heel-slide"></exercise-card>
    </knee-pain-guide>
  `);
  const map = guide.querySelector<KneePainMap>('knee-pain-map')!;
  const card = guide.querySelector<ExerciseCard>('exercise-card')!;
  return { guide, map, card };
}

/** Every element created inside any shadow root under `root`. */
const allElements = (root: Element | ShadowRoot): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);

describe('a clinic’s own content on <knee-pain-guide>', () => {
  const pageErrors: string[] = [];
  const warnings: string[] = [];
  const onError = (e: ErrorEvent) => pageErrors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));
  const warn = console.warn;
  beforeEach(() => {
    pageErrors.length = 0;
    warnings.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // Observe (and still print) the warnings the webmaster would see.
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    expect(pageErrors, 'uncaught errors').to.deep.equal([]);
    expect((window as { __xss?: unknown }).__xss, 'script from content ran').to.equal(undefined);
  });

  it('loads content-src: the clinic’s wording and its own exercise appear, with no notice', async () => {
    const { guide, map, card } = await guideWith({ src: RIVERSIDE });
    const loaded = await oneEvent(guide, 'knee-content-load');
    expect(loaded.detail.source).to.equal(RIVERSIDE);
    await settle();
    await openCauses(map);
    expect(textOf(shadow(map))).to.include("Riverside's wording").and.not.include(defaultPfp);
    expect(textOf(shadow(card).querySelector('h2'))).to.equal('Heel slide');
    expect(notice(guide)).to.equal(null);
    await expect(guide).to.be.accessible();
  });

  it('takes content as a property, and goes back to the default when it is removed', async () => {
    const { guide, map } = await guideWith({ content: riverside });
    await guide.contentReady;
    await settle();
    await openCauses(map);
    expect(textOf(shadow(map))).to.include("Riverside's wording");
    guide.content = undefined;
    await guide.updateComplete;
    await guide.contentReady;
    await settle();
    expect(textOf(shadow(map))).to.include(defaultPfp);
  });

  const failures: [string, { src?: string; timeout?: number }, RegExp][] = [
    ['a content URL that 404s', { src: '/content/examples/no-such-file.json' }, /answered 404/],
    ['a content URL that returns HTML', { src: '/tests/fixtures/not-content.html' }, /returned a web page|not JSON/],
    ['a content URL that times out', { src: '/__test/slow', timeout: 300 }, /did not answer within 0\.3 s/],
    ['a content URL that is not http(s)', { src: 'javascript:alert(1)' }, /must be an http\(s\) address/],
  ];
  for (const [what, attrs, problem] of failures)
    it(`${what}: a clear notice and a warning, and the default content`, async () => {
      const started = performance.now();
      const { guide, map } = await guideWith(attrs);
      const event = (await oneEvent(guide, 'knee-content-error')) as KneeContentErrorEvent;
      expect(event.detail.problem).to.match(problem);
      if (attrs.timeout) expect(performance.now() - started).to.be.below(5000);
      await guide.updateComplete;
      await settle();
      expect(textOf(notice(guide))).to.match(/own guidance could not be loaded, so the standard guidance is shown/);
      // The details for the site's editor are one click away.
      await realClick(notice(guide)!.querySelector('summary')!);
      expect(textOf(notice(guide))).to.match(problem);
      expect(warnings.join('\n')).to.match(problem);
      await openCauses(map);
      expect(textOf(shadow(map))).to.include(defaultPfp);
      await expect(guide).to.be.accessible();
    });

  it('refuses content with markup in any string: lists each field, executes nothing, shows the default', async () => {
    const payloads = [
      '<script>window.__xss = 1</script>',
      '<img src=x onerror="window.__xss = 2">',
      '"><svg onload="window.__xss = 3">',
      'javascript:window.__xss = 4',
      '&lt;b&gt;bold&lt;/b&gt;',
      '<a href="javascript:window.__xss=5">tap</a>',
    ];
    const conditions = defaultContent.conditions.slice(0, 3).map((c, i) => ({
      id: c.id,
      name: payloads[i]!,
      summary: payloads[i + 3]!,
      feelsLike: payloads,
    }));
    const { guide, map } = await guideWith({ content: { conditions, clinic: { name: payloads[1] } } });
    const event = (await oneEvent(guide, 'knee-content-error')) as KneeContentErrorEvent;
    const where = event.detail.errors.map((e) => `${e.id ?? ''}.${e.field}`);
    for (const c of conditions) {
      expect(where).to.include(`${c.id}.name`).and.include(`${c.id}.summary`);
      for (let i = 0; i < payloads.length; i++) expect(where).to.include(`${c.id}.feelsLike[${i}]`);
    }
    expect(where).to.include('.name'); // the clinic's name
    await guide.updateComplete;
    await settle();
    const els = allElements(guide.parentElement!);
    expect(els.filter((e) => /^(script|img|iframe|object|embed)$/i.test(e.localName)).map((e) => e.localName)).to.deep.equal([]);
    expect(els.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)))).to.deep.equal([]);
    await openCauses(map);
    expect(textOf(shadow(map))).to.include(defaultPfp).and.not.include('__xss');
    // The notice lists the first problems as text.
    await realClick(notice(guide)!.querySelector('summary')!);
    expect(notice(guide)!.querySelectorAll('li').length).to.equal(13); // 12 shown + "…and N more"
    expect(textOf(notice(guide))).to.match(/conditions\.json › patellofemoral-pain › name: must be plain text/);
  });

  it('refuses wrong types, huge strings, deep nesting and unknown fields, naming each', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = { deeper: deep };
    const content = {
      exercises: [
        { id: 'wall-sit', name: 42, steps: 'not a list', dose: { sets: -3 } },
        { id: 'bridge', summary: 'x'.repeat(100_000) },
        { id: 'clamshell', extra: deep },
      ],
      guidance: { painRule: ['a', 'list'] },
      surprise: true,
    };
    const { guide } = await guideWith({ content });
    const event = (await oneEvent(guide, 'knee-content-error')) as KneeContentErrorEvent;
    // Unknown top-level parts are reported first, on their own.
    expect(event.detail.errors.map((e) => e.field)).to.deep.equal(['surprise']);

    delete (content as Partial<typeof content>).surprise;
    guide.content = { ...content };
    const again = (await oneEvent(guide, 'knee-content-error')) as KneeContentErrorEvent;
    const where = again.detail.errors.map((e) => `${e.file} ${e.id ?? ''} ${e.field}: ${e.message}`);
    expect(where).to.include('exercises.json wall-sit name: must be text (a string)');
    expect(where).to.include('exercises.json wall-sit steps: must be a list');
    expect(where.some((w) => w.startsWith('exercises.json wall-sit dose.sets: must be a number'))).to.equal(true);
    expect(where.some((w) => w.startsWith('exercises.json bridge summary: is too long (100000 characters'))).to.equal(true);
    expect(where.some((w) => w.startsWith('exercises.json clamshell extra: is not a known field'))).to.equal(true);
    expect(where).to.include('guidance.json  painRule: must be text (a string)');
  });

  it('a valid load after a failed one removes the notice; a later bad load brings it back', async () => {
    const { guide, map } = await guideWith({ src: '/content/examples/no-such-file.json' });
    await oneEvent(guide, 'knee-content-error');
    await guide.updateComplete;
    expect(notice(guide)).to.not.equal(null);
    guide.contentSrc = RIVERSIDE;
    await oneEvent(guide, 'knee-content-load');
    await guide.updateComplete;
    await settle();
    expect(notice(guide)).to.equal(null);
    await openCauses(map);
    expect(textOf(shadow(map))).to.include("Riverside's wording");
    guide.content = { exercises: 'no' };
    await oneEvent(guide, 'knee-content-error');
    await guide.updateComplete;
    await settle();
    expect(notice(guide)).to.not.equal(null);
    expect(textOf(shadow(map))).to.include(defaultPfp);
  });

  it('uses the clinic’s emergency number (unless the element sets its own) and offers its contact, never beside an emergency', async () => {
    const guide = await fixture<KneePainGuide>(html`
      <knee-pain-guide .content=${riverside}>
        <knee-pain-map selected="kneecap"></knee-pain-map>
        <red-flag-checklist></red-flag-checklist>
        <red-flag-checklist emergency-number="112"></red-flag-checklist>
      </knee-pain-guide>
    `);
    await guide.contentReady;
    await settle();
    const [checklist, own] = [...guide.querySelectorAll('red-flag-checklist')];
    const map = guide.querySelector('knee-pain-map')!;
    const contact = (el: Element) => shadow(el).querySelector('[part="contact"]');
    // Nothing ticked: self-care, and the clinic's invitation with its links.
    expect(textOf(contact(checklist!))).to.match(/Book an assessment with our physiotherapists \(Riverside Physiotherapy.*\)\s*Phone: \+44 20 7946 0000/);
    expect(contact(checklist!)!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/riverside/book');
    expect(contact(checklist!)!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+442079460000');
    expect(textOf(contact(map))).to.match(/Book an assessment/);
    // An emergency sign: the clinic's number, and no booking link beside it.
    const emergency = defaultContent.redFlags.find((f) => f.tier === 'emergency' && f.applies === 'always')!;
    for (const el of [checklist!, own!]) {
      const label = [...shadow(el).querySelectorAll('label')].find((l) => textOf(l).startsWith(emergency.text))!;
      await realClick(label.querySelector('input')!);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(contact(el), 'contact beside an emergency').to.equal(null);
    }
    expect(textOf(shadow(checklist!).querySelector('[part="status"]'))).to.match(/Call 999/);
    expect(textOf(shadow(own!).querySelector('[part="status"]'))).to.match(/Call 112/);
    await expect(checklist).to.be.accessible();
  });

  it('the slower of two loads never wins', async () => {
    // The slow request is watched, so the test knows when it has ended.
    const realFetch = window.fetch;
    let slow: Promise<string> | undefined;
    window.fetch = (input, init) => {
      const response = realFetch(input, init);
      if (String(input).includes('/__test/slow')) slow = response.then(() => 'answered', (e: Error) => e.name);
      return response;
    };
    try {
      const { guide, map } = await guideWith({ src: '/__test/slow', timeout: 3000 });
      guide.contentSrc = RIVERSIDE;
      await oneEvent(guide, 'knee-content-load');
      await openCauses(map);
      await waitUntil(() => textOf(shadow(map)).includes("Riverside's wording"));
      // The first (slow) load is cancelled: its request, if it was made before the
      // second load began, ends in an abort, and nothing of it is reported.
      expect(slow ? await slow : 'not made').to.be.oneOf(['AbortError', 'not made']);
      await settle();
      await guide.updateComplete;
      expect(notice(guide)).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });
});
