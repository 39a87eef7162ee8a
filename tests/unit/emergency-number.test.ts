import { expect } from '@open-wc/testing';
import { emergencyNumber, isDialable } from '../../src/components/shared/emergency-number.js';

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
    ['<b>911</b>', 'en-US', '911'], // markup is not a number
    ['<b>911</b>', 'en', undefined],
    ['-911', 'en-GB', '999'], // a negative number is nobody's number
    ['1'.repeat(40), 'en-GB', '999'], // absurdly long
    ['--', null, undefined], // no digits to dial
    ['**', null, undefined],
    ['9', null, undefined], // too short
    ['', 'en-US', '911'], // empty: as if not set
    ['   ', 'en-US', '911'],
    ['*112#', null, '*112#'],
    ['+44 20 7946 0000', null, '+44 20 7946 0000'],
    [null, null, undefined],
  ];
  for (const [attr, lang, expected] of table)
    it(`${attr ?? '–'} / ${lang ?? '–'} → ${expected ?? 'local number'}`, () => {
      expect(emergencyNumber(attr, lang)).to.equal(expected);
    });
});

describe('isDialable', () => {
  for (const ok of ['999', '112', '000', '15', '*112#', '+44 20 7946 0000', '1-800-273-8255'])
    it(`accepts ${ok}`, () => expect(isDialable(ok)).to.equal(true));
  for (const bad of ['', '9', '-911', '911-', '--', '**', '+', '<b>911</b>', '９１１', 'nine one one', '1'.repeat(16), '1 '.repeat(11) + '1'])
    it(`rejects ${JSON.stringify(bad)}`, () => expect(isDialable(bad)).to.equal(false));
});

describe('emergencyNumber, given what is not a string', () => {
  it('ignores it rather than throwing (the element passes numbers as text)', () => {
    expect(emergencyNumber(999 as unknown as string, 'en-US')).to.equal('911');
    expect(emergencyNumber({} as unknown as string, 42 as unknown as string)).to.equal(undefined);
  });
});
