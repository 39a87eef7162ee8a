import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, fn, userEvent } from 'storybook/test';
import redFlags from '../content/en/red-flags.json';
import guidance from '../content/en/guidance.json';
import { cssVars, inShadow, part, rendered, settled, type CssVarArgs, type Listener } from './support.js';

type Args = CssVarArgs & {
  'emergency-number': string;
  mode: string;
  persist: boolean;
  onRedFlagChange?: Listener;
};

const flag = (id: string) => redFlags.find((f) => f.id === id)!;

/** Ticks the warning sign `id` and checks the one-line answer that follows. */
function tick(id: string, answer: string, injury = false): Story['play'] {
  return async ({ canvasElement, args }) => {
    const list = await rendered(canvasElement, 'red-flag-checklist');
    const shadow = inShadow(list);
    if (injury) {
      await userEvent.click(shadow.getByRole('checkbox', { name: guidance.injuryQuestion }));
      await settled(list);
    }
    await userEvent.click(shadow.getByRole('checkbox', { name: flag(id).text }));
    await settled(list);
    await expect(part(list, '[part="status"]')).toHaveTextContent(answer);
    await expect(part(list, '[part="result"]')).toHaveTextContent(flag(id).text);
    await expect(args.onRedFlagChange).toHaveBeenCalled();
  };
}

const meta = {
  title: 'Elements/red-flag-checklist',
  component: 'red-flag-checklist',
  args: { 'emergency-number': '', mode: 'patient', persist: false, onRedFlagChange: fn() },
  render: (args) => html`<red-flag-checklist
    emergency-number=${ifDefined(args['emergency-number'] || undefined)}
    mode=${args.mode}
    ?persist=${args.persist}
    style=${styleMap(cssVars(args))}
    @knee-red-flag-change=${args.onRedFlagChange}
  ></red-flag-checklist>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Nothing ticked: no warning signs, and self-care advice. */
export const NothingTicked: Story = {
  name: 'Nothing ticked',
  play: async ({ canvasElement }) => {
    const list = await rendered(canvasElement, 'red-flag-checklist');
    await expect(part(list, '[part="status"]')).toHaveTextContent('No warning signs: self-care');
  },
};

/** An emergency sign ticked: emergency care first, with "your local emergency number". */
export const EmergencyTier: Story = {
  name: 'Tier: emergency',
  play: tick('hot-swollen-knee-fever', 'Get emergency care now'),
};

/** A same-day sign ticked: a hot, swollen knee without fever. */
export const TodayTier: Story = {
  name: 'Tier: today',
  play: tick('hot-swollen-knee', 'Get seen today'),
};

/** A "see a doctor within a day or two" sign ticked. */
export const SoonTier: Story = {
  name: 'Tier: soon',
  play: tick('locks-or-catches', 'See a doctor within a day or two'),
};

/** A routine sign ticked: book an appointment. */
export const RoutineTier: Story = {
  name: 'Tier: routine',
  play: tick('not-improving', 'Book a routine appointment'),
};

/** The injury question answered yes shows the after-injury signs; one of them ticked. */
export const AfterAnInjury: Story = {
  name: 'After an injury',
  play: tick('knee-looks-deformed', 'Get emergency care now', true),
};

/** `emergency-number="999"`: an emergency answer offers to call that number. */
export const EmergencyNumber: Story = {
  name: 'Emergency number',
  args: { 'emergency-number': '999' },
  play: async (context) => {
    await tick('clot-lung-signs', 'Get emergency care now')!(context);
    const list = await rendered(context.canvasElement, 'red-flag-checklist');
    const call = part(list, '[part="status"] a');
    await expect(call).toHaveTextContent('Call 999');
    await expect(call).toHaveAttribute('href', 'tel:999');
  },
};

/** `mode="clinician"`: the Ottawa Knee Rules added as a decision aid for clinicians. */
export const ClinicianMode: Story = {
  name: 'Clinician mode',
  args: { mode: 'clinician' },
  play: async ({ canvasElement }) => {
    const list = await rendered(canvasElement, 'red-flag-checklist');
    await expect(part(list, '[part="clinician"]')).toHaveTextContent('For clinicians');
  },
};

/** Brand colours and shape through the `--knee-*` custom properties. */
export const Themed: Story = {
  args: {
    '--knee-accent': '#1a237e',
    '--knee-surface': '#f5f6ff',
    '--knee-radius': '2px',
  },
  play: tick('locks-or-catches', 'See a doctor within a day or two'),
};
