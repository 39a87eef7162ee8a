/**
 * The classic-script build (`knee-pain-widgets.iife.js`), for pages that can
 * only add a plain `<script src>`: it loads the module build from the same
 * folder, which loads what the page's elements need. Defines no global.
 */
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  import(new URL('knee-pain-widgets.js', script.src).href).catch((e: unknown) =>
    console.error('knee-pain-widgets: could not load knee-pain-widgets.js next to the classic script.', e),
  );
} else {
  console.error('knee-pain-widgets: include knee-pain-widgets.iife.js with <script src="…">.');
}
