import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import type { KneeElement } from '../../src/components/shared/knee-element.js';
import { supportedLocale } from '../../src/i18n/localize.js';
import esRegions from '../../content/es/regions.json';
import esExercises from '../../content/es/exercises.json';
import esFlags from '../../content/es/red-flags.json';
import esConditions from '../../content/es/conditions.json';
import esGuidance from '../../content/es/guidance.json';
import { realClick, idle as settle, shadow, textOf, until } from '../helpers.js';

/** Waits until `el` speaks its language and has drawn with it (its later parts, such as causes, may still be on the way). */
async function ready(el: Element) {
  await (el as KneeElement).localeReady;
  await (el as KneeElement).updateComplete;
  await settle();
}

const region = (map: KneePainMap, id: string) => shadow(map).querySelector<SVGElement>(`[data-region="${id}"]`)!;
const esName = (id: string) => esRegions.find((r) => r.id === id)!.name;

describe('languages', () => {
  it('maps a language tag to a locale we ship, else English', () => {
    expect(supportedLocale('es')).to.equal('es');
    expect(supportedLocale('es-MX')).to.equal('es');
    expect(supportedLocale(' ES_ar ')).to.equal('es');
    expect(supportedLocale('en-GB')).to.equal('en');
    expect(supportedLocale('fr')).to.equal('en');
    expect(supportedLocale('')).to.equal('en');
    expect(supportedLocale(null)).to.equal('en');
  });

  it('a map with lang="es" speaks Spanish: its UI, its regions, its causes and what the live region says after a real click', async () => {
    const map = await fixture<KneePainMap>(html`<knee-pain-guide><knee-pain-map lang="es"></knee-pain-map></knee-pain-guide>`).then(
      (g) => g.firstElementChild as KneePainMap,
    );
    await ready(map);
    const root = shadow(map);
    expect(map.hasAttribute('aria-busy')).to.equal(false);
    expect(textOf(root.querySelector('#caption'))).to.equal('Parte delantera de la rodilla derecha');
    expect(textOf(root.querySelector('option[value=""]'))).to.equal('¿Dónde le duele?');
    expect(region(map, 'below-kneecap').getAttribute('aria-label')).to.contain(esName('below-kneecap'));

    await realClick(region(map, 'below-kneecap'));
    await map.updateComplete;
    await settle();
    const panel = root.querySelector('[part="panel"]')!;
    expect(textOf(panel)).to.contain('Causas probables, primero las más frecuentes').and.contain(esGuidance.notADiagnosis);
    // The causes are a part fetched after the first paint.
    const first = esRegions.find((r) => r.id === 'below-kneecap')!.causes[0]!.condition;
    const firstName = esConditions.find((c) => c.id === first)!.name;
    await until(() => textOf(panel).includes(firstName), 'the Spanish causes are listed');
    expect(textOf(root.querySelector('.visually-hidden[role="status"]'))).to.equal(`Se muestran las causas probables para: ${esName('below-kneecap')}`);
    await expect(map).to.be.accessible();
  });

  it('follows the page: a Spanish wrapper (es-MX) makes every element Spanish; a language we do not ship stays English', async () => {
    const page = await fixture(html`<div lang="es-MX">
      <knee-pain-guide>
        <exercise-card exercise="wall-sit"></exercise-card>
        <red-flag-checklist></red-flag-checklist>
      </knee-pain-guide>
    </div>`);
    const [card, checklist] = [...page.querySelectorAll('exercise-card, red-flag-checklist')] as [ExerciseCard, RedFlagChecklist];
    await ready(card);
    await ready(checklist);
    const wallSit = esExercises.find((e) => e.id === 'wall-sit')!;
    expect(textOf(shadow(card))).to.contain(wallSit.name).and.contain(wallSit.steps[0]!).and.contain('Cómo hacerlo');

    // Tick an emergency sign: the result is Spanish, and still comes first.
    const emergency = esFlags.find((f) => f.tier === 'emergency' && f.applies === 'always')!;
    const box = [...shadow(checklist).querySelectorAll('label')].find((l) => textOf(l).startsWith(emergency.text))!;
    expect(box, 'the Spanish sign is listed').to.exist;
    await realClick(box.querySelector('input')!);
    await checklist.updateComplete;
    expect(textOf(shadow(checklist))).to.contain('Busque atención de emergencia ahora mismo');
    await expect(card).to.be.accessible();
    await expect(checklist).to.be.accessible();

    const french = await fixture<ExerciseCard>(html`<exercise-card lang="fr" exercise="wall-sit"></exercise-card>`);
    await ready(french);
    expect(textOf(shadow(french))).to.contain('Wall sit').and.contain('How to do it');
  });

  it('two embeds on one page can speak different languages at once, and share the selection', async () => {
    const guide = await fixture(html`<knee-pain-guide>
      <knee-pain-map lang="en"></knee-pain-map>
      <knee-pain-map lang="es"></knee-pain-map>
    </knee-pain-guide>`);
    const [en, es] = [...guide.querySelectorAll('knee-pain-map')] as KneePainMap[];
    await ready(en!);
    await ready(es!);
    await realClick(region(en!, 'kneecap'));
    await settle();
    expect(textOf(shadow(en!).querySelector('#caption'))).to.equal('Front of the right knee');
    expect(textOf(shadow(es!).querySelector('#caption'))).to.equal('Parte delantera de la rodilla derecha');
    expect(es!.selected).to.equal('kneecap');
    expect(textOf(shadow(es!).querySelector('[part="panel"]'))).to.contain(esName('kneecap'));
    expect(textOf(shadow(en!).querySelector('[part="panel"]'))).to.contain('On or around the kneecap');
  });

  it('switches language when the lang attribute changes, on the element or on the page', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="clamshell"></exercise-card>`);
    await ready(card);
    expect(textOf(shadow(card))).to.contain('How to do it');
    card.lang = 'es';
    await ready(card);
    expect(textOf(shadow(card))).to.contain('Cómo hacerlo');
    card.removeAttribute('lang');
    await ready(card);
    expect(textOf(shadow(card))).to.contain('How to do it');

    const html0 = document.documentElement.lang;
    try {
      document.documentElement.lang = 'es';
      await settle();
      await ready(card);
      expect(textOf(shadow(card))).to.contain('Cómo hacerlo');
    } finally {
      document.documentElement.lang = html0;
    }
    await settle();
    await ready(card);
    expect(textOf(shadow(card))).to.contain('How to do it');
  });

  it('the exercise timer speaks Spanish while it runs', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card lang="es" exercise="wall-sit"></exercise-card>`);
    await ready(card);
    const start = [...shadow(card).querySelectorAll('button')].find((b) => textOf(b) === 'Empezar')!;
    expect(start, 'a Spanish start button').to.exist;
    await realClick(start);
    await card.updateComplete;
    await settle();
    const said = textOf(shadow(card).querySelector('.visually-hidden[role="status"]'));
    expect(said).to.match(/serie 1 de \d/);
    expect(said).not.to.match(/\bset\b|seconds|reps/);
  });
});
