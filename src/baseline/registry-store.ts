// A report stored as a one-file image (FROM scratch + report.json) under a registry tag,
// written and read with docker buildx alone: the user's `docker login` authorises it, any
// registry works, and no other service is needed. Errors are returned, never thrown.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfinementError, readRegularFile } from '../util/confined-fs.js';
import { exec, type ExecResult } from '../util/exec.js';
import { csvValue } from '../config/buildx-inputs.js';
import { MAX_REPORT_BYTES } from './report-schema.js';

const REPORT_FILE = 'report.json';
const TIMEOUT_SECONDS = 120;

export type RegistryProblem = 'missing' | 'unauthorized' | 'unreachable' | 'failed';

export type PullResult = { text: string } | { problem: RegistryProblem; detail: string };
export type PushResult = { ok: true } | { ok: false; problem: RegistryProblem; detail: string };

export interface BuildxTarget {
  ref: string;
  builder?: string | null;
}

export async function pushReport({ ref, builder }: BuildxTarget, reportJson: string): Promise<PushResult> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, REPORT_FILE), reportJson);
    await writeFile(join(dir, 'Dockerfile'), `FROM scratch\nCOPY ${REPORT_FILE} /${REPORT_FILE}\n`);
    const result = await buildx(builder, [
      // Attestations would turn the one-file image into an index for nothing.
      '--provenance=false',
      '--sbom=false',
      '--output',
      `type=image,name=${csvValue('the baseline reference', ref)},push=true`,
      dir,
    ]);
    return result.exitCode === 0 ? { ok: true } : { ok: false, ...failure(result) };
  });
}

export async function pullReport({ ref, builder }: BuildxTarget): Promise<PullResult> {
  return withTempDir(async (dir) => {
    const emptyContext = join(dir, 'context');
    const out = join(dir, 'out');
    await mkdir(emptyContext);
    const result = await buildx(
      builder,
      // --pull: a tag left in the local image store by an earlier save must not shadow the registry's.
      ['--pull', '--output', `type=local,dest=${csvValue('the temporary folder', out)}`, '-f', '-', emptyContext],
      `FROM ${ref}\n`,
    );
    if (result.exitCode !== 0) return failure(result);
    try {
      return { text: readRegularFile(join(out, REPORT_FILE), MAX_REPORT_BYTES, `${REPORT_FILE} in ${ref}`).toString('utf8') };
    } catch (error) {
      if (error instanceof ConfinementError) return { problem: 'failed', detail: error.message };
      return { problem: 'failed', detail: `${ref} holds no ${REPORT_FILE}: not a report image` };
    }
  });
}

/**
 * What went wrong, from buildx's error line. "not found" is the registry answering that the tag
 * does not exist; everything else means we could not ask it.
 */
export function classifyBuildxError(stderr: string): { problem: RegistryProblem; detail: string } {
  const detail = errorDetail(stderr);
  if (/\b(401|403)\b|unauthori[sz]ed|denied|authentication required|failed to authorize|no basic auth/i.test(detail)) {
    return { problem: 'unauthorized', detail };
  }
  if (/: not found$|manifest unknown|name unknown|\b404 Not Found/i.test(detail)) return { problem: 'missing', detail };
  const unreachable = /connection refused|no such host|dial tcp|tls:|server gave HTTP response|network is unreachable|timeout/i;
  if (unreachable.test(detail)) return { problem: 'unreachable', detail };
  return { problem: 'failed', detail };
}

function failure(result: ExecResult): { problem: RegistryProblem; detail: string } {
  if (result.spawnError) {
    return { problem: 'failed', detail: `docker could not be started (${result.spawnError.message})` };
  }
  if (result.timedOut) return { problem: 'unreachable', detail: `no answer within ${TIMEOUT_SECONDS}s` };
  return classifyBuildxError(result.stderr);
}

function errorDetail(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const errorLine = lines.filter((line) => line.startsWith('ERROR:')).pop() ?? lines.pop() ?? '';
  return (
    errorLine
      .replace(/^ERROR:\s*/, '')
      .replace(/^failed to solve:\s*/, '')
      .trim() || 'docker buildx failed'
  );
}

function buildx(builder: string | null | undefined, args: string[], input?: string): Promise<ExecResult> {
  const builderArgs = builder ? ['--builder', builder] : [];
  return exec('docker', ['buildx', 'build', ...builderArgs, '--quiet', ...args], { input, timeoutSeconds: TIMEOUT_SECONDS });
}

async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'mlg-baseline-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
