// Secret values never leave the run: values that the Dockerfile itself puts into ENV/ARG under a
// secret-looking name, or that have a known token shape, are collected once after parsing, masked
// in the log (core.setSecret in the action) and replaced by *** everywhere in the report, so no
// rendering (comment, summary, SARIF, report.json) can leak them through layer history or step names.
import { isArg, isEnv, type DockerfileModel } from '../lint/dockerfile.js';
import { findTokenShape, isSecretName } from '../lint/ml.js';
import type { Report } from './types.js';

const MIN_SECRET_LENGTH = 4; // shorter values would redact ordinary words

export function secretValues(model: DockerfileModel): string[] {
  const values = new Set<string>();
  const consider = (name: string, value: string | null) => {
    if (!value || value.length < MIN_SECRET_LENGTH || value.startsWith('$')) return;
    if (isSecretName(name) || findTokenShape(value)) values.add(value);
  };
  for (const [name, value] of Object.entries(model.globalArgs)) consider(name, value);
  for (const instruction of model.instructions) {
    if (isEnv(instruction)) for (const { name, value } of instruction.pairs) consider(name, value);
    if (isArg(instruction)) consider(instruction.name, instruction.defaultValue);
  }
  return [...values];
}

export function redactText(text: string, values: readonly string[]): string {
  let result = text;
  for (const value of values) result = result.split(value).join('***');
  return result;
}

export function redactReport(report: Report, values: readonly string[]): Report {
  if (values.length === 0) return report;
  const json = JSON.stringify(report);
  // Replace the value as it appears inside JSON strings (quotes and backslashes escaped).
  const escaped = values.map((v) => JSON.stringify(v).slice(1, -1));
  return JSON.parse(redactText(json, escaped)) as Report;
}
