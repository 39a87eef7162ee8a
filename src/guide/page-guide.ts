import { provideGuide } from './provide-guide.js';

let attached = false;

/**
 * Makes the whole page one guide unless a `<knee-pain-guide>` says otherwise,
 * so the elements work together with nothing but the script tag. Runs before
 * any element is defined, so every element finds a guide when it connects.
 */
export function ensurePageGuide(): void {
  if (attached) return;
  attached = true;
  provideGuide(document.documentElement);
}
