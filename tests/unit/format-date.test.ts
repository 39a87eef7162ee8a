import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/components/shared/sources.js';

describe('formatDate', () => {
  it('writes a review date the way the page’s language does', () => {
    expect(formatDate('2026-11-21', 'en-GB')).to.equal('21 Nov 2026');
    expect(formatDate('2026-11-21', 'en-US')).to.equal('Nov 21, 2026');
  });
  it('keeps the date as given when it cannot be read, or the language is not valid', () => {
    expect(formatDate('someday', 'en-GB')).to.equal('someday');
    expect(formatDate('2026-11-21', 'not a language!')).to.equal('2026-11-21');
  });
});
