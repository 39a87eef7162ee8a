import { msg, str } from '../../i18n/localize.js';
import type { Dose } from '../../content/types.js';

/** "3 sets of 10, each leg" / "5 holds of 45 seconds". Pure, so it is unit-tested. */
export function formatDose(d: Dose): string {
  const amount =
    d.holdSeconds !== undefined
      ? d.sets === 1
        ? msg(str`Hold for ${d.holdSeconds} seconds`)
        : msg(str`${d.sets} holds of ${d.holdSeconds} seconds`)
      : d.reps !== undefined
        ? d.sets === 1
          ? msg(str`1 set of ${d.reps}`)
          : msg(str`${d.sets} sets of ${d.reps}`)
        : d.sets === 1
          ? msg('1 set')
          : msg(str`${d.sets} sets`);
  return d.perSide ? msg(str`${amount}, each leg`) : amount;
}
