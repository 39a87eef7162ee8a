import type { RedFlag } from '../../content/types.js';

export interface SummaryLabels {
  title: string;
  /** The advice heading for the level ("Get emergency care now"). */
  advice: string;
  ticked: string;
  none: string;
  date: string;
  note: string;
}

/**
 * The plain-text summary a visitor can paste into a message to their
 * clinician: the advice, what they ticked (most urgent first), and the date.
 * Nothing else: no name, no page address.
 */
export function summaryText(ticked: readonly RedFlag[], labels: SummaryLabels): string {
  return [
    labels.title,
    labels.date,
    '',
    labels.advice,
    '',
    labels.ticked,
    ...(ticked.length ? ticked.map((f) => `- ${f.text}`) : [`- ${labels.none}`]),
    '',
    labels.note,
  ].join('\n');
}
