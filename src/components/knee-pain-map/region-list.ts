/**
 * The options of the map's "choose from a list" `<select>`, built as plain
 * DOM (`new Option(text, value)`: text, never markup).
 *
 * Why not a Lit template per option: each option would carry a template
 * instance and three bindings, about 6 KB of memory per map and a third of
 * its first layout, for a list that only changes with the content or the
 * language. The map renders the fragment through one binding, and selects
 * the right option after each render (`select.value`).
 */
import type { Region } from '../../content/types.js';

export interface RegionListLabels {
  /** The first, empty choice ("Where does it hurt?"). */
  none: string;
  /** Group names by view. */
  front: string;
  back: string;
  any: string;
}

/** The options, grouped by view (front, back, then the whole knee), after an empty first choice. */
export function regionOptions(regions: readonly Region[], labels: RegionListLabels): DocumentFragment {
  const list = document.createDocumentFragment();
  list.append(new Option(labels.none, ''));
  for (const view of ['front', 'back', 'any'] as const) {
    const group = document.createElement('optgroup');
    group.label = labels[view];
    for (const r of regions) if (r.view === view) group.append(new Option(r.name, r.id));
    if (group.childElementCount) list.append(group);
  }
  return list;
}

/**
 * One map's options: rebuilt only when the regions or the labels (the
 * language) change. Otherwise the same fragment, emptied once inserted, is
 * returned: Lit sees an unchanged value and leaves the options in place.
 */
export class RegionList {
  #regions?: readonly Region[];
  #key = '';
  #list?: DocumentFragment;

  options(regions: readonly Region[], labels: RegionListLabels): DocumentFragment {
    const key = Object.values(labels).join('\n');
    if (!this.#list || this.#regions !== regions || this.#key !== key) {
      this.#regions = regions;
      this.#key = key;
      this.#list = regionOptions(regions, labels);
    }
    return this.#list;
  }
}
