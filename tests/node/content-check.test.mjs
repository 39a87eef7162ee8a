// The content:check command itself: its JSON inventory, and a non-zero exit
// on broken content. Runs with `node --test` (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', '--json', ...args], { encoding: 'utf8' });

test('prints the inventory of the default content as JSON and exits 0', () => {
  const r = run();
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.locales, ['en', 'es']);
  assert.ok(report.regions >= 13 && report.conditions >= 15 && report.exercises >= 16);
  assert.ok(report.redFlags.emergency > 0 && report.redFlags.soon > 0 && report.redFlags.routine > 0);
  assert.deepEqual(report.errors, []);
});

test('exits non-zero and names file, item and field when content is broken', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpw-content-'));
  try {
    cpSync('content/en', join(dir, 'en'), { recursive: true });
    const file = join(dir, 'en', 'exercises.json');
    const exercises = JSON.parse(readFileSync(file, 'utf8'));
    exercises[0].steps = ['<b>too few</b>'];
    writeFileSync(file, JSON.stringify(exercises));
    const r = run('--dir', dir);
    assert.notEqual(r.status, 0);
    const { errors } = JSON.parse(r.stdout);
    assert.ok(errors.some((e) => e.includes(`exercises.json › ${exercises[0].id} › steps: must have 3 to 6 items (has 1)`)), errors.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reports a file that is not JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpw-content-'));
  try {
    cpSync('content/en', join(dir, 'en'), { recursive: true });
    writeFileSync(join(dir, 'en', 'guidance.json'), '{ not json');
    const r = run('--dir', dir);
    assert.notEqual(r.status, 0);
    assert.match(JSON.parse(r.stdout).errors.join('\n'), /guidance\.json › \(file\): is not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the human-readable report lists the counts', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { encoding: 'utf8' });
  assert.match(out, /regions 13, conditions \d+, exercises \d+/);
});

test('fails when a translation lacks an item English has, or has one English lacks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpw-content-'));
  try {
    cpSync('content/en', join(dir, 'en'), { recursive: true });
    cpSync('content/es', join(dir, 'es'), { recursive: true });
    const file = join(dir, 'es', 'exercises.json');
    const exercises = JSON.parse(readFileSync(file, 'utf8'));
    // Drop an exercise nothing refers to, so the locale is valid on its own.
    const others = ['regions', 'conditions', 'questions'].map((f) => readFileSync(join(dir, 'es', `${f}.json`), 'utf8'));
    const text = JSON.stringify(exercises);
    const dropped = exercises.find(
      (e) => text.split(`"${e.id}"`).length === 2 && !others.some((o) => o.includes(`"${e.id}"`)),
    );
    writeFileSync(file, JSON.stringify(exercises.filter((e) => e !== dropped)));
    // An extra question in Spanish only (valid on its own, but not in en).
    const qFile = join(dir, 'es', 'questions.json');
    const questions = JSON.parse(readFileSync(qFile, 'utf8'));
    questions.push({ ...questions[0], id: 'solo-en-espanol' });
    writeFileSync(qFile, JSON.stringify(questions));
    const r = run('--dir', dir);
    assert.notEqual(r.status, 0);
    const errors = JSON.parse(r.stdout).errors.join('\n');
    assert.match(errors, new RegExp(`es/exercises\\.json › ${dropped.id}: is missing \\(it is in en\\)`));
    assert.match(errors, /es\/questions\.json › solo-en-espanol: is not in en/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
