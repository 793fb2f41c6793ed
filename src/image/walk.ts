// Streams `docker save <image>` into the archive indexer, never writing the tarball to disk.
import { PassThrough } from 'node:stream';
import { execStream, type ExecResult } from '../util/exec.js';
import { indexImageArchive, type ArchiveIndex } from './archive.js';

export interface WalkOptions {
  /** Stop (status partial) once this much time has passed, in ms. */
  timeBudgetMs?: number;
}

const READ_AHEAD_BYTES = 16 * 1024 * 1024;

export type WalkResult = { ok: true; archive: ArchiveIndex } | { ok: false; reason: string };

export async function walkImage(ref: string, options: WalkOptions = {}): Promise<WalkResult> {
  const child = execStream('docker', ['save', ref]);
  const deadline = options.timeBudgetMs === undefined ? Infinity : Date.now() + options.timeBudgetMs;
  const budgetSeconds = Math.round((options.timeBudgetMs ?? 0) / 1000);
  try {
    // A few MB of slack let docker save run ahead while a chunk is being gunzipped: without it
    // the 64 KiB pipe fills at every pause and the export, the real floor, stalls.
    const buffered = child.stdout.pipe(new PassThrough({ highWaterMark: READ_AHEAD_BYTES }));
    const archive = await indexImageArchive(buffered, {
      stopReason: () => (Date.now() > deadline ? `the layer walk stopped at its time budget of ${budgetSeconds}s` : null),
    });
    if (!archive.complete) child.kill();
    const exit = await child.done;
    if (archive.complete && exit.exitCode !== 0) return { ok: false, reason: saveFailure(ref, exit) };
    return { ok: true, archive };
  } catch (error) {
    child.kill();
    const exit = await child.done;
    return {
      ok: false,
      reason: exit.exitCode !== 0 ? saveFailure(ref, exit) : `reading docker save output failed: ${(error as Error).message}`,
    };
  }
}

function saveFailure(ref: string, exit: ExecResult): string {
  if (exit.spawnError) return `docker save could not run (${exit.spawnError.message})`;
  return `docker save ${ref} exited with code ${exit.exitCode}: ${exit.stderr.trim().split('\n')[0] ?? ''}`;
}
