// scripts/size.mjs against the peer: the map's page is judged on ratios of
// the peer's whole download, and the classic file is reported over its
// ceiling without failing the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { peerChecks } from '../../scripts/size.mjs';

const KiB = 1024;
const peer = { total: { brotli: 100 * KiB } };
const measured = ({ usable, total, classic }) => ({
  rows: [
    { page: 'exercise-card', usable: { brotli: 99 * KiB }, total: { brotli: 99 * KiB } },
    { page: 'knee-pain-map', usable: { brotli: usable * KiB }, total: { brotli: total * KiB } },
  ],
  classic: { brotli: classic * KiB },
});

test('the map is judged on ratios of the peer’s whole download', () => {
  const budgets = { usable: 0.4, total: 0.8, classic: 70, classicBlocks: false };
  const [usable, total] = peerChecks(measured({ usable: 40, total: 80, classic: 10 }), peer, budgets);
  assert.equal(usable.ok, true);
  assert.equal(total.ok, true);
  const [u2, t2] = peerChecks(measured({ usable: 40.1, total: 80.1, classic: 10 }), peer, budgets);
  assert.equal(u2.ok, false);
  assert.equal(u2.blocking, true);
  assert.match(u2.text, /0\.40× the peer's 100\.0 KiB \(budget ≤ 0\.4×\)/);
  assert.equal(t2.ok, false);
  assert.equal(t2.blocking, true);
});

test('the classic file over its ceiling is reported but does not fail the run', () => {
  const checks = peerChecks(measured({ usable: 1, total: 1, classic: 73.5 }), peer);
  const classic = checks.at(-1);
  assert.equal(classic.ok, false);
  assert.equal(classic.blocking, false);
  assert.match(classic.text, /73\.5 KiB \(budget ≤ 70 KiB; reported/);
  assert.equal(checks.filter((c) => !c.ok && c.blocking).length, 0);
});
