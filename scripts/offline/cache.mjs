// What the offline builders share: the git-ignored cache folder, a key over a step's inputs (so
// a changed input rebuilds and an unchanged one is a no-op), atomic "done" directories, and one
// progress line per step on stderr (stdout carries only the result, for `$(node …)`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The cache root: MLG_OFFLINE_CACHE, else <repo>/.cache/offline (git-ignored). */
export function cacheRoot() {
  return resolve(process.env.MLG_OFFLINE_CACHE || join(REPO, '.cache', 'offline'));
}

/** A short, stable key over the JSON of every input that changes the output. */
export function inputKey(inputs) {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 12);
}

export function log(message) {
  process.stderr.write(`[offline] ${message}\n`);
}

/** Runs a command, streaming its output to stderr; throws with the command's tail on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${command} ${args.slice(0, 3).join(' ')}… exited with ${result.status}:\n${tail}`);
  }
  return String(result.stdout ?? '');
}

/**
 * Builds `final` at most once: `make(partial)` fills a sibling `.partial` directory that is
 * renamed into place only when it succeeded, so an interrupted run never looks finished (and
 * a retry can reuse what the partial directory already holds, as pip download does).
 */
export function once(final, make) {
  if (existsSync(final)) return final;
  const partial = `${final}.partial`;
  mkdirSync(partial, { recursive: true });
  make(partial);
  rmSync(final, { recursive: true, force: true });
  renameSync(partial, final);
  return final;
}

/** Reports a thrown error as one line (plus the command's tail) and exits non-zero. */
export function main(body) {
  try {
    const result = body();
    if (result) process.stdout.write(`${result}\n`);
  } catch (error) {
    process.stderr.write(`[offline] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
