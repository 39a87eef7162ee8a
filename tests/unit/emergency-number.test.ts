import { expect } from '@open-wc/testing';
import { emergencyNumber } from '../../src/components/red-flag-checklist/emergency-number.js';

describe('emergencyNumber', () => {
  const table: [string | null, string | null, string | undefined][] = [
    ['999', 'en-US', '999'], // the attribute wins
    [' 112 ', null, '112'],
    [null, 'en-US', '911'],
    [null, 'en-GB', '999'],
    [null, 'en_GB', '999'],
    [null, 'de-DE', '112'],
    [null, 'es-ES', '112'],
    [null, 'es-MX', '911'],
    [null, 'en-AU', '000'],
    [null, 'zh-Hant-HK', '999'],
    [null, 'en', undefined], // no region: say "your local emergency number"
    [null, 'xx-ZZ', undefined],
    ['call me', 'en-US', '911'], // not a phone number: ignored
    [null, null, undefined],
  ];
  for (const [attr, lang, expected] of table)
    it(`${attr ?? '–'} / ${lang ?? '–'} → ${expected ?? 'local number'}`, () => {
      expect(emergencyNumber(attr, lang)).to.equal(expected);
    });
});
