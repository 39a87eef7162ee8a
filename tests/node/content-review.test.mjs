// The content:review command: one printable, self-contained HTML review pack
// of the clinical content. Runs with `node --test` (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const escapeHtml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Runs the script into a fresh temporary folder (which it must create) and returns the HTML. */
function pack(...args) {
  const dir = mkdtempSync(join(tmpdir(), 'kpw-review-'));
  const out = join(dir, 'nested', 'review-pack.html');
  try {
    execFileSync('npx', ['tsx', 'scripts/content-review.ts', '--out', out, ...args], { encoding: 'utf8', stdio: 'pipe' });
    assert.ok(existsSync(out), `${out} was written`);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('writes a self-contained pack with every warning sign, escaped, and says it is not signed off', () => {
  const html = pack();
  const flags = JSON.parse(readFileSync('content/en/red-flags.json', 'utf8'));
  assert.ok(flags.length > 0);
  for (const flag of flags) assert.ok(html.includes(escapeHtml(flag.text)), `the pack shows the sign ${flag.id}`);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<link\b|<img\b|<iframe\b|@import|url\(/i, 'no external files');
  assert.match(html, /has NOT been signed off by a named clinician/);
  assert.match(html, /Agreed/);
  assert.match(html, /Needs change/);
  assert.match(html, /Registration/);
});

test('with a clinic overlay, shows the clinic and its review only when the clinic gives one', () => {
  const overlay = JSON.parse(readFileSync('content/examples/clinic-riverside.json', 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'kpw-review-clinic-'));
  try {
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, JSON.stringify(overlay));
    const withoutReview = pack('--clinic', plain);
    assert.ok(withoutReview.includes(escapeHtml(overlay.clinic.name)));
    assert.match(withoutReview, /has NOT been signed off/);

    const reviewed = join(dir, 'reviewed.json');
    const review = { by: 'Dr Test Reviewer', role: 'Physiotherapist, HCPC registered', date: '2026-11-30' };
    writeFileSync(reviewed, JSON.stringify({ ...overlay, clinic: { ...overlay.clinic, review } }));
    const withReview = pack('--clinic', reviewed);
    assert.ok(withReview.includes(escapeHtml(review.by)));
    assert.ok(withReview.includes(review.date));
    assert.doesNotMatch(withReview, /has NOT been signed off/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('renders broken or hostile content as escaped text instead of crashing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpw-review-broken-'));
  try {
    cpSync('content/en', join(dir, 'en'), { recursive: true });
    const file = join(dir, 'en', 'red-flags.json');
    const flags = JSON.parse(readFileSync(file, 'utf8'));
    flags[0].text = '<script>alert(1)</script> & <img src=x onerror=alert(2)>';
    flags[1].sources = 'not-a-list';
    delete flags[1].checked;
    writeFileSync(file, JSON.stringify(flags));
    writeFileSync(join(dir, 'en', 'exercises.json'), '{ not json');
    writeFileSync(join(dir, 'en', 'guidance.json'), '[]');
    const html = pack('--dir', dir);
    assert.doesNotMatch(html, /<script|<img/i);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;'));
    assert.match(html, /did not pass its checks/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
