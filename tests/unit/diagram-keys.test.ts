import { expect } from '@open-wc/testing';
import { diagramKey } from '../../src/components/knee-pain-map/diagram-keys.js';
import { nextSpot, spots } from '../../src/components/knee-pain-map/geometry.js';

describe('diagramKey', () => {
  const front = spots.front.map((s) => s.id);
  const some = front[1]!;

  it('moves focus to the neighbour on screen with each arrow, mirrored for the left knee', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const) {
      for (const side of ['right', 'left'] as const) {
        expect(diagramKey(key, some, side, 'front', false)).to.deep.equal({ focus: nextSpot(some, key, side, 'front') });
      }
    }
    const right = diagramKey('ArrowRight', some, 'right', 'front', false);
    const left = diagramKey('ArrowRight', some, 'left', 'front', false);
    expect(right, 'a mirrored knee swaps left and right neighbours').to.not.deep.equal(left);
  });

  it('goes to the first and last region of the view with Home and End', () => {
    expect(diagramKey('Home', some, 'right', 'front', false)).to.deep.equal({ focus: front[0] });
    expect(diagramKey('End', some, 'right', 'front', false)).to.deep.equal({ focus: front.at(-1) });
    const back = spots.back.map((s) => s.id);
    expect(diagramKey('End', back[0]!, 'right', 'back', false)).to.deep.equal({ focus: back.at(-1) });
  });

  it('chooses the region with Enter or Space, and clears a selection with Escape', () => {
    expect(diagramKey('Enter', some, 'right', 'front', false)).to.deep.equal({ choose: some });
    expect(diagramKey(' ', some, 'right', 'front', true)).to.deep.equal({ choose: some });
    expect(diagramKey('Escape', some, 'right', 'front', true)).to.deep.equal({ choose: null });
  });

  it('leaves other keys, and Escape with nothing chosen, to the browser', () => {
    expect(diagramKey('Escape', some, 'right', 'front', false)).to.equal(undefined);
    expect(diagramKey('Tab', some, 'right', 'front', true)).to.equal(undefined);
    expect(diagramKey('a', some, 'right', 'front', true)).to.equal(undefined);
  });
});
