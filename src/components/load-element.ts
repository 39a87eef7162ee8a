/**
 * The code of an element that another one draws (the map's panel draws
 * exercise cards), loaded on demand and once per page, so that no element's
 * folder imports from another's.
 */
const loaded = new Map<string, Promise<unknown>>();

const code: Record<string, () => Promise<unknown>> = {
  'exercise-card': () => import('./exercise-card/define.js'),
};

/** Defines `tag` (if this build has it), loading its code the first time it is asked for. */
export function loadElement(tag: 'exercise-card'): Promise<unknown> {
  let load = loaded.get(tag);
  if (!load) loaded.set(tag, (load = code[tag]!()));
  return load;
}
