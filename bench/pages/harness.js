// The benchmark page: puts N copies of one element on the page, loads the
// script that defines it, and records when every copy is usable. The same
// harness serves our elements and the floor, so both are timed alike.
const q = new URLSearchParams(location.search);
const tag = q.get('tag');
const n = Number(q.get('n') ?? 1);
const attrs = JSON.parse(q.get('attrs') ?? '{}');

for (let i = 0; i < n; i++) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

window.__bench = (async () => {
  await import(q.get('src'));
  await customElements.whenDefined(tag);
  const els = [...document.querySelectorAll(tag)];
  await Promise.all(els.map((e) => e.updateComplete));
  // Usable: every copy rendered its controls, and that frame was painted.
  await frame();
  return { ready: performance.now() };
})();

/**
 * Arms a probe for the next real click inside the first copy, from the
 * pointerdown's timestamp: `work`, until the element has re-rendered (its
 * DOM is updated); `frame`, until the frame showing it has been painted.
 */
window.__armClick = () => {
  const el = document.querySelector(tag);
  window.__click = new Promise((resolve) => {
    addEventListener(
      'pointerdown',
      (e) => {
        const t0 = e.timeStamp;
        addEventListener(
          'click',
          async () => {
            await el.updateComplete;
            const work = performance.now() - t0;
            await frame();
            resolve({ work, frame: performance.now() - t0 });
          },
          { once: true },
        );
      },
      { once: true, capture: true },
    );
  });
};
