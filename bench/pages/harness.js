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

const inView = (e) => {
  const r = e.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.width > 0;
};

// `ready` (usable): every copy a visitor can see has rendered its controls,
// and that frame was painted. Copies out of sight may render later, in idle
// time (ours do; the floor renders them all at once): `all` is when every
// copy has rendered and been painted.
window.__bench = (async () => {
  await import(q.get('src'));
  await customElements.whenDefined(tag);
  const els = [...document.querySelectorAll(tag)];
  // Rendering moves the copies, so look again until the ones in view are done.
  for (let seen = els.filter(inView); ; ) {
    await Promise.all(seen.map((e) => e.updateComplete));
    const now = els.filter(inView);
    if (now.every((e) => e.hasUpdated)) break;
    seen = now;
  }
  await frame();
  const ready = performance.now();
  await Promise.all(els.map((e) => e.updateComplete));
  await frame();
  return { ready, all: performance.now() };
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
