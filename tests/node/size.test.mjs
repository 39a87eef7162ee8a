// scripts/size.mjs against the peer: the map's page is judged on ratios of
// the peer's whole download and the classic file on its ceiling; while
// `blocks` is off they are reported without failing the run.
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
  const budgets = { usable: 0.4, total: 0.8, classic: 70, blocks: true };
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

test('the classic file is held to its ceiling', () => {
  const classic = peerChecks(measured({ usable: 1, total: 1, classic: 73.5 }), peer, { usable: 0.4, total: 0.8, classic: 70, blocks: true }).at(-1);
  assert.equal(classic.ok, false);
  assert.match(classic.text, /73\.5 KiB \(budget ≤ 70 KiB\)/);
});

test('while the targets do not block, a page over them does not fail the run', () => {
  const checks = peerChecks(measured({ usable: 50, total: 99, classic: 73.5 }), peer);
  assert.equal(checks.every((c) => !c.ok), true);
  assert.equal(checks.filter((c) => !c.ok && c.blocking).length, 0);
});
