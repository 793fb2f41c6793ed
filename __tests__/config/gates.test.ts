// Which of two gate values is the stricter one: the config file may tighten a gate the workflow set, never loosen it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveGates } from '../../src/config/gates.js';

const FILE = '.ml-image-guard.yml';

test('a gate the workflow left out is the file value, then the default', () => {
  const { gates, notes } = resolveGates({}, { 'time-budget': 'off', 'fail-on': 'never' }, FILE);
  assert.equal(gates['time-budget'], null);
  assert.equal(gates['fail-on'], 'never');
  assert.equal(gates['size-budget'], 3e9);
  assert.deepEqual(notes, []);
});

test('increases of different kinds cannot be compared: the workflow value holds, with a note', () => {
  const { gates, notes } = resolveGates({ 'max-size-increase': '10%' }, { 'max-size-increase': '+1MB' }, FILE);
  assert.deepEqual(gates['max-size-increase'], { kind: 'percent', value: 10 });
  assert.match(notes[0], /^\.ml-image-guard\.yml: budgets\.max-size-increase: \+1MB not applied: the workflow sets max-size-increase: 10%/);
});

test('an off workflow gate can be turned on by the file; an on one cannot be turned off', () => {
  assert.equal(resolveGates({ 'time-budget': 'off' }, { 'time-budget': '10m' }, FILE).gates['time-budget'], 600);
  assert.equal(resolveGates({ 'time-budget': '10m' }, { 'time-budget': 'off' }, FILE).gates['time-budget'], 600);
  assert.equal(resolveGates({ 'fail-on': 'never' }, { 'fail-on': 'info' }, FILE).gates['fail-on'], 'info');
  assert.equal(
    resolveGates({ 'fail-on-vulnerabilities': 'none' }, { 'fail-on-vulnerabilities': 'low' }, FILE).gates['fail-on-vulnerabilities'],
    'LOW',
  );
});

test('severities: the union counts what either counts, so a partly different list still only adds', () => {
  const { gates, notes } = resolveGates({ 'trivy-severity': 'CRITICAL,HIGH' }, { 'trivy-severity': ['CRITICAL', 'MEDIUM'] }, FILE);
  assert.deepEqual(gates['trivy-severity'], ['CRITICAL', 'HIGH', 'MEDIUM']);
  assert.equal(notes.length, 1, 'HIGH was kept although the file left it out');
});

test('a blank file value is left out; both sources are parsed, each error naming where it is', () => {
  assert.equal(resolveGates({}, { 'size-budget': '' }, FILE).gates['size-budget'], 3e9);
  assert.throws(() => resolveGates({ 'size-budget': 'big' }, {}, FILE), /^ConfigError: size-budget: "big"/);
  assert.throws(() => resolveGates({}, { 'size-budget': 'big' }, FILE), /^ConfigError: \.ml-image-guard\.yml: budgets\.size-budget: "big"/);
});
