import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import riverside from '../content/examples/clinic-riverside.json';
import regions from '../content/en/regions.json';
import redFlags from '../content/en/red-flags.json';
import esRegions from '../content/es/regions.json';
import { inShadow, part, rendered, settled, type Listener } from './support.js';

type Args = {
  'content-src': string;
  content?: unknown;
  onKneeContentLoad?: Listener;
  onKneeContentError?: Listener;
  /** Not the guide's: the region its map opens on (the map's `selected`). */
  selected?: string;
};

const regionName = (id: string) => regions.find((r) => r.id === id)!.name;

const meta = {
  title: 'Elements/knee-pain-guide',
  component: 'knee-pain-guide',
  args: { 'content-src': '', onKneeContentLoad: fn(), onKneeContentError: fn() },
  argTypes: {
    selected: {
      name: 'selected (of the map inside)',
      control: 'select',
      options: ['', ...regions.map((r) => r.id)],
      table: { category: 'story' },
    },
  },
  render: (args) => html`<knee-pain-guide
    content-src=${ifDefined(args['content-src'] || undefined)}
    .content=${args.content}
    @knee-content-load=${args.onKneeContentLoad}
    @knee-content-error=${args.onKneeContentError}
  >
    <knee-pain-map selected=${ifDefined(args.selected || undefined)}></knee-pain-map>
    <exercise-card></exercise-card>
    <red-flag-checklist></red-flag-checklist>
  </knee-pain-guide>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * The three elements as one guide: choose a spot on the map and the exercise
 * card suggests exercises for it, and the checklist puts the warning signs
 * that matter for it first.
 */
export const FullGuide: Story = {
  name: 'Full guide',
  play: async ({ canvasElement }) => {
    const map = await rendered(canvasElement, 'knee-pain-map');
    const card = await rendered(canvasElement, 'exercise-card');
    const list = await rendered(canvasElement, 'red-flag-checklist');
    await expect(card.shadowRoot).toHaveTextContent('Choose where it hurts on the knee map');

    await userEvent.click(inShadow(map).getByRole('button', { name: regionName('below-kneecap') }));
    await settled(map, card, list);

    await waitFor(() =>
      expect(card.shadowRoot).toHaveTextContent(`Exercises that may help with pain here: ${regionName('below-kneecap')}`),
    );
    await expect(part(card, 'article[part="card"]')).toBeVisible();
    const notImproving = redFlags.find((f) => f.id === 'not-improving')!.text;
    await waitFor(() =>
      expect(inShadow(list).getByRole('checkbox', { name: `${notImproving} (matters for the spot you chose)` })).toBeVisible(),
    );
  },
};

/**
 * Dark mode: `theme="dark"` on each element (or a page whose `color-scheme` is
 * dark; `theme="light"` keeps an element light). Dark mode reads `--knee-dark-*`.
 */
export const DarkTheme: Story = {
  name: 'Dark theme',
  render: () => html`<div style="background: #0e1213; padding: 1rem">
    <knee-pain-guide>
      <knee-pain-map theme="dark" selected="below-kneecap"></knee-pain-map>
      <exercise-card theme="dark"></exercise-card>
      <red-flag-checklist theme="dark"></red-flag-checklist>
    </knee-pain-guide>
  </div>`,
  play: async ({ canvasElement }) => {
    const map = await rendered(canvasElement, 'knee-pain-map');
    await expect(getComputedStyle(map.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).toBe('rgb(22, 28, 30)');
  },
};

/** Opened on a region (`<knee-pain-map selected>`): the card and checklist follow with no click. */
export const OpenedOnARegion: Story = {
  name: 'Opened on a region',
  args: { selected: 'outer-above-joint' },
  play: async ({ canvasElement }) => {
    const card = await rendered(canvasElement, 'exercise-card');
    await waitFor(() =>
      expect(card.shadowRoot).toHaveTextContent(`Exercises that may help with pain here: ${regionName('outer-above-joint')}`),
    );
  },
};

/** Two guides on one page, one per knee: each keeps its own selection. */
export const TwoGuides: Story = {
  name: 'Two independent guides',
  render: () => html`
    <knee-pain-guide>
      <knee-pain-map side="left"></knee-pain-map>
      <exercise-card></exercise-card>
    </knee-pain-guide>
    <knee-pain-guide>
      <knee-pain-map side="right"></knee-pain-map>
      <exercise-card></exercise-card>
    </knee-pain-guide>
  `,
  play: async ({ canvasElement }) => {
    const left = await rendered(canvasElement, 'knee-pain-map', 0);
    const leftCard = await rendered(canvasElement, 'exercise-card', 0);
    const rightCard = await rendered(canvasElement, 'exercise-card', 1);
    await userEvent.click(inShadow(left).getByRole('button', { name: regionName('kneecap') }));
    await settled(left, leftCard, rightCard);
    await waitFor(() => expect(leftCard.shadowRoot).toHaveTextContent(regionName('kneecap')));
    await expect(rightCard.shadowRoot).toHaveTextContent('Choose where it hurts on the knee map');
  },
};

/**
 * Spanish: `lang="es"` on the elements or anything around them (here a
 * wrapper; usually the page's `<html lang="es">`). The Spanish strings and
 * content load on demand; English pages never download them.
 */
export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  render: () => html`<div lang="es">
    <knee-pain-guide>
      <knee-pain-map></knee-pain-map>
      <exercise-card></exercise-card>
      <red-flag-checklist></red-flag-checklist>
    </knee-pain-guide>
  </div>`,
  play: async ({ canvasElement }) => {
    const map = await rendered(canvasElement, 'knee-pain-map');
    const card = await rendered(canvasElement, 'exercise-card');
    const kneecap = esRegions.find((r) => r.id === 'kneecap')!.name;
    // The Spanish strings and content load on demand.
    await map.localeReady;
    await waitFor(() => expect(map.shadowRoot).toHaveTextContent('¿Dónde le duele?'));
    await userEvent.click(part(map, '[data-region="kneecap"]'));
    await waitFor(() => expect(map.shadowRoot).toHaveTextContent('Causas probables'));
    await waitFor(() => expect(card.shadowRoot).toHaveTextContent(kneecap));
  },
};

/**
 * A right-to-left page (`dir="rtl"`): the layout mirrors, the knee picture
 * and its inner/outer labels do not. No right-to-left language ships yet, so
 * the text is English.
 */
export const RightToLeft: Story = {
  name: 'Right-to-left page (dir="rtl")',
  render: () => html`<div dir="rtl">
    <knee-pain-guide>
      <knee-pain-map selected="inner-joint-line"></knee-pain-map>
      <red-flag-checklist></red-flag-checklist>
    </knee-pain-guide>
  </div>`,
  play: async ({ canvasElement }) => {
    const map = await rendered(canvasElement, 'knee-pain-map');
    await waitFor(() => expect(map.shadowRoot).toHaveTextContent('Likely causes'));
    await expect(getComputedStyle(map).direction).toBe('rtl');
  },
};

/** A small phone (320 px wide): the panel goes below the diagram. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { selected: 'below-kneecap' },
  globals: { viewport: { value: 'phone320', isRotated: false } },
};

/** A common phone width (360 px). */
export const Phone: Story = {
  name: 'Phone (360 px)',
  args: { selected: 'inner-joint-line' },
  globals: { viewport: { value: 'phone360', isRotated: false } },
};

/**
 * A clinic's own content (content/examples/clinic-riverside.json) given as
 * `.content`: its wording of kneecap pain, and its own exercise.
 */
export const ClinicContent: Story = {
  name: "A clinic's own content",
  args: { content: riverside, selected: 'kneecap' },
  render: (args) => html`<knee-pain-guide
    .content=${args.content}
    @knee-content-load=${args.onKneeContentLoad}
    @knee-content-error=${args.onKneeContentError}
  >
    <knee-pain-map selected=${ifDefined(args.selected || undefined)}></knee-pain-map>
    <exercise-card exercise="heel-slide"></exercise-card>
    <red-flag-checklist></red-flag-checklist>
  </knee-pain-guide>`,
  play: async ({ canvasElement, args }) => {
    const guide = await rendered(canvasElement, 'knee-pain-guide');
    await guide.contentReady;
    const map = await rendered(canvasElement, 'knee-pain-map');
    const card = await rendered(canvasElement, 'exercise-card');
    await settled(map, card);
    await expect(args.onKneeContentLoad).toHaveBeenCalled();
    await expect(args.onKneeContentError).not.toHaveBeenCalled();
    await expect(inShadow(card).getByRole('heading', { level: 2, name: 'Heel slide' })).toBeVisible();
    // A cause's details show once it is opened.
    await userEvent.click(part(map, 'details[data-cause="patellofemoral-pain"] > summary'));
    await waitFor(() => expect(part(map, 'ol.causes')).toHaveTextContent("Riverside's wording"));
  },
};

/**
 * Content that cannot be used (markup in a text, a part that does not exist):
 * the guide shows the standard content and a short notice, and warns in the
 * console.
 */
export const ContentError: Story = {
  name: 'Content error',
  args: {
    content: {
      conditions: [{ id: 'patellofemoral-pain', summary: '<b>Bold</b> claims' }],
      colours: { accent: 'teal' },
    },
  },
  play: async ({ canvasElement, args }) => {
    const guide = await rendered(canvasElement, 'knee-pain-guide');
    await guide.contentReady;
    await settled(guide);
    await expect(args.onKneeContentError).toHaveBeenCalled();
    await expect(part(guide, '[part="content-error"]')).toHaveTextContent(
      'This site’s own guidance could not be loaded, so the standard guidance is shown.',
    );
  },
};
