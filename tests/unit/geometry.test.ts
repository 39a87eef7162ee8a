import { expect } from '@open-wc/testing';
import { isMirrored, nextSpot, screenCentre, spots, WIDTH } from '../../src/components/knee-pain-map/geometry.js';
import { defaultContent } from '../../src/content/default.js';

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

  it('keeps every target at least 24 units in each direction', () => {
    for (const s of [...spots.front, ...spots.back]) {
      expect(2 * s.rx, s.id).to.be.at.least(24);
      expect(2 * s.ry, s.id).to.be.at.least(24);
    }
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
