import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, formatBytes, formatDuration, parseDuration, parseIncrease, parseSize } from '../../src/config/units.js';

test('parseSize reads decimal, binary and plain byte sizes', () => {
  assert.equal(parseSize('size-budget', '3GB'), 3e9);
  assert.equal(parseSize('size-budget', '3 GB'), 3e9);
  assert.equal(parseSize('size-budget', ' 3gb '), 3e9);
  assert.equal(parseSize('size-budget', '2.5GiB'), 2.5 * 2 ** 30);
  assert.equal(parseSize('size-budget', '2500MB'), 2.5e9);
  assert.equal(parseSize('size-budget', '500kB'), 500_000);
  assert.equal(parseSize('size-budget', '512KiB'), 512 * 1024);
  assert.equal(parseSize('size-budget', '3000000000'), 3e9);
  assert.equal(parseSize('size-budget', '1TB'), 1e12);
  assert.equal(parseSize('size-budget', '0'), 0);
});

function assertConfigError(fn: () => unknown, ...fragments: (string | RegExp)[]) {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    assert.ok(!error.message.includes('\n'), 'message is one line');
    for (const fragment of fragments) {
      if (typeof fragment === 'string') assert.ok(error.message.includes(fragment), `${error.message} lacks ${fragment}`);
      else assert.match(error.message, fragment);
    }
    return true;
  });
}

test('parseSize rejects bad sizes naming the input and a valid example', () => {
  assertConfigError(() => parseSize('size-budget', '3 gigs'), 'size-budget: "3 gigs" is not a size', 'use e.g. 3GB, 2.5GiB or 3000000000');
  assertConfigError(() => parseSize('size-budget', '3 gigs'), /unknown unit "gigs"/);
  assertConfigError(() => parseSize('size-budget', ''), 'size-budget', '3GB');
  assertConfigError(() => parseSize('size-budget', '-1GB'), 'size-budget', '3GB');
  assertConfigError(() => parseSize('size-budget', 'GB'), 'size-budget');
  assertConfigError(() => parseSize('size-budget', '1.5'), 'whole number of bytes');
  assertConfigError(() => parseSize('size-budget', '1e9'), 'size-budget');
});

test('parseSize rejects a bare 500m or 3g as ambiguous', () => {
  assertConfigError(() => parseSize('size-budget', '500m'), 'size-budget: "500m" is ambiguous', '500MB or 500MiB');
  assertConfigError(() => parseSize('size-budget', '3g'), '3GB or 3GiB');
  assertConfigError(() => parseSize('size-budget', '3 G'), 'ambiguous');
  assertConfigError(() => parseSize('size-budget', '10k'), 'ambiguous');
});

test('parseDuration reads minutes, seconds, combinations and plain seconds', () => {
  assert.equal(parseDuration('time-budget', '5m'), 300);
  assert.equal(parseDuration('time-budget', '300s'), 300);
  assert.equal(parseDuration('time-budget', '1h30m'), 5400);
  assert.equal(parseDuration('time-budget', '1h 30m 15s'), 5415);
  assert.equal(parseDuration('time-budget', '90'), 90);
  assert.equal(parseDuration('time-budget', '2.5m'), 150);
  assert.equal(parseDuration('time-budget', '1H'), 3600);
});

test('parseDuration rejects bad durations', () => {
  for (const bad of ['', 'five minutes', '5 mins', '30m1h', '-5m', 'm', '5d']) {
    assertConfigError(() => parseDuration('time-budget', bad), 'time-budget:', 'use e.g. 5m, 300s, 1h30m or 90');
  }
});

test('parseIncrease reads percentages, absolute amounts and off', () => {
  assert.deepEqual(parseIncrease('max-size-increase', '10%', 'size'), { kind: 'percent', value: 10 });
  assert.deepEqual(parseIncrease('max-size-increase', '+10%', 'size'), { kind: 'percent', value: 10 });
  assert.deepEqual(parseIncrease('max-size-increase', '2.5 %', 'size'), { kind: 'percent', value: 2.5 });
  assert.deepEqual(parseIncrease('max-size-increase', '200MB', 'size'), { kind: 'absolute', value: 200e6 });
  assert.deepEqual(parseIncrease('max-size-increase', '+200MB', 'size'), { kind: 'absolute', value: 200e6 });
  assert.deepEqual(parseIncrease('max-time-increase', '30s', 'time'), { kind: 'absolute', value: 30 });
  assert.deepEqual(parseIncrease('max-time-increase', '+2m', 'time'), { kind: 'absolute', value: 120 });
  assert.deepEqual(parseIncrease('max-time-increase', '20%', 'time'), { kind: 'percent', value: 20 });
  assert.equal(parseIncrease('max-size-increase', 'off', 'size'), null);
  assert.equal(parseIncrease('max-time-increase', 'OFF', 'time'), null);
});

test('parseIncrease rejects bad values with the input name and an example', () => {
  assertConfigError(
    () => parseIncrease('max-size-increase', 'ten percent', 'size'),
    'max-size-increase: "ten percent" is not a size increase',
    '10%, +200MB or off',
  );
  assertConfigError(() => parseIncrease('max-size-increase', '30s', 'size'), 'max-size-increase');
  assertConfigError(() => parseIncrease('max-time-increase', '200MB', 'time'), 'max-time-increase', '+30s');
  assertConfigError(() => parseIncrease('max-size-increase', '-10%', 'size'), 'max-size-increase');
  assertConfigError(() => parseIncrease('max-size-increase', '+500m', 'size'), 'max-size-increase: "500m" is ambiguous');
});

test('formatBytes prints decimal units, and binary beside them when asked', () => {
  assert.equal(formatBytes(2.61e9), '2.61 GB');
  assert.equal(formatBytes(2.61e9, { both: true }), '2.61 GB (2.43 GiB)');
  assert.equal(formatBytes(3e9, { both: true }), '3 GB (2.79 GiB)');
  assert.equal(formatBytes(812_000_000), '812 MB');
  assert.equal(formatBytes(45_300_000), '45.3 MB');
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(512, { both: true }), '512 B');
  assert.equal(formatBytes(-200e6), '-200 MB');
  assert.equal(formatBytes(0), '0 B');
});

test('formatDuration prints seconds, minutes and hours', () => {
  assert.equal(formatDuration(4.54), '4.5s');
  assert.equal(formatDuration(42), '42s');
  assert.equal(formatDuration(245), '4m 05s');
  assert.equal(formatDuration(3720), '1h 02m');
  assert.equal(formatDuration(-30), '-30s');
});
