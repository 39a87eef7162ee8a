// The timing probe, injected into every bench page before its own scripts
// (Page.addScriptToEvaluateOnNewDocument), so our page, the peer and the floor
// are timed by the same code and none of them loads anything extra for it.
//
// `probe` runs in the page and must be self-contained. `s` describes the
// subject: `host`, a selector for each copy; `target`, a selector (inside the
// host's shadow root if it has one) that exists once the copy is usable;
// `lit`, whether a copy's re-render after a click is awaited with
// `updateComplete` (the peer's React renders before the click event reaches
// the window).
export function probe(s) {
  const n = s.n;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const hosts = () => [...document.querySelectorAll(s.host)];
  const rootOf = (h) => h.shadowRoot ?? h;
  const drawn = (h) => rootOf(h).querySelector(s.target) !== null;
  // In view: not wholly below or above the viewport. A copy not yet drawn has
  // no height at the top of the page, so it counts as in view.
  const inView = (h) => {
    const r = h.getBoundingClientRect();
    return r.top < innerHeight && r.bottom >= 0;
  };
  const bytesBy = (t) => {
    const nav = performance.getEntriesByType('navigation')[0];
    let bytes = nav?.encodedBodySize ?? 0;
    let files = 1;
    for (const e of performance.getEntriesByType('resource')) {
      if (t === undefined || e.responseEnd <= t) {
        bytes += e.encodedBodySize;
        files++;
      }
    }
    return { bytes, files };
  };

  // `ready`: the first frame in which every copy in view is drawn, once it has
  // been painted. `all`: the same for every copy. Checked at each animation
  // frame, the moment a page's state becomes what the visitor sees.
  window.__bench = new Promise((resolve) => {
    let seen = false;
    let ready;
    let readyBytes;
    const tick = () => {
      const hs = hosts();
      if (hs.length === n) {
        if (!seen && hs.some(drawn) && hs.filter(inView).every(drawn)) {
          seen = true;
          setTimeout(() => {
            ready = performance.now();
            readyBytes = bytesBy(ready);
          });
        }
        if (hs.every(drawn)) {
          setTimeout(() => {
            const all = performance.now();
            // Both in the same frame: `ready` was set by the task queued just before.
            resolve({ ready: ready ?? all, readyBytes: readyBytes ?? bytesBy(all), all });
          });
          return;
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  window.__bytes = () => bytesBy(undefined);

  /**
   * Arms a probe for the next real click inside the first copy. A click is
   * two tasks; the work of each is the time from its first listener (the
   * window's, capturing) to the last (the window's, bubbling, after the
   * microtasks its handlers queued, which is where Lit and React re-render):
   * `press`, pointerdown, mousedown and the focus they move; `work`, the click,
   * until the copy shows the choice in its DOM. `frame`: from the click's
   * timestamp to the next frame painted. `shown` says whether the choice was in
   * the DOM then (`chosen` is a selector inside the first copy, or text its
   * status element must contain).
   */
  window.__armClick = (chosen) => {
    const host = hosts()[0];
    const shown = () =>
      chosen.text
        ? !!rootOf(host).querySelector('[role="status"]')?.textContent.includes(chosen.text)
        : !!rootOf(host).querySelector(chosen.selector);
    let pressStart;
    let pressEnd;
    const start = () => (pressStart ??= performance.now());
    const end = () => {
      pressEnd = performance.now();
      queueMicrotask(() => (pressEnd = performance.now()));
    };
    const press = ['pointerdown', 'mousedown', 'focusin'];
    for (const type of press) {
      addEventListener(type, start, { capture: true });
      addEventListener(type, end);
    }
    window.__click = new Promise((resolve) => {
      let clickStart;
      addEventListener('click', () => (clickStart = performance.now()), { capture: true, once: true });
      addEventListener(
        'click',
        async (e) => {
          for (const type of press) {
            removeEventListener(type, start, { capture: true });
            removeEventListener(type, end);
          }
          if (s.lit) await host.updateComplete;
          const work = performance.now() - clickStart;
          const ok = shown();
          await frame();
          resolve({ press: pressEnd - pressStart, work, frame: performance.now() - e.timeStamp, shown: ok });
        },
        { once: true },
      );
    });
  };
}
