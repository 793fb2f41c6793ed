// Streams `docker save <image>` into the archive indexer. The one place that needs a binary
// stdout with backpressure, which the line-oriented exec helper does not offer: so the child
// is spawned here, with an argument array and no shell, like everything else.
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { indexImageArchive, type ArchiveIndex } from './archive.js';

export interface WalkOptions {
  /** Stop (status partial) once this much time has passed, in ms. */
  timeBudgetMs?: number;
}

const READ_AHEAD_BYTES = 16 * 1024 * 1024;

export type WalkResult = { ok: true; archive: ArchiveIndex } | { ok: false; reason: string };

export async function walkImage(ref: string, options: WalkOptions = {}): Promise<WalkResult> {
  const child = spawn('docker', ['save', ref], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code) => resolve({ code }));
  });
  const deadline = options.timeBudgetMs === undefined ? Infinity : Date.now() + options.timeBudgetMs;
  const budgetSeconds = Math.round((options.timeBudgetMs ?? 0) / 1000);
  try {
    // A few MB of slack let docker save run ahead while a chunk is being gunzipped: without it
    // the 64 KiB pipe fills at every pause and the export, the real floor, stalls.
    const buffered = child.stdout.pipe(new PassThrough({ highWaterMark: READ_AHEAD_BYTES }));
    const archive = await indexImageArchive(buffered, {
      stopReason: () => (Date.now() > deadline ? `the layer walk stopped at its time budget of ${budgetSeconds}s` : null),
    });
    if (!archive.complete) child.kill('SIGTERM');
    const exit = await exited;
    if (archive.complete && exit.code !== 0) return { ok: false, reason: saveFailure(ref, exit, stderr) };
    return { ok: true, archive };
  } catch (error) {
    child.kill('SIGTERM');
    const exit = await exited;
    return { ok: false, reason: exit.code !== 0 ? saveFailure(ref, exit, stderr) : `reading docker save output failed: ${(error as Error).message}` };
  }
}

function saveFailure(ref: string, exit: { code: number | null; error?: Error }, stderr: string): string {
  if (exit.error) return `docker save could not run (${exit.error.message})`;
  return `docker save ${ref} exited with code ${exit.code}: ${stderr.trim().split('\n')[0] ?? ''}`;
}
