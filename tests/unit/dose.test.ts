import { expect } from '@open-wc/testing';
import { formatDose } from '../../src/components/shared/dose.js';

describe('formatDose', () => {
  it('reads sets and reps', () => {
    expect(formatDose({ sets: 3, reps: 10, perSide: false, frequency: '' })).to.equal('3 sets of 10');
  });
  it('adds "each leg" for one-sided exercises', () => {
    expect(formatDose({ sets: 2, reps: 12, perSide: true, frequency: '' })).to.equal('2 sets of 12, each leg');
  });
  it('reads holds', () => {
    expect(formatDose({ sets: 5, holdSeconds: 45, perSide: false, frequency: '' })).to.equal('5 holds of 45 seconds');
    expect(formatDose({ sets: 1, holdSeconds: 30, perSide: true, frequency: '' })).to.equal(
      'Hold for 30 seconds, each leg',
    );
  });
  it('reads a single set', () => {
    expect(formatDose({ sets: 1, reps: 15, perSide: false, frequency: '' })).to.equal('1 set of 15');
  });
});
