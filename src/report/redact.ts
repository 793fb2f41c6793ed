// Secret values never leave the run, by one mechanism: the values are collected (what the workflow
// passes as build-args and secrets, the Dockerfile's secret ENV/ARG values, and tokens or
// SECRET_NAME=value assignments in any text we render), registered with the log masker before
// anything runs, and replaced by *** in every string value of the report (never in its serialized
// JSON, where a value like `true` would also hit booleans). Every rendering (comment, summary,
// annotations, SARIF, report.json, the stored baseline) is made from that redacted report.
import type { BuildConfig } from '../config/types.js';
import { isArg, isEnv, type DockerfileModel } from '../lint/dockerfile.js';
import { isSecretValue, isTrivialValue, maskTokens, tokensIn } from '../lint/ml.js';
import type { Report } from './types.js';

/** buildx --secret keys; a field of a raw spec that is not one of them is echoed by buildx's error. */
const SECRET_SPEC_KEY = /^(id|src|source|env|type|required|target|mode|uid|gid)=/i;

/**
 * Every value the workflow passes as a build-arg or secret (BuildKit writes the build-args a RUN
 * uses into the image history), and each malformed field of a raw `secrets` spec, unless trivial.
 */
export function workflowSecrets(build: Pick<BuildConfig, 'buildArgs' | 'secrets' | 'secretValues'>): string[] {
  const values = [
    // NAME alone takes its value from buildx's environment: there is no value here to mask.
    ...build.buildArgs.flatMap((entry) => (entry.includes('=') ? [entry.slice(entry.indexOf('=') + 1)] : [])),
    ...build.secretValues.map((secret) => secret.value),
    ...build.secrets.flatMap((spec) => spec.split(',').filter((field) => !SECRET_SPEC_KEY.test(field))),
  ];
  return unique(values.filter((value) => !isTrivialValue(value)));
}

/** The Dockerfile's secret ENV and ARG values, and every token written anywhere in it. */
export function dockerfileSecrets(model: DockerfileModel, text: string): string[] {
  const values: string[] = [];
  const consider = (name: string, value: string | null) => {
    if (value !== null && isSecretValue(name, value)) values.push(value);
  };
  for (const [name, value] of Object.entries(model.globalArgs)) consider(name, value);
  for (const instruction of model.instructions) {
    if (isEnv(instruction)) for (const { name, value } of instruction.pairs) consider(name, value);
    if (isArg(instruction)) consider(instruction.name, instruction.defaultValue);
  }
  return unique([...values, ...tokensIn(text)]);
}

/** NAME=value, NAME="value" or NAME='value', as ENV, shell lines and BuildKit's `RUN |1 NAME=value` write it. */
const ASSIGNMENT = /\b([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'`;&|)]+))/g;

/** Secrets found in a text: token shapes, and values assigned to a secret-looking name. */
export function secretsInText(text: string): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(ASSIGNMENT)) {
    const value = match[2] ?? match[3] ?? match[4];
    if (isSecretValue(match[1], value)) values.push(value);
  }
  return unique([...values, ...tokensIn(text)]);
}

/** Secrets found in any string of the report (image history, build output, files it quotes). */
export function secretsInReport(report: Report): string[] {
  const found: string[] = [];
  mapStrings(report, (text) => {
    found.push(...secretsInText(text));
    return text;
  });
  return unique(found);
}

/** The one redaction: every token shape (hf_*** keeps its kind readable), then every known value, the longest first. */
export function redactText(text: string, values: readonly string[]): string {
  let result = maskTokens(text);
  for (const value of [...values].filter((v) => !isTrivialValue(v)).sort((a, b) => b.length - a.length)) {
    if (result.includes(value)) result = result.split(value).join('***');
  }
  return result;
}

/** The report with redactText applied to each string value and key, and to the secrets found in it. */
export function redactReport(report: Report, values: readonly string[]): Report {
  const all = unique([...values, ...secretsInReport(report)]);
  return mapStrings(report, (text) => redactText(text, all));
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [map(key), mapStrings(item as unknown, map)])) as T;
  }
  return value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
