// Property-based tests for the content validator (`src/content/schema.ts`):
// it must never throw on anything a page or a clinic could hand it, must
// reject markup anywhere, and must name the file, item and field of every
// mistake it finds.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatError,
  validateContent,
  validateReferences,
  validateShape,
  type ContentError,
} from '../../src/content/schema.js';
import { defaultContent } from '../../src/content/default.js';
import { contentFiles, type Content } from '../../src/content/types.js';

const numRuns = 100;

type Path = (string | number)[];
type Json = Record<string, unknown> | unknown[];
type Part = keyof typeof contentFiles;
type Collection = Exclude<Part, 'guidance'>;

const json = JSON.stringify(defaultContent);
/** A fresh deep copy of the default content (JSON holds all of it). */
const copy = (): Content => JSON.parse(json) as Content;
const errorsOf = (data: unknown): ContentError[] => {
  const r = validateContent(data);
  return r.ok ? [] : r.errors;
};

const getAt = (root: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v as Json)[k as never], root);
const setAt = (root: unknown, path: Path, value: unknown): void => {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1]!, { value, enumerable: true, configurable: true, writable: true });
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every node of the default content below the root, with its path. */
interface Node {
  path: Path;
  value: unknown;
}
const nodes: Node[] = [];
(function walk(value: unknown, path: Path) {
  if (path.length) nodes.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
})(defaultContent, []);

/** `locale` is the one top-level field outside the content files: checked on its own below. */
const inFiles = nodes.filter((n) => n.path[0] !== 'locale');
const strings = inFiles.filter((n) => typeof n.value === 'string');
/** Objects whose keys are fields (a `boost` maps condition ids to weights instead). */
const records = inFiles.filter((n) => isObject(n.value) && n.path[n.path.length - 1] !== 'boost');
const pick = <T>(xs: readonly T[]) => fc.nat({ max: xs.length - 1 }).map((i) => xs[i]!);

/** Fields the schema lets content leave out. */
const optionalFields = new Set(['date', 'secondary', 'reps', 'holdSeconds', 'restSeconds', 'note', 'exercise', 'boost', 'redFlag', 'specificity', 'clinic']);
/** Every field name the schema knows, anywhere. */
const knownFields = new Set([...optionalFields, ...records.flatMap((n) => Object.keys(n.value as object)), ...Object.keys(defaultContent)]);

/**
 * Where an error at `path` must point, as the validator documents it: the
 * file, the item's own id (or `#index` when it has none), and the field path
 * inside the item (`causes[0].condition`).
 */
const fieldOf = (p: Path) => p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i ? `.${x}` : x)).join('') || '(item)';
const where = (c: unknown, path: Path): Pick<ContentError, 'file' | 'id' | 'field'> => {
  const [part, index, ...rest] = path;
  const file = contentFiles[part as Part];
  if (typeof index !== 'number') return { file, field: fieldOf(path.slice(1)) };
  const ownId = (getAt(c, [part!, index]) as { id?: unknown } | null)?.id;
  return { file, id: typeof ownId === 'string' ? ownId : `#${index}`, field: fieldOf(rest) };
};
const at = (e: ContentError, w: ReturnType<typeof where>) => e.file === w.file && e.id === w.id && e.field === w.field;

/** Every error names a file and a field, and says what is wrong; its line says all three. */
const expectWellFormed = (errors: ContentError[]) => {
  for (const e of errors) {
    expect(e.file).to.be.a('string').and.not.be.empty;
    expect(e.field).to.be.a('string').and.not.be.empty;
    expect(e.message).to.be.a('string').and.not.be.empty;
    if (e.id !== undefined) expect(e.id).to.be.a('string');
    // The line shortens a long id or field (to 80 and 120 characters).
    const line = formatError(e);
    expect(line).to.include(e.file).and.include(e.field.slice(0, 120)).and.include(e.message);
    if (e.id) expect(line).to.include(e.id.slice(0, 80));
  }
};

/** The result is ok with the very object given, or refused with at least one well-formed error. */
const expectVerdict = (data: unknown) => {
  const r = validateContent(data);
  if (r.ok) expect(r.content).to.equal(data);
  else {
    expect(r.errors).to.not.be.empty;
    expectWellFormed(r.errors);
  }
  return r;
};

// ─── Generators ──────────────────────────────────────────────────────────────

/** Markup and script of every usual shape. */
const payload = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:void(0)">x</a>',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    '&lt;script&gt;',
    '&#60;script&#62;',
    '&#x3C;img&#x3E;',
    '&amp;',
    '&nbsp;',
    '</p>',
    '<!-- x -->',
    '<',
    '>',
    '<style>*{}</style>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('<', '>'), fc.string({ maxLength: 8 })).map((xs) => xs.join('')),
  fc.stringMatching(/^(?:[a-zA-Z][a-zA-Z0-9]{0,7}|#[0-9]{1,5}|#[xX][0-9a-fA-F]{1,4})$/).map((name) => `&${name};`),
  fc
    .array(fc.boolean(), { minLength: 10, maxLength: 10 })
    .map((up) => `${[...'javascript'].map((ch, i) => (up[i] ? ch.toUpperCase() : ch)).join('')}:alert(1)`),
);

/** Puts `bad` into `text`: instead of it, before it, after it, or inside it. */
const insert = (text: string, bad: string, how: number) => {
  const at = how === 0 ? 0 : how === 1 ? text.length : Math.floor((how / 1000) * text.length);
  return how === 2 ? bad : text.slice(0, at) + bad + text.slice(at);
};
const insertion = fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 3, max: 999 }));

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const valueOfKind = {
  string: fc.string(),
  number: fc.oneof(fc.integer(), fc.double()),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.object({ maxDepth: 1, maxKeys: 3 }),
  bigint: fc.bigInt(),
} as const;
/** A value of any other kind than `v` (never `undefined`, which means "left out"). */
const wrongKind = (v: unknown) =>
  fc.oneof(...Object.entries(valueOfKind).filter(([k]) => k !== kindOf(v)).map(([, arb]) => arb as fc.Arbitrary<unknown>));

const idArb = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,2}$/);
const allIds = new Set(
  (['sources', 'regions', 'conditions', 'exercises', 'redFlags', 'rules', 'questions'] as const).flatMap((k) =>
    defaultContent[k].map((x) => x.id),
  ),
);
const freshId = idArb.map((id) => `missing-${id}`).filter((id) => !allIds.has(id));

/** Builds an object with exactly these own keys, even `__proto__`. */
const objectFrom = (entries: readonly (readonly [string, unknown])[], proto: object | null = Object.prototype) => {
  const o = Object.create(proto) as Record<string, unknown>;
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
  return o;
};

const dangerousKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const anyKey = fc.oneof(fc.string(), fc.constantFrom(...dangerousKeys, ...Object.keys(defaultContent)));
/** Anything at all, including the odd kinds a page's script could pass. */
const anything = fc.anything({
  key: anyKey,
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
});
/** Like `anything`, shallower, for use inside otherwise valid content. */
const anythingInside = fc.anything({
  key: anyKey,
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** The default content with one node anywhere replaced by anything. */
const mutated = fc.tuple(pick(nodes), anythingInside).map(([n, v]) => {
  const c = copy();
  setAt(c, n.path, v);
  return c;
});
/** The default content with one field added to one item, or part of one. */
function mutatedWith(key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>) {
  return fc.tuple(pick(records), key, value).map(([n, k, v]) => {
    const c = copy();
    setAt(c, [...n.path, k], v);
    return c;
  });
}

/** Values shaped a little or a lot like content. */
const junk = fc.oneof(
  anything,
  fc.jsonValue(),
  // Content's own top-level keys, holding anything.
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(defaultContent), 'prototype'), anything), { maxLength: 10 }).map((e) => objectFrom(e)),
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(defaultContent)), anything), { maxLength: 10 }).map((e) => objectFrom(e, null)),
  // `__proto__` and `constructor` as JSON gives them (own properties), in an item and in guidance.
  fc.tuple(fc.jsonValue(), fc.jsonValue()).map(([a, b]) => {
    const evil = `{"__proto__": ${JSON.stringify(a) ?? 'null'}, "constructor": ${JSON.stringify(b) ?? 'null'}, "id": "x"}`;
    return JSON.parse(`{"locale": "en", "regions": [${evil}], "guidance": ${evil}}`);
  }),
  mutatedWith(fc.constantFrom(...dangerousKeys), fc.jsonValue()),
  // Deeply nested.
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean()).map(([depth, asArray]) => {
    let v: unknown = 'core';
    for (let i = 0; i < depth; i++) v = asArray ? [v] : { regions: v, locale: v };
    return v;
  }),
  // Huge strings, where strings are wanted and where they are not.
  fc.tuple(fc.integer({ min: 601, max: 300_000 }), fc.constantFrom('a', '<', ' ')).map(([n, ch]) => {
    const c = copy() as unknown as Record<string, unknown>;
    const s = ch.repeat(n);
    (c.regions as Record<string, unknown>[])[0]!.name = s;
    c.locale = s;
    return c;
  }),
  fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)),
);

// ─── Properties ──────────────────────────────────────────────────────────────

describe('content validator (properties)', () => {
  it('accepts the default content, as it is, cloned, or through JSON', () => {
    for (const c of [defaultContent, copy(), JSON.parse(JSON.stringify(defaultContent))]) {
      expect(validateShape(c)).to.deep.equal([]);
      expect(validateReferences(c)).to.deep.equal([]);
      const r = validateContent(c);
      expect(r.ok).to.be.true;
      if (r.ok) expect(r.content).to.equal(c);
    }
  });

  it('accepts the default content with its lists shuffled and its fields reordered', () => {
    const reorder = (v: unknown, seed: number): unknown => {
      if (Array.isArray(v)) return v.map((x, i) => reorder(x, seed + i));
      if (!isObject(v)) return v;
      const entries = Object.entries(v).map(([k, x], i) => [k, reorder(x, seed * 31 + i)] as const);
      return Object.fromEntries(entries.sort((a, b) => ((a[0].length * seed) % 7) - ((b[0].length * seed) % 7)));
    };
    const lists = ['sources', 'regions', 'conditions', 'exercises', 'redFlags', 'rules', 'questions'] as const;
    fc.assert(
      fc.property(
        fc.tuple(...lists.map((k) => fc.shuffledSubarray(defaultContent[k] as unknown[], { minLength: defaultContent[k].length }))),
        fc.nat(),
        (shuffled, seed) => {
          const c = { ...copy() } as Record<string, unknown>;
          lists.forEach((k, i) => (c[k] = shuffled[i]));
          expect(errorsOf(reorder(c, seed))).to.deep.equal([]);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('never throws on anything, and answers ok or a non-empty list of errors naming file, field and message', () => {
    fc.assert(
      fc.property(junk, (data) => {
        const r = expectVerdict(data);
        if (typeof data !== 'object' || data === null) expect(r.ok).to.be.false;
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on `__proto__`, `constructor` and other Object.prototype names as top-level keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...dangerousKeys, ''), fc.jsonValue()), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (entries, onContent) => {
          const data = onContent ? (copy() as unknown as Record<string, unknown>) : {};
          for (const [k, v] of entries) setAt(data, [k], v);
          const r = validateContent(data);
          expect(r.ok).to.be.false;
          if (!r.ok) expect(r.errors).to.not.be.empty;
          if (!r.ok) expectWellFormed(r.errors);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('never throws on valid content with any one part replaced by anything', () => {
    fc.assert(
      fc.property(mutated, (c) => {
        expectVerdict(c);
        expectWellFormed(validateShape(c));
      }),
      { numRuns },
    );
  });

  it('refuses markup and script put into any string of the content, naming that item and field only', () => {
    fc.assert(
      fc.property(pick(strings), payload, insertion, ({ path, value }, bad, how) => {
        const c = copy();
        setAt(c, path, insert(value as string, bad, how));
        const errors = errorsOf(c);
        const w = where(c, path);
        expect(errors, JSON.stringify(w)).to.not.be.empty;
        expectWellFormed(errors);
        for (const e of errors) expect(e, JSON.stringify(w)).to.deep.include(w);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses markup in the locale', () => {
    fc.assert(
      fc.property(payload, insertion, (bad, how) => {
        const c = copy();
        c.locale = insert(c.locale, bad, how);
        const errors = errorsOf(c);
        expect(errors).to.have.length(1);
        expect(formatError(errors[0]!)).to.include('locale');
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a value of the wrong kind in any field, list item or item, naming it', () => {
    fc.assert(
      fc.property(
        pick(inFiles).chain((n) => wrongKind(n.value).map((v) => ({ ...n, v }))),
        ({ path, v }) => {
          const c = copy();
          setAt(c, path, v);
          const errors = errorsOf(c);
          const w = where(c, path);
          expectWellFormed(errors);
          expect(errors.some((e) => at(e, w)), `${JSON.stringify(w)} in ${JSON.stringify(errors.slice(0, 5))}`).to.be.true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports a missing required field, naming it', () => {
    const required = [
      ...records.flatMap((n) => Object.keys(n.value as object).map((k) => [...n.path, k])),
      ...Object.keys(contentFiles).map((k) => [k]),
    ].filter((p) => !optionalFields.has(String(p[p.length - 1])));
    fc.assert(
      fc.property(pick(required), (path) => {
        const c = copy();
        delete (getAt(c, path.slice(0, -1)) as Record<string, unknown>)[path[path.length - 1]!];
        const w = where(c, path);
        expect(errorsOf(c).some((e) => at(e, w) && e.message === 'is missing'), JSON.stringify(w)).to.be.true;
      }),
      { numRuns },
    );
  });

  it('refuses unknown fields on any item or part of one, naming them, `__proto__` and `constructor` too', () => {
    const key = fc
      .oneof(fc.string({ minLength: 1 }), fc.constantFrom('colour', 'Id', 'ID', 'id ', 'source', 'sourcess', 'tags', 'html', ...dangerousKeys))
      .filter((k) => !knownFields.has(k));
    fc.assert(
      fc.property(pick(records), key, anything, ({ path }, k, v) => {
        fc.pre(v !== undefined); // a field set to undefined is a field left out
        const c = copy();
        setAt(c, [...path, k], v);
        const w = where(c, [...path, k]);
        expect(errorsOf(c).some((e) => at(e, w) && /is not a known field/.test(e.message)), JSON.stringify(w)).to.be.true;
      }),
      { numRuns },
    );
  });

  it('refuses unknown top-level fields, naming them', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom(...dangerousKeys)).filter((k) => !knownFields.has(k)),
        fc.jsonValue(),
        (k, v) => {
          const c = copy();
          setAt(c, [k], v);
          const errors = errorsOf(c);
          expect(errors.some((e) => formatError(e).includes(k) && /is not a known field/.test(e.message))).to.be.true;
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reports an id used twice in any list, naming it', () => {
    const lists: Collection[] = ['sources', 'regions', 'conditions', 'exercises', 'redFlags', 'rules', 'questions'];
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.nat(), fc.boolean(), (list, i, j, rename) => {
        const c = copy();
        const items = c[list] as { id: string }[];
        const a = items[i % items.length]!;
        const b = items[j % items.length]!;
        if (rename && a !== b) b.id = a.id;
        else items.push(structuredClone(a));
        const errors = errorsOf(c);
        expectWellFormed(errors);
        expect(
          errors.some((e) => e.file === contentFiles[list] && e.id === a.id && e.field === 'id' && /more than one/.test(e.message)),
          `${list} ${a.id}`,
        ).to.be.true;
      }),
      { numRuns },
    );
  });

  /** Every place one item refers to another, and which list it refers to. */
  interface Ref {
    path: Path;
    target: Collection;
  }
  const refs: Ref[] = [];
  const refList = (part: Collection, i: number, field: string, target: Collection) =>
    ((defaultContent[part][i] as unknown as Record<string, string[]>)[field] ?? []).forEach((_, k) =>
      refs.push({ path: [part, i, field, k], target }),
    );
  for (const part of ['regions', 'conditions', 'exercises', 'redFlags', 'rules', 'questions'] as const)
    defaultContent[part].forEach((_, i) => refList(part, i, 'sources', 'sources'));
  defaultContent.guidance.sources.forEach((_, k) => refs.push({ path: ['guidance', 'sources', k], target: 'sources' }));
  defaultContent.regions.forEach((r, i) => {
    r.causes.forEach((_, k) => refs.push({ path: ['regions', i, 'causes', k, 'condition'], target: 'conditions' }));
    refList('regions', i, 'redFlags', 'redFlags');
    refList('regions', i, 'questions', 'questions');
  });
  defaultContent.conditions.forEach((_, i) => {
    refList('conditions', i, 'exercises', 'exercises');
    refList('conditions', i, 'redFlags', 'redFlags');
  });
  defaultContent.exercises.forEach((_, i) => {
    refList('exercises', i, 'helps', 'conditions');
    for (const v of ['easier', 'harder']) refs.push({ path: ['exercises', i, v, 'exercise'], target: 'exercises' });
  });
  defaultContent.rules.forEach((r, i) =>
    r.performance.forEach((_, k) => refs.push({ path: ['rules', i, 'performance', k, 'source'], target: 'sources' })),
  );
  defaultContent.questions.forEach((_, i) => {
    for (const a of ['yes', 'no']) refs.push({ path: ['questions', i, a, 'redFlag'], target: 'redFlags' });
  });

  it('reports a reference to an id that is not there, from anywhere, naming the item, the field and the id', () => {
    fc.assert(
      fc.property(pick(refs), freshId, ({ path, target }, ref) => {
        const c = copy();
        setAt(c, path, ref);
        const w = where(c, path);
        const errors = errorsOf(c);
        expectWellFormed(errors);
        expect(
          errors.some((e) => at(e, w) && e.message.includes(`refers to "${ref}"`) && e.message.includes(contentFiles[target])),
          `${JSON.stringify(w)} → ${ref}`,
        ).to.be.true;
      }),
      { numRuns },
    );
  });

  it('reports a question boosting a condition that is not there', () => {
    fc.assert(
      fc.property(fc.nat({ max: defaultContent.questions.length - 1 }), fc.constantFrom('yes', 'no'), freshId, (i, a, ref) => {
        const c = copy();
        const effect = c.questions[i]![a as 'yes' | 'no'];
        effect.boost = { ...effect.boost, [ref]: 1 };
        const w = where(c, ['questions', i, a, 'boost', ref]);
        expect(errorsOf(c).some((e) => at(e, w) && e.message.includes(`refers to "${ref}"`))).to.be.true;
      }),
      { numRuns: 50 },
    );
  });

  it('reports a condition that no region leads to', () => {
    fc.assert(
      fc.property(fc.nat({ max: defaultContent.conditions.length - 1 }), freshId, (i, id) => {
        const c = copy();
        c.conditions.push({ ...structuredClone(c.conditions[i]!), id });
        expect(errorsOf(c).some((e) => e.file === 'conditions.json' && e.id === id && /not a cause in any region/.test(e.message))).to.be
          .true;
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic, leaves its input alone, and agrees with validateShape and validateReferences', () => {
    const broken = fc.oneof(
      mutated,
      fc.jsonValue(),
      fc.tuple(pick(strings), payload).map(([n, bad]) => {
        const c = copy();
        setAt(c, n.path, bad);
        return c;
      }),
      fc.tuple(pick(refs), freshId).map(([r, id]) => {
        const c = copy();
        setAt(c, r.path, id);
        return c;
      }),
    );
    fc.assert(
      fc.property(broken, (data) => {
        const before = JSON.stringify(data, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
        const r = validateContent(data);
        expect(validateContent(data)).to.deep.equal(r);
        expect(JSON.stringify(data, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))).to.equal(before);
        const shape = validateShape(data);
        if (shape.length) expect(r).to.deep.equal({ ok: false, errors: shape });
        else {
          const references = validateReferences(data as Content);
          expect(r).to.deep.equal(references.length ? { ok: false, errors: references } : { ok: true, content: data });
        }
      }),
      { numRuns },
    );
  });

  it('formats an error as one line: file, item id when there is one, field, message, long ids and fields shortened', () => {
    fc.assert(
      fc.property(
        fc.record({
          file: fc.string(),
          id: fc.option(fc.oneof(fc.string(), fc.string({ minLength: 70, maxLength: 700 })), { nil: undefined }),
          field: fc.oneof(fc.string(), fc.string({ minLength: 100, maxLength: 700 })),
          message: fc.string(),
        }),
        fc.string(),
        (e, dir) => {
          const line = formatError(e, dir);
          const head = `${dir}${e.file}`;
          const tail = `: ${e.message}`;
          expect(line.startsWith(head)).to.be.true;
          expect(line.endsWith(tail)).to.be.true;
          const middle = line.slice(head.length, line.length - tail.length);
          const field = e.field.slice(0, 120);
          expect(middle).to.equal(`${e.id ? ` › ${e.id.slice(0, 80)}` : ''} › ${field}`);
          if (e.id && e.id.length <= 80) expect(middle).to.include(e.id);
          if (e.field.length <= 120) expect(middle.endsWith(e.field)).to.be.true;
          expect(formatError(e)).to.equal(line.slice(dir.length));
        },
      ),
      { numRuns },
    );
  });
});
