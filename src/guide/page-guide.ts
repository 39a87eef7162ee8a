import { ContextRoot } from '@lit/context';
import { GuideController } from './guide-controller.js';

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
  new GuideController(root);
}
