// .ml-image-guard.yml: per-rule severity or off, budgets, paths to ignore. Parsed once;
// unknown keys and bad values are errors that name the key, so a typo never passes silently.
import { ConfigError } from './units.js';
import type { RuleSetting } from './types.js';
import { INPUTS, type InputName, type RawInputs } from './inputs.js';

export interface FileConfig {
  rules: Record<string, RuleSetting>; // keys as written: ids or names
  ignorePaths: string[];
  /** Budget keys use the action's input names (size-budget, time-budget, ...). */
  inputs: RawInputs;
}

const SETTINGS = new Set(['off', 'error', 'warning', 'info']);
/** The gates (inputs.ts marks them): the config file can set these, and only tighten what the workflow set. */
const BUDGET_KEYS = (Object.keys(INPUTS) as InputName[]).filter((name) => 'gate' in INPUTS[name]);

/** Async because the YAML parser (a third of the CLI bundle) is loaded only when a config file exists. */
export async function parseConfigFile(text: string, path: string): Promise<FileConfig> {
  const { parse: parseYaml } = await import('yaml');
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const result: FileConfig = { rules: {}, ignorePaths: [], inputs: {} };
  if (doc === null || doc === undefined) return result;
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new ConfigError(`${path}: expected a mapping with rules:, budgets:, ignore-paths:`);
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (key === 'rules') result.rules = readRules(value, path);
    else if (key === 'ignore-paths' || key === 'ignorePaths') result.ignorePaths = readStringList(value, `${path}: ignore-paths`);
    else if (key === 'budgets') result.inputs = readBudgets(value, path);
    else throw new ConfigError(`${path}: unknown key "${key}"; expected rules, budgets or ignore-paths`);
  }
  return result;
}

function readRules(value: unknown, path: string): Record<string, RuleSetting> {
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(`${path}: rules must map rule ids or names to off|error|warning|info, e.g. "MLG010: off"`);
  const rules: Record<string, RuleSetting> = {};
  for (const [rule, setting] of Object.entries(value as Record<string, unknown>)) {
    const text = setting === false ? 'off' : String(setting).toLowerCase();
    if (!SETTINGS.has(text)) throw new ConfigError(`${path}: rules.${rule}: "${String(setting)}" is not one of off, error, warning, info`);
    rules[rule] = text as RuleSetting;
  }
  return rules;
}

function readBudgets(value: unknown, path: string): RawInputs {
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(`${path}: budgets must be a mapping, e.g. "size-budget: 3GB"`);
  const inputs: RawInputs = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!BUDGET_KEYS.includes(key as InputName)) {
      throw new ConfigError(`${path}: budgets.${key} is not a budget setting; use one of ${BUDGET_KEYS.join(', ')}`);
    }
    const values = (Array.isArray(raw) ? raw : [raw]).map(scalarText);
    if (values.includes(null)) {
      throw new ConfigError(`${path}: budgets.${key}: give a value, e.g. "${key}: ${INPUTS[key as InputName].default}"`);
    }
    inputs[key as InputName] = Array.isArray(raw) ? (values as string[]) : (values[0] ?? '');
  }
  return inputs;
}

/** A YAML scalar as text (an empty value is blank: the default); null for a mapping or a list. */
function scalarText(value: unknown): string | null {
  if (value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function readStringList(value: unknown, where: string): string[] {
  if (value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new ConfigError(`${where} must be a list of paths`);
  return value as string[];
}
