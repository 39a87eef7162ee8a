import { ContextRoot } from '@lit/context';
import { GuideController } from './guide-controller.js';
import { guideOf } from './guide-of.js';

let attached = false;

/**
 * Makes the whole page one guide unless a `<knee-pain-guide>` says otherwise,
 * so the elements work together with nothing but the script tag.
 *
 * Must run before any element is defined: the ContextRoot then catches
 * requests from consumers that upgrade before their provider exists.
 */
export function ensurePageGuide(): void {
  if (attached) return;
  attached = true;
  const root = document.documentElement;
  new ContextRoot().attach(root);
  // An element inside a <knee-pain-guide> belongs to that guide, even while
  // the guide's code is still loading (it is a chunk of its own): the page
  // guide must not answer it, or a region chosen in one guide would show in
  // another meanwhile. The ContextRoot above has already noted the request,
  // and hands it to the guide when it arrives.
  root.addEventListener('context-request', (e) => {
    const target = e.contextTarget ?? e.composedPath()[0];
    if (target instanceof Element && guideOf(target)) e.stopImmediatePropagation();
  });
  new GuideController(root);
}
