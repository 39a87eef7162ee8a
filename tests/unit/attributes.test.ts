import { expect } from '@open-wc/testing';
import {
  asciiLower,
  booleanAttribute,
  booleanFor,
  describeValue,
  idOf,
  intInRange,
  invalidMessage,
  keyword,
  keywordFor,
  listChoices,
  oneOf,
  shorten,
  toBoolean,
  trimHtmlSpace,
  warnInvalid,
} from '../../src/components/shared/attributes.js';
import { headingLevel } from '../../src/components/shared/heading.js';

const SIDES = ['right', 'left'] as const;

/** Runs `fn` with console.warn recorded; returns what was warned. */
function warnings(fn: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('attributes: keywords', () => {
  it('matches like HTML: ASCII case-insensitive, surrounding whitespace ignored', () => {
    expect(keyword('left', SIDES)).to.equal('left');
    expect(keyword('LEFT', SIDES)).to.equal('left');
    expect(keyword(' Left\n', SIDES)).to.equal('left');
    expect(keyword('\tright ', SIDES)).to.equal('right');
  });

  it('names no keyword for anything else', () => {
    for (const v of ['middle', '', ' ', 'le ft', 'lef', 'left!', '<script>', 'left right', null, undefined, 1, true, {}, ['left']])
      expect(keyword(v, SIDES), String(v)).to.equal(undefined);
  });

  it('folds A–Z only: no Unicode case folding (the Kelvin sign is not a k)', () => {
    expect(asciiLower('BACK')).to.equal('back');
    expect(asciiLower('ÉLAN')).to.equal('Élan');
    expect(keyword('bac\u212A', ['back'])).to.equal(undefined);
    expect(keyword('İeft', ['left'])).to.equal(undefined);
  });

  it('trims HTML whitespace only, not a no-break space', () => {
    expect(trimHtmlSpace(' \t\n\f\rleft\r\n')).to.equal('left');
    expect(trimHtmlSpace('\u00a0left')).to.equal('\u00a0left');
    expect(keyword('\u00a0left', SIDES)).to.equal(undefined);
  });

  it('oneOf falls back to the default', () => {
    expect(oneOf('LEFT', SIDES, 'right')).to.equal('left');
    expect(oneOf('middle', SIDES, 'right')).to.equal('right');
    expect(oneOf(null, SIDES, 'right')).to.equal('right');
    expect(oneOf(42, SIDES, 'right')).to.equal('right');
  });
});

describe('attributes: intInRange', () => {
  const table: [unknown, number][] = [
    [1, 1],
    [6, 6],
    ['3', 3],
    [' 4 ', 4],
    ['3.0', 3],
    [0, 2],
    [7, 2],
    [-1, 2],
    [1e9, 2],
    [2.5, 2],
    ['2.5', 2],
    [NaN, 2],
    [Infinity, 2],
    ['abc', 2],
    ['', 2],
    ['  ', 2],
    ['0x3', 3],
    [null, 2],
    [undefined, 2],
    [true, 2],
    [[3], 2],
    [{ valueOf: () => 3 }, 2],
  ];
  for (const [value, expected] of table)
    it(`${typeof value === 'string' ? JSON.stringify(value) : String(value)} → ${expected}`, () => {
      expect(intInRange(value, 1, 6, 2)).to.equal(expected);
    });

  it('backs the exercise card heading level', () => {
    expect(headingLevel('4')).to.equal(4);
    expect(headingLevel(0)).to.equal(2);
    expect(headingLevel('abc', 3)).to.equal(3);
  });
});

describe('attributes: booleans', () => {
  it('is on when present, as in HTML, except the literal "false"', () => {
    for (const v of ['', 'persist', 'true', 'yes', 'on', '0', 'no'])
      expect(booleanAttribute.fromAttribute(v), JSON.stringify(v)).to.equal(true);
    for (const v of ['false', 'FALSE', ' False '])
      expect(booleanAttribute.fromAttribute(v), JSON.stringify(v)).to.equal(false);
    expect(booleanAttribute.fromAttribute(null)).to.equal(false);
  });

  it('reflects as present or absent', () => {
    expect(booleanAttribute.toAttribute(true)).to.equal('');
    expect(booleanAttribute.toAttribute(false)).to.equal(null);
  });

  it('reads properties strictly: only true or a string other than "false" is on', () => {
    expect(toBoolean(true)).to.equal(true);
    expect(toBoolean('')).to.equal(true);
    expect(toBoolean('false')).to.equal(false);
    for (const v of [false, null, undefined, 0, 1, NaN, {}, []]) expect(toBoolean(v), String(v)).to.equal(false);
  });
});

describe('attributes: ids', () => {
  it('keeps strings, prints numbers, and drops what no attribute could hold', () => {
    expect(idOf('wall-sit')).to.equal('wall-sit');
    expect(idOf('')).to.equal('');
    expect(idOf(42)).to.equal('42');
    expect(idOf(-1)).to.equal('-1');
    expect(idOf(null)).to.equal(null);
    expect(idOf(undefined)).to.equal(null);
    expect(idOf({ toString: () => 'wall-sit' })).to.equal(null);
    expect(idOf(Symbol('x'))).to.equal(null);
  });
});

describe('attributes: warnings', () => {
  it('quotes values safely, cutting long strings short, and never throws', () => {
    expect(describeValue('middle')).to.equal('"middle"');
    expect(describeValue('say "hi"')).to.equal('"say \\"hi\\""');
    expect(describeValue(7)).to.equal('7');
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue('9'.repeat(500))).to.have.length.below(90).and.match(/…"$/);
    expect(describeValue(Object.create(null))).to.be.a('string');
    expect(describeValue(Symbol('s'))).to.equal('Symbol(s)');
    expect(describeValue(() => 1)).to.equal('a function');
  });

  it('shortens by characters, never splitting an emoji', () => {
    expect(shorten('abc', 3)).to.equal('abc');
    expect(shorten('abcd', 3)).to.equal('abc…');
    expect(shorten('🦵🦵🦵', 2)).to.equal('🦵🦵…');
  });

  it('names the element, the attribute, the value, what happens and the valid choices', () => {
    expect(invalidMessage('knee-pain-map', 'side', 'middle', 'using "right"', listChoices(SIDES))).to.equal(
      '<knee-pain-map>: side="middle" is not valid; using "right". Valid: "right", "left".',
    );
  });

  it('warns once per element, attribute and value', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    const seen = warnings(() => {
      warnInvalid(a, 'side', 'middle', 'using "right"', 'left, right');
      warnInvalid(a, 'side', 'middle', 'using "right"', 'left, right');
      warnInvalid(a, 'view', 'middle', 'using "front"', 'front, back');
      warnInvalid(a, 'side', 'centre', 'using "right"', 'left, right');
      warnInvalid(b, 'side', 'middle', 'using "right"', 'left, right');
      // The number 7 and the string "7" are different mistakes.
      warnInvalid(a, 'heading-level', 7, 'using 2', '1–6');
      warnInvalid(a, 'heading-level', '7', 'using 2', '1–6');
    });
    expect(seen).to.have.length(6);
    expect(seen[0]).to.equal('<div>: side="middle" is not valid; using "right". Valid: left, right.');
  });

  it('keywordFor warns about a wrong value, not about a missing one', () => {
    const el = document.createElement('knee-test');
    let result: string[] = [];
    const seen = warnings(() => {
      result = [
        keywordFor(el, 'side', 'LEFT', SIDES, 'right'),
        keywordFor(el, 'side', null, SIDES, 'right'),
        keywordFor(el, 'side', undefined, SIDES, 'right'),
        keywordFor(el, 'side', '', SIDES, 'right'),
      ];
    });
    expect(result).to.deep.equal(['left', 'right', 'right', 'right']);
    expect(seen).to.deep.equal(['<knee-test>: side="" is not valid; using "right". Valid: "right", "left".']);
  });

  it('booleanFor reads "false" as off and says why, once', () => {
    const el = document.createElement('knee-test');
    el.setAttribute('persist', 'false');
    let values: boolean[] = [];
    const seen = warnings(() => {
      values = [booleanFor(el, 'persist', false), booleanFor(el, 'persist', 'false'), booleanFor(el, 'persist', true)];
    });
    expect(values).to.deep.equal([false, false, true]);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include('<knee-test>: persist="false"').and.include('remove it');
  });
});
