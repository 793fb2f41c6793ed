// Input values: sizes in bytes, durations in seconds, regression limits, booleans, enums.
// Pure functions; every error names the input and shows a value that would work, because
// the message is all a user sees when a workflow fails on a typo.
import type { IncreaseLimit } from './types.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `true` or `false` in any of YAML 1.2 core's spellings, as @actions/core's getBooleanInput reads them; nothing else. */
export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim();
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`${name}: ${quote(value)} is not a boolean; use true or false`);
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${name}: ${quote(value)} is not one of ${allowed.join(', ')}`);
}

/** Kept apart, like AmbiguousUnitError, so that parseIncrease passes the precise message through. */
class TooLargeError extends ConfigError {}

/** `500m`: kept apart so that parseIncrease passes its precise message through. */
class AmbiguousUnitError extends ConfigError {}

/** A number a user typed, read whole: `9`×400 is a typo, not Infinity, and no unit makes it finite. */
function bounded(inputName: string, text: string, value: number): number {
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) {
    throw new TooLargeError(`${inputName}: ${quote(text)} is too large; use a value below ${Number.MAX_SAFE_INTEGER}`);
  }
  return value;
}

const SIZE_EXAMPLE = 'use e.g. 3GB, 2.5GiB or 3000000000';
const DURATION_EXAMPLE = 'use e.g. 5m, 300s, 1h30m or 90';

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** Bytes from `3GB`, `3 GB`, `2.5GiB`, `2500MB`, `500kB` or plain bytes; GB = 10^9, GiB = 2^30. */
export function parseSize(inputName: string, text: string): number {
  const trimmed = text.trim();
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(trimmed);
  if (!match) throw new ConfigError(`${inputName}: ${quote(text)} is not a size; ${SIZE_EXAMPLE}`);
  const [, amountText, unitText] = match as unknown as [string, string, string];
  const unit = unitText.toLowerCase();
  const amount = bounded(inputName, text, Number(amountText));
  if (unit === '') {
    if (!Number.isInteger(amount)) {
      throw new ConfigError(`${inputName}: ${quote(text)} has no unit and is not a whole number of bytes; ${SIZE_EXAMPLE}`);
    }
    return amount;
  }
  if (['k', 'm', 'g', 't'].includes(unit)) {
    const upper = unit.toUpperCase();
    throw new AmbiguousUnitError(
      `${inputName}: ${quote(text)} is ambiguous (${upper}B = 10^n or ${upper}iB = 2^n?); use e.g. ${amountText}${upper}B or ${amountText}${upper}iB`,
    );
  }
  const factor = SIZE_UNITS[unit];
  if (factor === undefined) {
    throw new ConfigError(`${inputName}: ${quote(text)} is not a size (unknown unit "${unitText}"); ${SIZE_EXAMPLE}`);
  }
  return bounded(inputName, text, Math.round(amount * factor));
}

/** Seconds from `5m`, `300s`, `1h30m`, `1h 30m` or plain seconds (`90`). */
export function parseDuration(inputName: string, text: string): number {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '');
  if (/^\d+(?:\.\d+)?$/.test(compact)) return bounded(inputName, text, Number(compact));
  const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(compact);
  if (!match || compact === '') {
    throw new ConfigError(`${inputName}: ${quote(text)} is not a duration; ${DURATION_EXAMPLE}`);
  }
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0)) as [number, number, number];
  return bounded(inputName, text, hours * 3600 + minutes * 60 + seconds);
}

/** A regression limit: `10%`, `+10%`, `200MB`/`+200MB` (size) or `30s`/`+2m` (time); `off` turns it off. */
export function parseIncrease(inputName: string, text: string, kind: 'size' | 'time'): IncreaseLimit {
  const trimmed = text.trim();
  if (/^(off|none|false)$/i.test(trimmed)) return null;
  const example = kind === 'size' ? 'use e.g. 10%, +200MB or off' : 'use e.g. 20%, +30s, 2m or off';
  const percent = /^\+?\s*(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) return { kind: 'percent', value: bounded(inputName, text, Number(percent[1])) };
  const amount = trimmed.replace(/^\+\s*/, '');
  const parse = kind === 'size' ? parseSize : parseDuration;
  try {
    return { kind: 'absolute', value: parse(inputName, amount) };
  } catch (error) {
    if (error instanceof AmbiguousUnitError || error instanceof TooLargeError || !(error instanceof ConfigError)) throw error;
    throw new ConfigError(`${inputName}: ${quote(text)} is not a ${kind} increase; ${example}`);
  }
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `2.61 GB`, or `2.61 GB (2.43 GiB)` with `both`; negative values keep their sign. */
export function formatBytes(bytes: number, options: { both?: boolean } = {}): string {
  const decimal = scaled(bytes, 1000, DECIMAL_UNITS);
  if (!options.both || Math.abs(bytes) < 1000) return decimal;
  return `${decimal} (${scaled(bytes, 1024, BINARY_UNITS)})`;
}

function scaled(bytes: number, base: number, units: string[]): string {
  let value = Math.abs(bytes);
  let index = 0;
  while (value >= base && index < units.length - 1) {
    value /= base;
    index += 1;
  }
  const digits = index === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const sign = bytes < 0 ? '-' : '';
  return `${sign}${Number(value.toFixed(digits))} ${units[index]}`;
}

/** `42s`, `4.5s`, `4m 05s`, `1h 02m`. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.abs(seconds);
  if (total < 60) return `${sign}${Number(total.toFixed(total < 10 ? 1 : 0))}s`;
  const rounded = Math.round(total);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  const secs = rounded % 60;
  if (hours > 0) return `${sign}${hours}h ${String(minutes).padStart(2, '0')}m`;
  return `${sign}${minutes}m ${String(secs).padStart(2, '0')}s`;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
