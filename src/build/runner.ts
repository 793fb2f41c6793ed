// Runs `docker buildx build` (argv from buildxArgv, through the one exec helper), streams a
// readable log while parsing the rawjson progress, and turns the outcome into the report's
// BuildSection. Never throws: a failed build is a report with the error's last lines.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BuildSection } from '../report/types.js';
import { exec } from '../util/exec.js';
import { childEnvironment } from '../util/child-env.js';
import type { DockerfileStage } from '../image/instructions.js';
import { buildxArgv, redactArgv, redactCacheSpec, type BuildxInput } from './argv.js';
import { RawJsonSplitter, type RawJsonItem } from './rawjson.js';
import { BuildProgress } from './progress.js';
import { PlainProgressLog } from './log.js';

export interface RunBuildInput extends Omit<BuildxInput, 'metadataFile' | 'iidFile' | 'buildxVersion'> {
  /** All stages of the Dockerfile, to map build steps to lines (from the lint model). */
  stages: readonly DockerfileStage[];
  /** Directory the context and Dockerfile paths are relative to. */
  cwd?: string;
  /** Where the readable build log goes, line by line. */
  log?: (line: string) => void;
}

export interface BuildResult {
  section: BuildSection;
  /** Image id from --iidfile (the config or index digest, depending on the image store). */
  imageId: string | null;
  /** containerimage.digest from --metadata-file (the pushed digest when pushing). */
  digest: string | null;
  tags: string[];
  /** Things worth saying that are not problems, e.g. "no cache at REF yet". */
  notes: string[];
}

const ERROR_TAIL_LINES = 20;

export async function runBuild(input: RunBuildInput): Promise<BuildResult> {
  const log = input.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const version = await exec('docker', ['buildx', 'version'], { cwd: input.cwd });
  if (version.exitCode !== 0) {
    const why = version.spawnError ? 'docker is not installed' : firstLine(version.stderr) || 'docker buildx does not answer';
    return unbuilt(
      input,
      'skipped',
      `${why}: install Docker with the buildx plugin (on GitHub, docker/setup-buildx-action) or set build: false to lint only`,
    );
  }

  const dir = await mkdtemp(join(tmpdir(), 'mlg-build-'));
  try {
    const metadataFile = join(dir, 'metadata.json');
    const iidFile = join(dir, 'iid');
    const args = buildxArgv({ ...input, metadataFile, iidFile, buildxVersion: version.stdout.trim() || null });
    log(`docker ${redactArgv(args.argv).join(' ')}`);

    const splitter = new RawJsonSplitter();
    const progress = new BuildProgress(input.stages);
    const writer = new PlainProgressLog(log);
    const textTail: string[] = [];
    const handle = (item: RawJsonItem) => {
      if (item.kind === 'status') {
        progress.apply(item.status);
        writer.apply(item.status);
      } else {
        writer.text(item.line);
        textTail.push(item.line);
        if (textTail.length > ERROR_TAIL_LINES) textTail.shift();
      }
    };
    const started = performance.now();
    const result = await exec('docker', args.argv, {
      cwd: input.cwd,
      env: childEnvironment(args.envNames),
      display: redactArgv(args.argv).join(' '),
      maxBuffer: 64 * 1024, // the stream is parsed as it comes; keep only a little
      onStderrLine: (line) => splitter.feed(line).forEach(handle),
      onStdoutLine: (line) => handle({ kind: 'text', line }),
    });
    splitter.end().forEach(handle);
    const seconds = Math.round(performance.now() - started) / 1000;
    const state = progress.state();

    const section: BuildSection = {
      status: result.exitCode === 0 ? 'ok' : 'failed',
      seconds,
      steps: state.steps,
      cacheHits: state.cacheHits,
      totalSteps: state.totalSteps,
      firstMiss: state.firstMiss,
      phases: state.phases,
      warnings: [...args.warnings, ...state.warnings],
      ...(input.build.platform ? { platform: input.build.platform } : {}),
      ...(input.build.builder ? { builder: input.build.builder } : {}),
      cache: { from: args.cache.from.map(redactCacheSpec), to: args.cache.to.map(redactCacheSpec) },
    };
    if (result.exitCode !== 0) {
      const tail = textTail.length > 0 ? textTail : [...state.errors, ...lastLines(result.stderr)];
      section.errorTail = tail.slice(-ERROR_TAIL_LINES);
      const down = daemonDown(tail);
      section.reason = down ?? buildFailureReason(tail, result.exitCode);
      if (down) section.status = 'skipped';
    }
    const ok = result.exitCode === 0;
    return {
      section,
      imageId: ok ? await readTrimmed(iidFile) : null,
      digest: ok ? await readDigest(metadataFile) : null,
      tags: args.tags,
      notes: state.notes,
    };
  } catch (error) {
    return unbuilt(input, 'failed', `build could not run: ${(error as Error).message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The builder's own last ERROR line, in one line; a base image that cannot be pulled said plainly. */
export function buildFailureReason(tail: readonly string[], exitCode: number): string {
  const error = [...tail].reverse().find((line) => line.startsWith('ERROR:'));
  if (!error) return `docker buildx build exited with code ${exitCode}`;
  const pull = /failed to resolve source metadata for (\S+?): (.*)$/.exec(error);
  if (pull) return `base image ${pull[1]} cannot be pulled (${pull[2].split(': ').pop()})`;
  const message = error.replace(/^ERROR:\s*(failed to solve:\s*)?/, '');
  return message.length > 300 ? `${message.slice(0, 299)}…` : message;
}

function unbuilt(input: RunBuildInput, status: 'skipped' | 'failed', reason: string): BuildResult {
  return {
    section: { status, reason, seconds: null, steps: [], cacheHits: 0, totalSteps: 0, firstMiss: null, warnings: [] },
    imageId: null,
    digest: null,
    tags: input.build.tags,
    notes: [],
  };
}

function daemonDown(lines: string[]): string | undefined {
  const line = lines.find((l) => /Cannot connect to the Docker daemon|docker daemon is not running/i.test(l));
  return line ? `the Docker daemon is not running (${line.trim()}): start dockerd, or set build: false to lint only` : undefined;
}

async function readTrimmed(path: string): Promise<string | null> {
  try {
    return (await readFile(path, 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

async function readDigest(metadataFile: string): Promise<string | null> {
  const text = await readTrimmed(metadataFile);
  if (!text) return null;
  try {
    const digest = (JSON.parse(text) as Record<string, unknown>)['containerimage.digest'];
    return typeof digest === 'string' ? digest : null;
  } catch {
    return null;
  }
}

function lastLines(text: string): string[] {
  return text.trim().split('\n').slice(-ERROR_TAIL_LINES);
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
