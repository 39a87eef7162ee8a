import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/components/shared/sources.js';
import { inLocale } from '../../src/i18n/localize.js';
import '../../src/i18n/es.js';

describe('formatDate', () => {
  it('writes a review date with the month as a word, in the current locale', () => {
    expect(formatDate('2026-11-21')).to.equal('21 Nov 2026');
    expect(formatDate('2026-01-05')).to.equal('5 Jan 2026');
    expect(inLocale('es', () => formatDate('2026-11-21'))).to.equal('21 nov 2026');
  });
  it('keeps the date as given when it cannot be read', () => {
    expect(formatDate('someday')).to.equal('someday');
    expect(formatDate('2026-13-01')).to.equal('2026-13-01');
    expect(formatDate('2026-11-00')).to.equal('2026-11-00');
    expect(formatDate('2026-11-21T10:00')).to.equal('2026-11-21T10:00');
  });
});
