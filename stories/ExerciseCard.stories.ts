import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import exercises from '../content/en/exercises.json';
import { cssVars, inShadow, part, rendered, settled, type CssVarArgs, type Listener } from './support.js';

type Args = CssVarArgs & {
  exercise: string;
  'heading-level': number | string;
  sound: boolean;
  vibrate: boolean;
  onExerciseStart?: Listener;
  onExerciseComplete?: Listener;
};

const meta = {
  title: 'Elements/exercise-card',
  component: 'exercise-card',
  args: { exercise: 'wall-sit', 'heading-level': 2, sound: false, vibrate: false, onExerciseStart: fn(), onExerciseComplete: fn() },
  argTypes: {
    exercise: { control: 'select', options: ['', ...exercises.map((e) => e.id), 'wall-sitt'] },
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
  },
  render: (args) => html`<exercise-card
    exercise=${ifDefined(args.exercise || undefined)}
    heading-level=${args['heading-level']}
    ?sound=${args.sound}
    ?vibrate=${args.vibrate}
    style=${styleMap(cssVars(args))}
    @knee-exercise-start=${args.onExerciseStart}
    @knee-exercise-complete=${args.onExerciseComplete}
  ></exercise-card>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

// Every exercise in the content, one story each.
export const QuadSet: Story = { name: 'Thigh squeeze', args: { exercise: 'quad-set' } };
export const StraightLegRaise: Story = { name: 'Straight-leg raise', args: { exercise: 'straight-leg-raise' } };
export const SeatedLegExtension: Story = { name: 'Seated leg straighten', args: { exercise: 'seated-leg-extension' } };
export const WallSit: Story = { name: 'Wall sit', args: { exercise: 'wall-sit' } };
export const SitToStand: Story = { name: 'Sit to stand', args: { exercise: 'sit-to-stand' } };
export const StepUp: Story = { name: 'Step-up', args: { exercise: 'step-up' } };
export const SplitSquat: Story = { name: 'Split squat', args: { exercise: 'split-squat' } };
export const Bridge: Story = { name: 'Bridge', args: { exercise: 'bridge' } };
export const SingleLegBridge: Story = { name: 'Single-leg bridge', args: { exercise: 'single-leg-bridge' } };
export const HamstringSliderCurl: Story = { name: 'Hamstring heel slide', args: { exercise: 'hamstring-slider-curl' } };
export const Clamshell: Story = { name: 'Clamshell', args: { exercise: 'clamshell' } };
export const SideLyingLegRaise: Story = { name: 'Side-lying leg raise', args: { exercise: 'side-lying-leg-raise' } };
export const LateralBandWalk: Story = { name: 'Side steps with a band', args: { exercise: 'lateral-band-walk' } };
export const HeavySlowSquat: Story = { name: 'Heavy slow squat', args: { exercise: 'heavy-slow-squat' } };
export const ToeTaps: Story = { name: 'Toe taps', args: { exercise: 'toe-taps' } };
export const QuadStretch: Story = { name: 'Front thigh stretch', args: { exercise: 'quad-stretch' } };
export const HamstringStretch: Story = { name: 'Back thigh stretch', args: { exercise: 'hamstring-stretch' } };
export const OuterHipStretch: Story = { name: 'Outer hip stretch', args: { exercise: 'outer-hip-stretch' } };

/** "Do it now" pressed: the get-ready countdown is running. */
export const TimerRunning: Story = {
  name: 'Timer running',
  args: { exercise: 'wall-sit' },
  play: async ({ canvasElement, args }) => {
    const card = await rendered(canvasElement, 'exercise-card');
    const shadow = inShadow(card);
    await userEvent.click(shadow.getByRole('button', { name: 'Start' }));
    await settled(card);
    await expect(args.onExerciseStart).toHaveBeenCalled();
    await expect(part(card, '.step .phase')).toHaveTextContent('Get ready');
    await expect(shadow.getByRole('button', { name: 'Pause' })).toBeVisible();
    // The clock counts down on its own.
    const clock = () => part(card, '.step .big').textContent?.trim();
    const start = clock();
    await waitFor(() => expect(clock()).not.toBe(start), { timeout: 3000 });
  },
};

/** A typo in the id: a calm "Exercise not found" that offers the exercises there are. */
export const UnknownExercise: Story = {
  name: 'Unknown exercise',
  args: { exercise: 'wall-sitt' },
  play: async ({ canvasElement }) => {
    const card = await rendered(canvasElement, 'exercise-card');
    await expect(inShadow(card).getByRole('heading', { name: 'Exercise not found' })).toBeVisible();
  },
};

/** No `exercise` and no region chosen in the guide: the card says how to get suggestions. */
export const FollowingTheMapNothingChosen: Story = {
  name: 'Following the map, nothing chosen',
  args: { exercise: '' },
};

/** The card's heading fitted into the page's outline (`heading-level="3"`). */
export const HeadingLevel3: Story = { name: 'Heading level 3', args: { exercise: 'bridge', 'heading-level': 3 } };

/** Brand colours and shape through the `--knee-*` custom properties. */
export const Themed: Story = {
  args: {
    exercise: 'step-up',
    '--knee-accent': '#00695c',
    '--knee-surface': '#f3fbf9',
    '--knee-text': '#102a26',
    '--knee-radius': '0',
  },
};
