import { expect } from '@open-wc/testing';
import { isMirrored, nextSpot, screenCentre, spots, TARGET, WIDTH, type Spot } from '../../src/components/knee-pain-map/geometry.js';
import { defaultContent } from '../../src/content/default.js';

/**
 * The side, in units, of the largest square inside `spot`'s outline that none
 * of `over` (the regions drawn after it, so on top) covers: sampled every half unit.
 */
function largestSquare(spot: Spot, over: readonly Spot[]): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  const outline = new Path2D(spot.d);
  const covers = over.map((s) => new Path2D(s.d));
  const step = 0.5;
  const [left, top] = [spot.cx - 3 * spot.rx, spot.cy - 3 * spot.ry];
  const [cols, rows] = [Math.ceil((6 * spot.rx) / step), Math.ceil((6 * spot.ry) / step)];
  let prev = new Array<number>(cols + 1).fill(0);
  let best = 0;
  for (let r = 0; r <= rows; r++) {
    const row = new Array<number>(cols + 1).fill(0);
    for (let c = 0; c <= cols; c++) {
      const [x, y] = [left + c * step, top + r * step];
      if (!ctx.isPointInPath(outline, x, y) || covers.some((p) => ctx.isPointInPath(p, x, y))) continue;
      row[c] = c ? Math.min(prev[c]!, row[c - 1]!, prev[c - 1]!) + 1 : 1;
      best = Math.max(best, row[c]!);
    }
    prev = row;
  }
  return (best - 1) * step;
}

describe('map geometry', () => {
  it('draws inner on the viewer’s right only for the right knee from the front and the left knee from behind', () => {
    expect(isMirrored('right', 'front')).to.equal(false);
    expect(isMirrored('left', 'front')).to.equal(true);
    expect(isMirrored('right', 'back')).to.equal(true);
    expect(isMirrored('left', 'back')).to.equal(false);
  });

  it('mirrors a spot’s centre across the diagram', () => {
    const inner = spots.front.find((s) => s.id === 'inner-joint-line')!;
    expect(screenCentre(inner, 'right', 'front').x).to.equal(inner.cx);
    expect(screenCentre(inner, 'left', 'front').x).to.equal(WIDTH - inner.cx);
  });

  it('has a spot for every front and back region in the content, and no other', () => {
    for (const view of ['front', 'back'] as const) {
      const fromContent = defaultContent.regions.filter((r) => r.view === view).map((r) => r.id).sort();
      expect(spots[view].map((s) => s.id).sort()).to.deep.equal(fromContent);
    }
  });

  it('has each centre inside its outline, and the outline within 3 radii of it', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const s of [...spots.front, ...spots.back]) {
      const outline = new Path2D(s.d);
      expect(ctx.isPointInPath(outline, s.cx, s.cy), s.id).to.equal(true);
      for (const [x, y] of [[-3, 0], [3, 0], [0, -3], [0, 3]] as const)
        expect(ctx.isPointInPath(outline, s.cx + x * s.rx, s.cy + y * s.ry), `${s.id} reaches ${x} ${y}`).to.equal(false);
    }
  });

  it(`gives every region a ${TARGET} × ${TARGET} unit square that no other region covers`, () => {
    for (const view of ['front', 'back'] as const)
      spots[view].forEach((s, i) => {
        expect(largestSquare(s, spots[view].slice(i + 1)), s.id).to.be.at.least(TARGET);
      });
  });

  it('moves down from the kneecap to just below it, and up again', () => {
    expect(nextSpot('kneecap', 'ArrowDown', 'right', 'front')).to.equal('below-kneecap');
    expect(nextSpot('below-kneecap', 'ArrowUp', 'right', 'front')).to.equal('kneecap');
    expect(nextSpot('kneecap', 'ArrowUp', 'right', 'front')).to.equal('above-kneecap');
  });

  it('follows the mirror: right arrow goes to the inner side on a right knee, the outer side on a left knee', () => {
    expect(nextSpot('below-kneecap', 'ArrowRight', 'right', 'front')).to.equal('inner-joint-line');
    expect(nextSpot('below-kneecap', 'ArrowRight', 'left', 'front')).to.equal('outer-joint-line');
    expect(nextSpot('below-kneecap', 'ArrowLeft', 'left', 'front')).to.equal('inner-joint-line');
  });

  it('stays put when nothing lies in that direction', () => {
    expect(nextSpot('above-kneecap', 'ArrowUp', 'right', 'front')).to.equal('above-kneecap');
    expect(nextSpot('upper-calf', 'ArrowDown', 'right', 'back')).to.equal('upper-calf');
    // Down means down: the inner shin lies beside the shin bump, not below it.
    expect(nextSpot('shin-bump', 'ArrowDown', 'right', 'front')).to.equal('shin-bump');
  });

  it('reaches every region from any other with arrow keys alone', () => {
    for (const view of ['front', 'back'] as const)
      for (const side of ['left', 'right'] as const) {
        const seen = new Set([spots[view][0]!.id]);
        const queue = [...seen];
        while (queue.length) {
          const id = queue.shift()!;
          for (const dir of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const) {
            const n = nextSpot(id, dir, side, view);
            if (!seen.has(n)) (seen.add(n), queue.push(n));
          }
        }
        expect(seen.size, `${side} ${view}`).to.equal(spots[view].length);
      }
  });
});
