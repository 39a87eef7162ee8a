// Home-made because no library turns our own content model (content/<locale>/*.json) into a clinician's sign-off pack.
/**
 * npm run content:review [-- --locale en] [--out dist/review-pack.html] [--clinic overlay.json] [--dir content]
 *
 * Writes ONE self-contained, printable HTML file that a clinic's
 * physiotherapist can read through, mark item by item ("Agreed / Needs
 * change") and sign off on paper. Inline CSS only, no scripts, no external
 * files; every piece of content is escaped text, never HTML.
 *
 * Content that does not pass the schema is still rendered as it is (with a
 * notice listing the problems), so the pack can be made while content is
 * being edited; only a clinic overlay that is itself invalid stops it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mergeContent } from '../src/content/clinic.js';
import { formatError, validateContent } from '../src/content/schema.js';
import {
  contentFiles,
  type Condition,
  type DecisionRule,
  type Exercise,
  type Guidance,
  type RedFlag,
  type RefineQuestion,
  type Region,
  type Source,
  type Tier,
} from '../src/content/types.js';

// ---------------------------------------------------------------- arguments

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) fatal(`--${name} needs a value`, 2);
  return value;
}

function fatal(message: string, code = 1): never {
  console.error(`content:review: ${message}`);
  process.exit(code);
}

const locale = arg('locale') ?? 'en';
if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) fatal(`--locale "${locale}" is not a language tag such as en or es`, 2);
const root = arg('dir') ?? 'content';
const out = arg('out') ?? 'dist/review-pack.html';
const clinicFile = arg('clinic');
const vignettesFile = 'tests/clinical/vignettes.json';
const generated = new Date(process.env.CONTENT_TODAY ?? Date.now());
const generatedOn = Number.isNaN(generated.getTime()) ? new Date().toISOString().slice(0, 10) : generated.toISOString().slice(0, 10);

// ---------------------------------------------------------------- loose data access

/**
 * An item as it may be on disk while it is being edited: the field names of
 * the real type, but any value. Every value goes through the helpers below,
 * so content of the wrong shape renders as blank or "(missing)", never throws.
 */
type Loose<T> = { [K in keyof T]?: unknown };
type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const rec = (v: unknown): Rec => (isRec(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const recs = (v: unknown): Rec[] => list(v).filter(isRec);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const strs = (v: unknown): string[] => list(v).map(str).filter(Boolean);

// ---------------------------------------------------------------- HTML helpers

/** The only way text gets into the page: every content string passes through here. */
function escapeHtml(value: unknown): string {
  return str(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Content text (in the content's language), escaped; "(missing)" when there is none. */
const langAttr = locale === 'en' ? '' : ` lang="${escapeHtml(locale)}"`;
function t(value: unknown): string {
  const s = str(value);
  if (!s.trim()) return '<span class="missing">(missing)</span>';
  return langAttr ? `<span${langAttr}>${escapeHtml(s)}</span>` : escapeHtml(s);
}

const missing = (what: string) => `<span class="missing">${escapeHtml(what)}</span>`;
const warn = (what: string) => `<span class="warn">${escapeHtml(what)}</span>`;
const id = (value: unknown) => `<code class="id">${escapeHtml(str(value) || '(no id)')}</code>`;

function bullets(values: unknown, ordered = false): string {
  const items = list(values);
  if (!items.length) return `<p>${missing('(none)')}</p>`;
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((v) => `<li>${t(v)}</li>`).join('')}</${tag}>`;
}

/** A definition list of label → already-escaped HTML. */
const fieldsOf = (rows: [string, string][]) =>
  `<dl>${rows.map(([label, html]) => `<dt>${escapeHtml(label)}</dt><dd>${html}</dd>`).join('')}</dl>`;

// ---------------------------------------------------------------- loading

const problems: string[] = [];

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${path}: ${existsSync(path) ? `is not valid JSON (${(e as Error).message})` : 'is missing'}`);
    return undefined;
  }
}

const dir = join(root, locale);
if (!existsSync(dir)) fatal(`no content for locale "${locale}" (${dir} does not exist)`);

const data: Rec = { locale };
for (const [key, file] of Object.entries(contentFiles)) {
  const value = readJson(join(dir, file));
  if (value !== undefined) data[key] = value;
}

const checkedBase = validateContent(data);
if (!checkedBase.ok) problems.push(...checkedBase.errors.map((e) => formatError(e, `${dir}/`)));

/** A simple by-id overlay, used only when the base content is itself invalid (so mergeContent cannot check it). */
function looseMerge(base: Rec, overlay: Rec): Rec {
  const merged: Rec = { ...base };
  for (const key of ['sources', 'regions', 'conditions', 'exercises', 'redFlags', 'rules', 'questions']) {
    if (!Array.isArray(overlay[key])) continue;
    const items = [...list(base[key])];
    for (const item of recs(overlay[key])) {
      const at = items.findIndex((x) => isRec(x) && x.id === item.id);
      if (at >= 0) items[at] = { ...rec(items[at]), ...item };
      else items.push(item);
    }
    merged[key] = items;
  }
  if (isRec(overlay.guidance)) merged.guidance = { ...rec(base.guidance), ...overlay.guidance };
  if (overlay.clinic !== undefined) merged.clinic = overlay.clinic;
  return merged;
}

let content: Rec = checkedBase.ok ? (checkedBase.content as unknown as Rec) : data;
if (clinicFile) {
  if (!existsSync(clinicFile)) fatal(`--clinic ${clinicFile}: no such file`);
  let overlay: unknown;
  try {
    overlay = JSON.parse(readFileSync(clinicFile, 'utf8'));
  } catch (e) {
    fatal(`--clinic ${clinicFile}: is not valid JSON (${(e as Error).message})`);
  }
  if (checkedBase.ok) {
    const merged = mergeContent(checkedBase.content, overlay);
    // The widgets refuse an invalid overlay (and show the default content), so a pack of it would misstate what patients see.
    if (!merged.ok)
      fatal(
        `the clinic content ${clinicFile} is not valid, fix it first:\n  ${merged.errors.map((e) => formatError(e, `${clinicFile} › `)).join('\n  ')}`,
      );
    content = merged.content as unknown as Rec;
  } else {
    problems.push(`${clinicFile}: laid over content that is itself invalid, so the clinic content could not be checked`);
    content = looseMerge(data, rec(overlay));
  }
}

const vignettesRaw = existsSync(vignettesFile) ? readJson(vignettesFile) : undefined;
const vignettes = recs(vignettesRaw);
if (vignettesRaw !== undefined && !Array.isArray(vignettesRaw)) problems.push(`${vignettesFile}: is not a list`);

// ---------------------------------------------------------------- the content, loosely typed

const sources = recs(content.sources) as Loose<Source>[];
const regions = recs(content.regions) as Loose<Region>[];
const conditions = recs(content.conditions) as Loose<Condition>[];
const exercises = recs(content.exercises) as Loose<Exercise>[];
const redFlags = recs(content.redFlags) as Loose<RedFlag>[];
const rules = recs(content.rules) as Loose<DecisionRule>[];
const questions = recs(content.questions) as Loose<RefineQuestion>[];
const guidance: Loose<Guidance> | undefined = isRec(content.guidance) ? content.guidance : undefined;
const clinic = isRec(content.clinic) ? content.clinic : undefined;
const clinicName = clinic ? str(clinic.name) : '';
const clinicReview = clinic && isRec(clinic.review) ? clinic.review : undefined;

const byId = <T extends { id?: unknown }>(items: T[]) => {
  const map = new Map<string, T>();
  for (const item of items) if (typeof item.id === 'string' && !map.has(item.id)) map.set(item.id, item);
  return map;
};
const sourceById = byId(sources);
const conditionById = byId(conditions);
const exerciseById = byId(exercises);
const flagById = byId(redFlags);
const questionById = byId(questions);
const regionById = byId(regions);

/** Which items the clinic added or reworded: compared with the default content, by id. */
const baseLists = checkedBase.ok ? (checkedBase.content as unknown as Rec) : data;
function clinicMark(key: string, item: { id?: unknown }): string {
  if (!clinicFile) return '';
  const before = recs(baseLists[key]).find((x) => x.id === item.id);
  if (!before) return '<span class="badge clinic">Added by the clinic</span>';
  return JSON.stringify(before) === JSON.stringify(item) ? '' : '<span class="badge clinic">Changed by the clinic</span>';
}

// ---------------------------------------------------------------- words

const tiers: Tier[] = ['emergency', 'today', 'soon', 'routine'];
const tierWords: Record<string, { label: string; heading: string }> = {
  emergency: { label: 'Emergency now', heading: 'Emergency: call the emergency number or go to an emergency department now' },
  today: { label: 'Get seen today', heading: 'Today: same-day care (urgent care, a same-day or out-of-hours doctor, NHS 111)' },
  soon: { label: 'Within a day or two', heading: 'Soon: be seen within a day or two' },
  routine: { label: 'Routine appointment', heading: 'Routine: book a routine appointment' },
};
const levelWords: Record<string, string> = {
  emergency: 'Get emergency care now (emergency)',
  today: 'Get seen today (today)',
  soon: 'See a doctor within a day or two (soon)',
  routine: 'Book a routine appointment (routine)',
  none: 'No warning signs: self-care (none)',
};
const appliesWords: Record<string, string> = {
  always: 'About your knee (shown to everyone)',
  'after-injury': 'After an injury (shown once the person says it started with an injury, fall or blow)',
  child: 'If the person is a child or teenager',
};
const commonnessWords: Record<string, string> = { common: 'Common', 'less-common': 'Less common', rare: 'Rare' };
const kindWords: Record<string, string> = {
  guideline: 'Clinical guideline',
  research: 'Research',
  nhs: 'NHS information',
  reference: 'Reference work',
  'low-authority': 'Low authority (patient leaflet, blog or similar)',
};
const viewWords: Record<string, string> = { front: 'Front diagram', back: 'Back diagram', any: 'Whole knee (list choice)' };

const tierBadge = (tier: unknown) => {
  const key = str(tier);
  const words = tierWords[key];
  return words
    ? `<span class="badge tier-${key}">${escapeHtml(words.label)}</span>`
    : `<span class="badge">${warn(`unknown tier "${key}"`)}</span>`;
};

function checkedWords(item: { checked?: unknown; reviewed?: unknown }): string {
  const c = rec(item.checked);
  const date = str(c.date);
  if (date && c.against === 'clinical-review')
    return `Checked ${escapeHtml(date)}: rewritten to follow the independent clinical review of December 2026, then checked against its sources.`;
  if (date && c.against === 'sources')
    return `Checked ${escapeHtml(date)} against its listed sources by the project's developers (not a clinician's sign-off).`;
  if (date) return `Checked ${escapeHtml(date)} ${warn(`(against "${str(c.against)}": unknown)`)}`;
  if (typeof item.reviewed === 'string') return `${warn('Old format:')} "reviewed" ${escapeHtml(item.reviewed)} (read as checked against its sources).`;
  return missing('Not recorded.');
}

function sourceList(ids: unknown): string {
  const given = strs(ids);
  if (!given.length) return warn('No sources listed.');
  return `<ul class="sources">${given
    .map((sid) => {
      const s = sourceById.get(sid);
      if (!s) return `<li>${warn(`Unknown source id "${sid}"`)}</li>`;
      return `<li>${escapeHtml(str(s.title) || sid)} <span class="muted">(${escapeHtml(str(s.publisher))}${s.date ? `, ${escapeHtml(s.date)}` : ''}${s.secondary === true ? ', read via a secondary summary' : ''})</span> ${id(sid)}</li>`;
    })
    .join('')}</ul>`;
}

/** A condition, warning sign, exercise, question or region named by its id. */
const refName = {
  condition: (cid: unknown) => {
    const c = conditionById.get(str(cid));
    return c ? `${t(c.name)} <span class="muted">(${escapeHtml(c.clinicalName)})</span>` : warn(`Unknown condition "${str(cid)}"`);
  },
  flag: (fid: unknown) => {
    const f = flagById.get(str(fid));
    return f ? `${tierBadge(f.tier)} ${t(f.text)}` : warn(`Unknown warning sign "${str(fid)}"`);
  },
  exercise: (eid: unknown) => {
    const e = exerciseById.get(str(eid));
    return e ? t(e.name) : warn(`Unknown exercise "${str(eid)}"`);
  },
  question: (qid: unknown) => {
    const q = questionById.get(str(qid));
    return q ? t(q.text) : warn(`Unknown question "${str(qid)}"`);
  },
  region: (rid: unknown) => {
    const r = regionById.get(str(rid));
    return r ? t(r.name) : warn(`Unknown region "${str(rid)}"`);
  },
};
const refList = (ids: unknown, render: (v: unknown) => string, ordered = false) => {
  const items = list(ids);
  if (!items.length) return `<p>${missing('(none)')}</p>`;
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((v) => `<li>${render(v)}</li>`).join('')}</${tag}>`;
};

// ---------------------------------------------------------------- one reviewable item

let itemCount = 0;
const numbered = new Map<string, number>();
/** Each item gets a short number (W3, C12…) that the reviewer can quote on the sign-off sheet. */
function nextRef(prefix: string): string {
  const n = (numbered.get(prefix) ?? 0) + 1;
  numbered.set(prefix, n);
  itemCount++;
  return `${prefix}${n}`;
}

const reviewBox = (ref: string) => `<div class="review">
  <span class="ref small">${escapeHtml(ref)}</span>
  <span class="tick"><span class="box" aria-hidden="true"></span> Agreed</span>
  <span class="tick"><span class="box" aria-hidden="true"></span> Needs change</span>
  <span class="notes">Notes:</span>
</div>`;

interface ItemParts {
  prefix: string;
  title: string;
  itemId?: unknown;
  badges?: string;
  body: string;
  provenance?: { sources?: unknown; checked?: unknown; reviewed?: unknown };
  /** For test cases, which record no check of their own. */
  noChecked?: boolean;
  extraClass?: string;
}

function item(p: ItemParts): string {
  const ref = nextRef(p.prefix);
  const prov = p.provenance
    ? `<div class="prov"><div><b>Sources</b>${sourceList(p.provenance.sources)}</div></div>`
    : '';
  const checked = p.provenance && !p.noChecked ? `<p class="checked"><b>Checked:</b> ${checkedWords(p.provenance)}</p>` : '';
  return `<article class="item ${p.extraClass ?? ''}" id="item-${escapeHtml(ref)}">
<h3><span class="ref">${escapeHtml(ref)}</span> ${p.title}</h3>
${p.itemId !== undefined || p.badges ? `<p class="meta">${p.badges ?? ''} ${p.itemId !== undefined ? `id ${id(p.itemId)}` : ''}</p>` : ''}
${p.body}
${prov}
<div class="sign">${checked}${reviewBox(ref)}</div>
</article>`;
}

/** Renders each item; one broken item shows a notice instead of stopping the pack. */
function each<T>(items: T[], render: (x: T) => string): string {
  return items
    .map((x) => {
      try {
        return render(x);
      } catch (e) {
        problems.push(`could not render an item (${(e as Error).message})`);
        return `<article class="item">${warn('This item could not be shown:')} <pre>${escapeHtml(JSON.stringify(x, null, 2))}</pre></article>`;
      }
    })
    .join('\n');
}

// ---------------------------------------------------------------- sections

const weight = (v: unknown) => (typeof v === 'number' ? (v > 0 ? `+${v}` : v < 0 ? `\u2212${-v}` : '0') : '');

function redFlagSection(): string {
  const groups = [...tiers, ...new Set(redFlags.map((f) => str(f.tier)).filter((x) => !tiers.includes(x as Tier)))];
  return groups
    .map((tier) => {
      const flags = redFlags.filter((f) => str(f.tier) === tier);
      if (!flags.length) return '';
      const heading = tierWords[tier]?.heading ?? `Unknown tier "${tier}"`;
      return `<h2 class="tier-heading tier-${escapeHtml(tier)}">${escapeHtml(heading)} <span class="count">(${flags.length})</span></h2>
${each(flags, (f) =>
  item({
    prefix: 'W',
    title: t(f.text),
    itemId: f.id,
    badges: `${tierBadge(f.tier)} ${clinicMark('redFlags', f)}`,
    extraClass: `tier-${escapeHtml(str(f.tier))}`,
    body: fieldsOf([
      ['Applies', escapeHtml(appliesWords[str(f.applies)] ?? `unknown ("${str(f.applies)}")`)],
      ['Why it matters', t(f.why)],
      ['What to do', t(f.action)],
    ]),
    provenance: f,
  }),
)}`;
    })
    .join('\n');
}

function regionSection(): string {
  return each(regions, (r) =>
    item({
      prefix: 'R',
      title: t(r.name),
      itemId: r.id,
      badges: clinicMark('regions', r),
      body: `${fieldsOf([
        ['Diagram', escapeHtml(viewWords[str(r.view)] ?? str(r.view))],
        ['Where exactly', t(r.where)],
      ])}
<h4>Likely causes (most common first)</h4>
${
  recs(r.causes).length
    ? `<table><thead><tr><th>Cause</th><th>How common here</th><th>Who typically gets it</th></tr></thead><tbody>${recs(r.causes)
        .map(
          (c) =>
            `<tr><td>${refName.condition(c.condition)}</td><td>${escapeHtml(commonnessWords[str(c.commonness)] ?? str(c.commonness))}</td><td>${t(c.who)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${missing('(none)')}</p>`
}
<h4>Warning signs shown for this spot (most important first)</h4>
${refList(r.redFlags, refName.flag, true)}
<h4>Follow-up questions asked</h4>
${refList(r.questions, refName.question, true)}`,
      provenance: r,
    }),
  );
}

function questionSection(): string {
  const askedIn = (qid: unknown) => regions.filter((r) => strs(r.questions).includes(str(qid)));
  return `<p class="intro">Each answer adds its weight to a condition's score (start: common 4, less common 2, rare 0).
Weights read like a likelihood ratio on a log scale: ±1 a weak hint, ±2 moderate, ±3 strong, ±6 decisive.
An answer that points to a warning sign shows that sign's urgent advice first; the question should ask exactly that sign's story.</p>
${each(questions, (q) => {
  const yes = rec(q.yes);
  const no = rec(q.no);
  const yesBoost = rec(yes.boost);
  const noBoost = rec(no.boost);
  const rows = [...new Set([...Object.keys(yesBoost), ...Object.keys(noBoost)])];
  const table = rows.length
    ? `<table class="weights"><thead><tr><th>Condition</th><th class="num">If yes</th><th class="num">If no</th></tr></thead><tbody>${rows
        .map(
          (cid) =>
            `<tr><td>${refName.condition(cid)}</td><td class="num">${escapeHtml(weight(yesBoost[cid]))}</td><td class="num">${escapeHtml(weight(noBoost[cid]))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${missing('No weights: this answer changes no condition.')}</p>`;
  const points = (answer: Rec) => (answer.redFlag !== undefined ? refName.flag(answer.redFlag) : '<span class="muted">No warning sign</span>');
  const regionsAsking = askedIn(q.id);
  return item({
    prefix: 'Q',
    title: t(q.text),
    itemId: q.id,
    badges: clinicMark('questions', q),
    body: `${table}
${fieldsOf([
  ['“Yes” points to', points(yes)],
  ['“No” points to', points(no)],
  ['Asked for', regionsAsking.length ? regionsAsking.map((r) => t(r.name)).join('; ') : missing('no region')],
])}`,
    provenance: q,
  });
})}`;
}

function conditionSection(): string {
  return each(conditions, (c) =>
    item({
      prefix: 'C',
      title: `${t(c.name)} <span class="muted">(clinical name: ${t(c.clinicalName)})</span>`,
      itemId: c.id,
      badges: clinicMark('conditions', c),
      body: `${fieldsOf([
        ['What it is', t(c.summary)],
        ['Who gets it', t(c.who)],
      ])}
<div class="cols">
<div><h4>What it feels like</h4>${bullets(c.feelsLike)}</div>
<div><h4>What makes it worse</h4>${bullets(c.worseWith)}</div>
<div><h4>What helps</h4>${bullets(c.helps)}</div>
<div><h4>When to see a professional</h4>${bullets(c.seeAProfessional)}</div>
</div>
<h4>Exercises (most useful first)</h4>${refList(c.exercises, refName.exercise, true).replace('<ol>', '<ol class="inline">')}
<h4>Warning signs for this condition</h4>${refList(c.redFlags, refName.flag)}`,
      provenance: c,
    }),
  );
}

function doseWords(d: Rec): string {
  const sets = typeof d.sets === 'number' ? d.sets : undefined;
  const each =
    typeof d.reps === 'number' ? `${d.reps} repetitions` : typeof d.holdSeconds === 'number' ? `a ${d.holdSeconds}-second hold` : '';
  const parts = [
    sets !== undefined ? `${sets} ${sets === 1 ? 'set' : 'sets'}${each ? ` of ${each}` : ''}` : each || 'sets not given',
    d.perSide === true ? 'each leg' : d.perSide === false ? 'both legs together (not per leg)' : '',
    typeof d.restSeconds === 'number' ? `rest ${d.restSeconds} s between sets` : '',
  ].filter(Boolean);
  return `${escapeHtml(parts.join(', '))}.<br>How often: ${t(d.frequency)}${d.note !== undefined ? `<br>Note: ${t(d.note)}` : ''}`;
}

function variant(v: unknown): string {
  const x = rec(v);
  return `${t(x.name)}: ${t(x.how)}${x.exercise !== undefined ? ` <span class="muted">(exercise: ${refName.exercise(x.exercise)})</span>` : ''}`;
}

function exerciseSection(): string {
  return each(exercises, (e) =>
    item({
      prefix: 'E',
      title: t(e.name),
      itemId: e.id,
      badges: clinicMark('exercises', e),
      body: `${fieldsOf([
        ['What it does', t(e.summary)],
        ['Dose', doseWords(rec(e.dose))],
        ['Stop rule', `<strong>${t(e.stopIf)}</strong>`],
        ['Difficulty', escapeHtml(e.difficulty)],
        ['Equipment', strs(e.equipment).length ? strs(e.equipment).map((x) => t(x)).join('; ') : 'None'],
        ['Muscles', strs(e.muscles).map((x) => t(x)).join('; ') || missing('(none)')],
        ['Helps', list(e.helps).map(refName.condition).join('; ') || missing('(none)')],
        ['Figure drawn', escapeHtml(e.pose)],
      ])}
<h4>Steps</h4>${bullets(e.steps, true)}
<div class="cols">
<div><h4>Cues</h4>${bullets(e.cues)}</div>
<div><h4>Common mistakes</h4>${bullets(e.mistakes)}</div>
</div>
${fieldsOf([
  ['Easier', variant(e.easier)],
  ['Harder', variant(e.harder)],
])}`,
      provenance: e,
    }),
  );
}

function guidanceSection(): string {
  if (!guidance) return `<p>${warn('guidance.json is missing or not an object.')}</p>`;
  const g = guidance;
  const bands = recs(g.painBands);
  return item({
    prefix: 'G',
    title: 'Safety wording used across the widgets',
    badges: clinicFile && JSON.stringify(baseLists.guidance) !== JSON.stringify(g) ? '<span class="badge clinic">Changed by the clinic</span>' : '',
    body: `${fieldsOf([
      ['Not-a-diagnosis note', t(g.notADiagnosis)],
      ['Pain rule', t(g.painRule)],
    ])}
<h4>Pain check after a set (0–10)</h4>
${
  bands.length
    ? `<table><thead><tr><th>Pain score</th><th>Verdict</th><th>Advice</th></tr></thead><tbody>${bands
        .map((b, i) => {
          const from = i === 0 ? 0 : (typeof bands[i - 1]!.max === 'number' ? (bands[i - 1]!.max as number) + 1 : '?');
          return `<tr><td>${escapeHtml(`${from} to ${str(b.max)}`)}</td><td>${escapeHtml(b.verdict)}</td><td>${t(b.advice)}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : `<p>${missing('(none)')}</p>`
}
${fieldsOf([
  ['Injury question', t(g.injuryQuestion)],
  ['Self-care intro', t(g.selfCareIntro)],
])}
${bullets(g.selfCare)}
${fieldsOf([['Check again', t(g.checkAgain)]])}`,
    provenance: g,
  });
}

function ruleSection(): string {
  return `<p class="intro">For clinicians only: never shown to the public as advice.</p>
${each(rules, (r) =>
  item({
    prefix: 'D',
    title: t(r.name),
    itemId: r.id,
    badges: clinicMark('rules', r),
    body: `${fieldsOf([
      ['Applies to', t(r.appliesTo)],
      ['Instruction', t(r.instruction)],
    ])}
<h4>Criteria</h4>
<ol>${recs(r.criteria).map((c) => `<li>${t(c.text)} ${id(c.id)}</li>`).join('') || `<li>${missing('(none)')}</li>`}</ol>
${fieldsOf([['Interpretation', t(r.interpretation)]])}
<h4>Performance</h4>
${
  recs(r.performance).length
    ? `<table><thead><tr><th>Study</th><th>Sensitivity</th><th>Specificity</th><th>Source</th></tr></thead><tbody>${recs(r.performance)
        .map((p) => {
          const s = sourceById.get(str(p.source));
          return `<tr><td>${t(p.study)}</td><td>${escapeHtml(p.sensitivity)}</td><td>${escapeHtml(p.specificity) || '<span class="muted">not given</span>'}</td><td>${s ? escapeHtml(s.title) : warn(`Unknown source "${str(p.source)}"`)}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : `<p>${missing('(none)')}</p>`
}`,
    provenance: r,
  }),
)}`;
}

/** A vignette's `source`: "id, id: why", or free text. */
function vignetteSource(source: unknown): { ids: string[]; why: string } {
  const text = str(source);
  const colon = text.indexOf(':');
  const ids = colon > 0 ? text.slice(0, colon).split(',').map((x) => x.trim()) : [];
  if (ids.length && ids.every((x) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(x))) return { ids, why: text.slice(colon + 1).trim() };
  return sourceById.has(text.trim()) ? { ids: [text.trim()], why: '' } : { ids: [], why: text };
}

const yesNo = (a: unknown) => (a === 'yes' ? 'Yes' : a === 'no' ? 'No' : str(a));

function vignetteSection(): string {
  return `<p class="intro">Clinical stories from <code>${escapeHtml(vignettesFile)}</code>: the automated tests give each story's inputs to the widgets and expect the result shown. Check that the expected result is what you would advise for the story.</p>
${each(vignettes, (v) => {
  const map = isRec(v.map) ? v.map : undefined;
  const checklist = isRec(v.checklist) ? v.checklist : undefined;
  const expect = rec(v.expect);
  const answers = Object.entries(rec(map?.answers));
  const inputs: [string, string][] = [];
  if (map)
    inputs.push([
      'On the map',
      `Spot: ${refName.region(map.region)}${
        answers.length
          ? `<ul>${answers.map(([qid, a]) => `<li>${refName.question(qid)} <b>${escapeHtml(yesNo(a))}</b></li>`).join('')}</ul>`
          : '<br>No questions answered.'
      }`,
    ]);
  if (checklist) {
    const ticked = list(checklist.ticked);
    inputs.push([
      'In the checklist',
      `${checklist.injury === true ? 'Started with an injury: yes' : 'Started with an injury: no'}${
        ticked.length ? `<ul>${ticked.map((f) => `<li>Ticked: ${refName.flag(f)}</li>`).join('')}</ul>` : '<br>Nothing ticked.'
      }`,
    ]);
  }
  if (!inputs.length) inputs.push(['Inputs', missing('(none given)')]);
  const expected: [string, string][] = [
    ['Expected advice', `<b>${escapeHtml(levelWords[str(expect.level)] ?? `unknown ("${str(expect.level)}")`)}</b>`],
  ];
  if (expect.top !== undefined) expected.push(['Expected first', refName.condition(expect.top)]);
  if (expect.topThree !== undefined) expected.push(['In the first 3', list(expect.topThree).map(refName.condition).join('; ')]);
  if (expect.notTop !== undefined) expected.push(['Not first', refName.condition(expect.notTop)]);
  for (const [key, value] of Object.entries(expect))
    if (!['level', 'top', 'topThree', 'notTop'].includes(key)) expected.push([key, escapeHtml(JSON.stringify(value))]);
  const src = vignetteSource(v.source);
  const tested = `${[map ? 'map' : '', checklist ? 'checklist' : ''].filter(Boolean).join(' and ')}${v.browser === true ? ', also in a real browser' : ''}`;
  return item({
    prefix: 'V',
    title: `<span class="story">${t(v.story)}</span>`,
    itemId: v.id,
    badges: tested ? `<span class="muted">Tested: ${escapeHtml(tested)}.</span>` : '',
    body: fieldsOf([...inputs, ...expected, ...(src.why ? ([['Why', t(src.why)]] as [string, string][]) : [])]),
    provenance: src.ids.length ? { sources: src.ids } : undefined,
    noChecked: true,
  });
})}`;
}

function sourceSection(): string {
  const cited = new Map<string, number>();
  const cite = (sid: unknown) => cited.set(str(sid), (cited.get(str(sid)) ?? 0) + 1);
  for (const x of [...regions, ...conditions, ...exercises, ...redFlags, ...rules, ...questions, ...(guidance ? [guidance] : [])])
    for (const sid of strs(x.sources)) cite(sid);
  for (const r of rules) for (const p of recs(r.performance)) cite(p.source);
  return `<table class="source-table"><thead><tr><th class="n">#</th><th class="title">Title and address</th><th class="pub">Publisher</th><th class="date">Date</th><th class="kind">Kind</th><th class="num" title="How many items cite it">Cited</th></tr></thead><tbody>
${sources
  .map((s, i) => {
    const url = str(s.url);
    const link = /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : warn(url || '(no address)');
    return `<tr><td>${i + 1}</td><td>${escapeHtml(s.title)} ${id(s.id)}<br><span class="url">${link}</span>${s.secondary === true ? '<br><b>Secondary:</b> read via a summary, not the original' : ''}${clinicMark('sources', s)}</td><td>${escapeHtml(s.publisher)}</td><td class="date">${escapeHtml(s.date) || '<span class="muted">not given</span>'}</td><td>${escapeHtml(kindWords[str(s.kind)] ?? str(s.kind))}</td><td class="num">${cited.get(str(s.id)) ?? 0}</td></tr>`;
  })
  .join('\n')}
</tbody></table>`;
}

// ---------------------------------------------------------------- assemble

interface Section {
  key: string;
  title: string;
  count: number;
  html: string;
}

const sections: Section[] = [
  { key: 'warning-signs', title: 'Warning signs', count: redFlags.length, html: redFlagSection() },
  { key: 'regions', title: 'Regions of the knee map', count: regions.length, html: regionSection() },
  { key: 'questions', title: 'Follow-up questions', count: questions.length, html: questionSection() },
  { key: 'conditions', title: 'Conditions (likely causes)', count: conditions.length, html: conditionSection() },
  { key: 'exercises', title: 'Exercises', count: exercises.length, html: exerciseSection() },
  { key: 'guidance', title: 'Guidance (safety wording)', count: guidance ? 1 : 0, html: guidanceSection() },
  { key: 'rules', title: 'Decision rules (clinicians only)', count: rules.length, html: ruleSection() },
];
if (vignettesRaw !== undefined)
  sections.push({ key: 'vignettes', title: 'Clinical vignettes', count: vignettes.length, html: vignetteSection() });
const sourcesSection: Section = { key: 'sources', title: 'Sources', count: sources.length, html: sourceSection() };

// What the items say about how they were checked, counted for the cover.
const provItems = [...regions, ...conditions, ...exercises, ...redFlags, ...rules, ...questions, ...(guidance ? [guidance] : [])];
const against = (what: string) => provItems.filter((x) => rec(x.checked).against === what).length;
const byReview = against('clinical-review');
const bySources = against('sources');
const unchecked = provItems.length - byReview - bySources;

const fingerprint = createHash('sha256')
  .update(JSON.stringify({ content, vignettes: vignettesRaw ?? null }))
  .digest('hex')
  .slice(0, 16);

const title = clinicName ? `Clinical content review pack: ${clinicName}` : 'Clinical content review pack';

const signOffStatus = clinicReview
  ? `<div class="status reviewed"><p><b>Sign-off recorded in the clinic's content:</b> reviewed by ${t(clinicReview.by)}, ${t(clinicReview.role)}, on ${escapeHtml(clinicReview.date)}.</p>
<p>This pack shows that sign-off as the clinic's content states it; it does not confirm it. Check that the content below is the content that was signed off.</p></div>`
  : `<div class="status not-signed"><p><b>This content has NOT been signed off by a named clinician.</b></p>
<p>No clinician has signed it off${clinicName ? ` for ${escapeHtml(clinicName)}` : ''}. ${
      byReview
        ? `${byReview} of its ${provItems.length} content items were rewritten to follow an independent clinical review of December 2026 and checked against their sources; `
        : ''
    }${bySources} ${bySources === 1 ? 'item was' : 'items were'} checked against their listed sources by the project's developers${
      unchecked ? `; ${unchecked} record no check` : ''
    }. Neither is a clinician's sign-off. Use the sign-off sheet on the next page.</p></div>`;

const problemBox = problems.length
  ? `<div class="status problems"><p><b>The content did not pass its checks when this pack was made</b> (it may be mid-edit).
It is shown as it is: do not sign off until <code>npm run content:check</code> passes and the pack is made again.
${problems.length} ${problems.length === 1 ? 'problem is' : 'problems are'} listed at the end, under <a href="#problems">Content problems</a>.</p></div>`
  : '';
const problemSection = problems.length
  ? `<section class="main" id="problems"><h1>Content problems <span class="count">(${problems.length})</span></h1>
<p class="intro">Reported by the content checks when this pack was made. Items that refer to something missing show a red notice where they do.</p>
<ul class="problem-list">${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></section>`
  : '';

const contents = [...sections, sourcesSection];
const cover = `<section class="cover">
<p class="kicker">knee-pain-widgets</p>
<h1>Clinical content review pack</h1>
${clinicName ? `<p class="clinic-name">For ${escapeHtml(clinicName)}</p>` : ''}
<table class="facts"><tbody>
<tr><th>Language of the content</th><td>${escapeHtml(locale)}</td></tr>
<tr><th>Generated</th><td>${escapeHtml(generatedOn)}</td></tr>
<tr><th>Items to review</th><td>${itemCount}${
  vignettes.length ? ` <span class="muted">(${itemCount - vignettes.length} content items, ${vignettes.length} clinical vignettes)</span>` : ''
}</td></tr>
<tr><th>Sources cited</th><td>${sources.length}</td></tr>
${clinicFile ? `<tr><th>Clinic content</th><td>${escapeHtml(clinicFile)}</td></tr>` : ''}
<tr><th>Content fingerprint</th><td><code>${fingerprint}</code> <span class="muted">(changes whenever the content changes)</span></td></tr>
</tbody></table>
${signOffStatus}
${problemBox}
<h2>Contents</h2>
<ol class="toc"><li><a href="#sign-off">Sign-off sheet</a></li>${contents.map((s) => `<li><a href="#${s.key}">${escapeHtml(s.title)}</a> <span class="muted">(${s.count})</span></li>`).join('')}${
  problems.length ? `<li><a href="#problems">Content problems</a> <span class="muted">(${problems.length})</span></li>` : ''
}</ol>
</section>`;

const line = (label: string, filled = '') =>
  `<div class="field"><span class="label">${escapeHtml(label)}</span><span class="line">${escapeHtml(filled)}</span></div>`;

const signOff = `<section class="signoff" id="sign-off">
<h1>Sign-off sheet</h1>
<h2>How to review</h2>
<ul>
<li>Each item has a number (W1, R1, Q1…), its sources and how it was last checked.</li>
<li>Tick <b>Agreed</b> or <b>Needs change</b> for every item, and write what should change on the notes line.</li>
<li>Text is shown exactly as the widgets show it to the public, except the decision rules (for clinicians only) and the clinical vignettes (test cases: check the expected advice).</li>
<li>When you are done, fill in this sheet and list the items that need change.</li>
</ul>
<h2>Sign-off</h2>
<p>I have read every item in this pack (content fingerprint <code>${fingerprint}</code>, generated <span class="nowrap">${escapeHtml(generatedOn)}</span>, language ${escapeHtml(locale)}${clinicName ? `, for ${escapeHtml(clinicName)}` : ''}).
The items I marked <b>Agreed</b> are, in my professional judgement, accurate and safe to show to the public as general information.
The items listed below need change before the content is used.</p>
${line('Items that need change (numbers)')}
${line('')}
${line('')}
<div class="grid">
${line('Name')}
${line('Role')}
${line('Registration body and number (e.g. HCPC)')}
${line('Clinic or organisation', clinicName)}
${line('Date')}
${line('Signature')}
</div>
<p class="muted">Once signed, the clinic may record the sign-off in its content as <code>clinic.review</code> (name, role and date); the widgets then show “Reviewed by … on …” beside the sources.</p>
</section>`;

const body = `${cover}
${signOff}
${contents
  .map(
    (s) => `<section class="main" id="${s.key}">
<h1>${escapeHtml(s.title)} <span class="count">(${s.count})</span></h1>
${s.count ? s.html : `<p>${missing('None in this content.')}</p>`}
</section>`,
  )
  .join('\n')}
${problemSection}`;

const css = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #666; --emergency: #b00020; --today: #c05600; --soon: #8a6d00; --routine: #2f5d8a; }
* { box-sizing: border-box; }
html { font: 11pt/1.4 "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
h1 { font-size: 20pt; margin: 0 0 0.6em; }
h2 { font-size: 14pt; margin: 1.2em 0 0.5em; }
h3 { font-size: 12pt; margin: 0 0 0.4em; line-height: 1.3; }
h4 { font-size: 10.5pt; margin: 0.6em 0 0.15em; }
p { margin: 0.3em 0; }
ul, ol { margin: 0.2em 0 0.4em; padding-left: 1.4em; }
li { margin: 0.1em 0; }
a { color: inherit; }
code, .id { font: 9pt/1.2 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.id { color: var(--muted); font-weight: normal; overflow-wrap: anywhere; }
.meta { margin: 0 0 0.3em; font-size: 9pt; color: var(--muted); }
.muted { color: var(--muted); font-weight: normal; }
.missing { color: var(--muted); font-style: italic; }
.warn { color: var(--emergency); font-weight: bold; }
.count { color: var(--muted); font-weight: normal; }
.intro { color: var(--muted); margin-bottom: 0.8em; }
table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.6em; font-size: 10pt; }
th, td { border: 1px solid var(--rule); padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
thead th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: center; white-space: nowrap; width: 5.5em; }
dl { display: grid; grid-template-columns: 9.5em 1fr; gap: 0.15em 0.8em; margin: 0.3em 0; }
dt { font-weight: bold; }
dd { margin: 0; }
dd ul, dd ol { margin: 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2em; }
.badge { display: inline-block; font-size: 8.5pt; font-weight: bold; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.35em; vertical-align: 0.1em; white-space: nowrap; }
.badge.clinic { color: #4a2a7a; }
.tier-emergency .badge.tier-emergency, .badge.tier-emergency { color: var(--emergency); }
.badge.tier-today { color: var(--today); }
.badge.tier-soon { color: var(--soon); }
.badge.tier-routine { color: var(--routine); }
.ref { display: inline-block; min-width: 2.6em; font-weight: bold; color: #fff; background: #333; border-radius: 3px; padding: 0 0.3em; text-align: center; font-size: 10pt; vertical-align: 0.1em; }
.item { border: 1px solid #999; border-left: 4px solid #999; border-radius: 3px; padding: 0.5em 0.7em 0.4em; margin: 0 0 0.7em; break-inside: avoid; page-break-inside: avoid; }
.item.tier-emergency { border-left-color: var(--emergency); }
.item.tier-today { border-left-color: var(--today); }
.item.tier-soon { border-left-color: var(--soon); }
.item.tier-routine { border-left-color: var(--routine); }
h2.tier-heading { border-bottom: 2px solid currentColor; padding-bottom: 0.1em; break-after: avoid; }
h2.tier-emergency { color: var(--emergency); }
h2.tier-today { color: var(--today); }
h2.tier-soon { color: var(--soon); }
h2.tier-routine { color: var(--routine); }
.prov { border-top: 1px dotted #999; margin-top: 0.4em; padding-top: 0.25em; font-size: 9pt; line-height: 1.3; }
.prov ul.sources { margin: 0.1em 0 0.2em; }
.checked { font-size: 9pt; line-height: 1.3; }
.sign { break-inside: avoid; page-break-inside: avoid; }
.review { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.3em 1.2em; margin-top: 0.4em; padding-top: 0.3em; border-top: 1px solid #ccc; font-size: 10pt; }
.tick { white-space: nowrap; }
.ref.small { min-width: 0; font-size: 8.5pt; background: #666; }
ol.inline { display: flex; flex-wrap: wrap; gap: 0 2.6em; padding-left: 1.4em; }

.box { display: inline-block; width: 0.95em; height: 0.95em; border: 1.5px solid var(--ink); vertical-align: -0.12em; margin-right: 0.2em; }
.notes { flex: 1 1 14em; border-bottom: 1px solid var(--ink); min-height: 1.4em; }
.story { font-style: italic; }
.status { border: 2px solid var(--ink); padding: 0.6em 0.9em; margin: 1em 0; }
.status.not-signed { border-color: var(--emergency); }
.status.not-signed b:first-child { color: var(--emergency); font-size: 12pt; }
.status.problems { border-style: dashed; border-color: var(--today); font-size: 10pt; }
.problem-list li { font: 8.5pt/1.3 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.1em; color: var(--muted); margin: 2em 0 0.3em; }
.cover h1 { font-size: 24pt; }
.cover .clinic-name { font-size: 14pt; margin-bottom: 1em; }
table.facts { width: auto; font-size: 11pt; }
table.facts th { background: #f3f3f3; }
.toc { padding-left: 2.2em; }
.toc li { margin: 0.15em 0; }
.nowrap { white-space: nowrap; }
.signoff .field { display: flex; align-items: flex-end; gap: 0.6em; margin: 1.2em 0 0; }
.signoff .label { white-space: nowrap; font-weight: bold; }
.signoff .line { flex: 1; border-bottom: 1px solid var(--ink); min-height: 1.6em; }
.signoff .grid .field { margin-top: 1.5em; }
.signoff .grid .field:last-child .line { min-height: 3.2em; }
.signoff .line { padding-left: 0.3em; }
.source-table { table-layout: fixed; }
.source-table .n { width: 2.4em; }
.source-table .title { width: 48%; }
.source-table .pub { width: 20%; }
.source-table .date { width: 7em; white-space: nowrap; }
.source-table .kind { width: 14%; }
.source-table .num { width: 3.8em; }
.url { font-size: 8.5pt; word-break: break-all; color: var(--muted); }
pre { white-space: pre-wrap; font-size: 8pt; }
section.main > h1 { border-bottom: 3px solid var(--ink); padding-bottom: 0.15em; }
@page {
  size: A4;
  margin: 16mm 15mm 18mm;
  @bottom-left { content: "Content review pack \\B7  ${locale} \\B7  ${fingerprint}"; font: 8pt sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #555; }
}
@media screen {
  section.main, section.signoff { margin-top: 3rem; }
}
@media print {
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.signoff, section.main { break-before: page; page-break-before: always; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { text-decoration: none; }
}
`;

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="knee-pain-widgets scripts/content-review.ts">
<title>${escapeHtml(title)} (${escapeHtml(locale)}, ${escapeHtml(generatedOn)})</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;

mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, html);
for (const p of problems.slice(0, 10)) console.warn(`warning: ${p}`);
if (problems.length > 10) console.warn(`warning: …and ${problems.length - 10} more (all listed at the end of the pack; see npm run content:check)`);
console.log(
  `Review pack: ${out} (${itemCount} items, locale ${locale}${clinicName ? `, clinic ${clinicName}` : ''}${
    problems.length ? `; ${problems.length} content problems, shown in the pack` : ''
  })`,
);
