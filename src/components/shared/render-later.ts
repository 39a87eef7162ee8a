/**
 * Lets elements far from the viewport re-render after the next frame rather
 * than in it. One visitor's choice re-renders every element of its guide: on
 * a page of many maps, the ones on screen show it at once, and the rest
 * follow in short slices, one task each, so input is never held up for long.
 * (Not `requestIdleCallback`: one short slice per frame is too slow to catch
 * up, and WebKit lacks it.)
 */

/** Elements the observer last saw far (more than half a screen) from the viewport. */
const far = new WeakSet<Element>();
/** Renders waiting for the slices after the next frame. */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;
let sliced = false;

/** Starts tracking whether `el` is near the viewport. */
export function track(el: Element): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) {
          far.delete(target);
          waiting.get(target)?.();
        } else far.add(target);
      }
    },
    { rootMargin: '50% 0px' },
  );
  observer.observe(el);
}

export function untrack(el: Element): void {
  observer?.unobserve(el);
  far.delete(el);
}

/** Whether `el` is far from the viewport (unknown until the observer first reports: near). */
export const isFar = (el: Element): boolean => far.has(el);

/** Runs `render` for `el` after the next frame (or at once when `el` comes near); settles when it has run. */
export function renderLater(el: Element, render: () => void): Promise<void> {
  return new Promise((resolve) => {
    waiting.set(el, () => {
      waiting.delete(el);
      try {
        render();
      } finally {
        resolve();
      }
    });
    if (sliced) return;
    sliced = true;
    void afterPaint().then(slice);
  });
}

function slice() {
  const end = performance.now() + 8;
  for (const run of [...waiting.values()]) {
    run();
    if (performance.now() > end) break;
  }
  if (waiting.size) setTimeout(slice);
  else sliced = false;
}

/** Settles after the next frame is painted; a background tab paints none, so after 250 ms at most. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 250);
  });
