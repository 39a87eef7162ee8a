import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, fn, userEvent } from 'storybook/test';
import regions from '../content/en/regions.json';
import questions from '../content/en/questions.json';
import conditions from '../content/en/conditions.json';
import redFlags from '../content/en/red-flags.json';
import { cssVars, inShadow, part, rendered, settled, type CssVarArgs, type Listener } from './support.js';

type Args = CssVarArgs & {
  side: string;
  view: string;
  selected: string;
  onKneeRegionSelect?: Listener;
  onKneeRefineAnswer?: Listener;
};

const regionName = (id: string) => regions.find((r) => r.id === id)!.name;
const conditionName = (id: string) => conditions.find((c) => c.id === id)!.name;
const question = (id: string) => questions.find((q) => q.id === id)!;

const meta = {
  title: 'Elements/knee-pain-map',
  component: 'knee-pain-map',
  args: { side: 'right', view: 'front', selected: '', onKneeRegionSelect: fn(), onKneeRefineAnswer: fn() },
  argTypes: {
    side: { control: 'inline-radio', options: ['right', 'left'] },
    view: { control: 'inline-radio', options: ['front', 'back'] },
    selected: { control: 'select', options: ['', ...regions.map((r) => r.id), 'not-a-region'] },
  },
  render: (args) => html`<knee-pain-map
    side=${args.side}
    view=${args.view}
    selected=${ifDefined(args.selected || undefined)}
    style=${styleMap(cssVars(args))}
    @knee-region-select=${args.onKneeRegionSelect}
    @knee-refine-answer=${args.onKneeRefineAnswer}
  ></knee-pain-map>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Nothing chosen yet: the right knee from the front, and a hint in the panel. */
export const Default: Story = {};

export const LeftKnee: Story = { name: 'Left knee', args: { side: 'left' } };

export const BackOfTheKnee: Story = { name: 'Back of the knee', args: { view: 'back' } };

export const LeftKneeBack: Story = { name: 'Left knee, back', args: { side: 'left', view: 'back' } };

// Each region selected by the page (`selected`): the map turns to that side of the knee.
export const SelectedAboveKneecap: Story = { name: 'Selected: Above the kneecap', args: { selected: 'above-kneecap' } };
export const SelectedKneecap: Story = { name: 'Selected: On or around the kneecap', args: { selected: 'kneecap' } };
export const SelectedBelowKneecap: Story = { name: 'Selected: Just below the kneecap', args: { selected: 'below-kneecap' } };
export const SelectedShinBump: Story = { name: 'Selected: Bony bump below the knee', args: { selected: 'shin-bump' } };
export const SelectedInnerJointLine: Story = { name: 'Selected: Inner side of the knee', args: { selected: 'inner-joint-line' } };
export const SelectedUpperInnerShin: Story = { name: 'Selected: Upper inner shin', args: { selected: 'upper-inner-shin' } };
export const SelectedOuterAboveJoint: Story = {
  name: 'Selected: Outer knee, just above the joint',
  args: { selected: 'outer-above-joint' },
};
export const SelectedOuterJointLine: Story = { name: 'Selected: Outer side of the knee', args: { selected: 'outer-joint-line' } };
export const SelectedBackCentre: Story = {
  name: 'Selected: Middle of the back of the knee',
  args: { selected: 'back-centre' },
};
export const SelectedBackInner: Story = { name: 'Selected: Back of the knee, inner side', args: { selected: 'back-inner' } };
export const SelectedBackOuter: Story = { name: 'Selected: Back of the knee, outer side', args: { selected: 'back-outer' } };
export const SelectedUpperCalf: Story = { name: 'Selected: Top of the calf', args: { selected: 'upper-calf' } };
export const SelectedWholeKnee: Story = {
  name: "Selected: Whole knee or can't pinpoint",
  args: { selected: 'whole-knee' },
};

/** A region of the back, on the left knee: the diagram mirrors so "inner" stays toward the other knee. */
export const LeftKneeBackSelected: Story = {
  name: 'Left knee, back, selected',
  args: { side: 'left', selected: 'back-inner' },
};

/** An id that is not a region: nothing is selected, and the console warns (once) naming the valid ids. */
export const UnknownRegion: Story = { name: 'Unknown region', args: { selected: 'not-a-region' } };

/** A visitor chooses a spot on the diagram: the panel shows its likely causes. */
export const ChooseOnTheDiagram: Story = {
  name: 'Choose a spot on the diagram',
  play: async ({ canvasElement, args }) => {
    const map = await rendered(canvasElement, 'knee-pain-map');
    const shadow = inShadow(map);
    await userEvent.click(shadow.getByRole('button', { name: regionName('outer-above-joint') }));
    await settled(map);
    await expect(shadow.getByRole('heading', { level: 2, name: regionName('outer-above-joint') })).toBeVisible();
    await expect(shadow.getByRole('button', { name: regionName('outer-above-joint') })).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onKneeRegionSelect).toHaveBeenCalled();
  },
};

/**
 * The refine questions answered: "Does it hurt after you sit…?" Yes, for pain
 * just below the kneecap, puts kneecap pain above kneecap tendon pain.
 */
export const RefineQuestionsAnswered: Story = {
  name: 'Refine questions answered',
  args: { selected: 'below-kneecap' },
  play: async ({ canvasElement, args }) => {
    const map = await rendered(canvasElement, 'knee-pain-map');
    const shadow = inShadow(map);
    const firstCause = () => part(map, 'ol.causes > li summary');
    await expect(firstCause()).toHaveTextContent(conditionName('patellar-tendinopathy'));

    await userEvent.click(shadow.getByText(/^Sort these causes/));
    const sitting = shadow.getByRole('group', { name: question('worse-after-sitting').text });
    await userEvent.click(shadow.getAllByRole('radio', { name: 'Yes' }).find((r) => sitting.contains(r))!);
    await settled(map);

    await expect(shadow.getByRole('heading', { name: 'Likely causes, best match for your answers first' })).toBeVisible();
    await expect(firstCause()).toHaveTextContent(conditionName('patellofemoral-pain'));
    await expect(firstCause()).toHaveTextContent('fits your answers');
    await expect(shadow.getByRole('status')).toHaveTextContent('Causes re-sorted by your answers.');
    await expect(args.onKneeRefineAnswer).toHaveBeenCalled();
  },
};

/** An answer that points to a warning sign: its advice goes to the top of the panel. */
export const RefineAnswerIsAWarningSign: Story = {
  name: 'Refine answer is a warning sign',
  args: { selected: 'upper-calf' },
  play: async ({ canvasElement }) => {
    const map = await rendered(canvasElement, 'knee-pain-map');
    const shadow = inShadow(map);
    await userEvent.click(shadow.getByText(/^Sort these causes/));
    const calf = shadow.getByRole('group', { name: question('calf-clot-signs').text });
    await userEvent.click(shadow.getAllByRole('radio', { name: 'Yes' }).find((r) => calf.contains(r))!);
    await settled(map);
    const urgent = part(map, '[part="urgent"]');
    await expect(urgent).toHaveTextContent('Your answers point to a warning sign');
    await expect(urgent).toHaveTextContent(redFlags.find((f) => f.id === 'calf-clot-signs')!.text);
  },
};

/** Brand colours and shape through the `--knee-*` custom properties. */
export const Themed: Story = {
  args: {
    selected: 'kneecap',
    '--knee-accent': '#6a1b9a',
    '--knee-surface': '#fbf7ff',
    '--knee-text': '#221a29',
    '--knee-radius': '4px',
    '--knee-region-selected': '#ce93d8',
  },
};
