// Runs `docker buildx build` (argv from buildxArgv, through the one exec helper), streams a
// readable log while parsing the rawjson progress, and turns the outcome into the report's
// BuildSection. Never throws: a failed build is a report with the error's last lines.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BuildSection } from '../report/types.js';
import { exec } from '../util/exec.js';
import { childEnvironment } from '../util/child-env.js';
import type { DockerfileStage } from '../image/instructions.js';
import type { ImageLocation } from '../image/source.js';
import { repositoryOf } from '../util/image-ref.js';
import { buildxArgv, redactArgv, redactCacheSpec, type BuildProduct, type BuildxInput } from './argv.js';
import { detectBuilder } from './builder.js';
import { csvValue } from '../config/buildx-inputs.js';
import { RawJsonSplitter, type RawJsonItem } from './rawjson.js';
import { BuildProgress } from './progress.js';
import { PlainProgressLog } from './log.js';

export interface RunBuildInput extends Omit<BuildxInput, 'metadataFile' | 'iidFile' | 'buildxVersion' | 'ociDir' | 'builder'> {
  /** A folder that outlives the build: an OCI layout the build writes goes here, for the measure and scan stages. */
  workDir: string;
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
  /** Where to measure what the build produced; null when it produced no image we can read. */
  image: ImageLocation | null;
  /** Why there is nothing to measure when image is null after a successful build. */
  noImageReason?: string;
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
    const builder = await detectBuilder(input.build.builder, input.cwd);
    const build = { ...input.build, secrets: [...input.build.secrets, ...(await writeSecretValues(dir, input.build.secretValues))] };
    const args = buildxArgv({
      ...input,
      build,
      metadataFile,
      iidFile,
      ociDir: join(input.workDir, 'oci'),
      buildxVersion: version.stdout.trim() || null,
      builder,
    });
    if (args.error) return unbuilt(input, 'failed', args.error);
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
      ...(input.build.platforms.length > 0 ? { platform: input.build.platforms.join(',') } : {}),
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
    const metadata = ok ? await readMetadata(metadataFile) : null;
    const imageId = ok ? await readTrimmed(iidFile) : null;
    const digest = typeof metadata?.['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : null;
    if (imageId) section.imageId = imageId;
    if (digest) section.digest = digest;
    if (metadata) section.metadata = metadata;
    return {
      section,
      imageId,
      digest,
      image: ok ? imageLocation(args.product, args.tags, imageId, digest) : null,
      ...(ok && args.product.kind === 'none' ? { noImageReason: args.product.reason } : {}),
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
    image: null,
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

// Provenance in max mode can make the metadata large; the report keeps the rest of it.
const METADATA_MAX_BYTES = 256 * 1024;

/** The --metadata-file object (build-push-action's `metadata` output), or null. */
async function readMetadata(metadataFile: string): Promise<Record<string, unknown> | null> {
  const text = await readTrimmed(metadataFile);
  if (!text) return null;
  try {
    const metadata = JSON.parse(text) as unknown;
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return null;
    const object = metadata as Record<string, unknown>;
    if (text.length > METADATA_MAX_BYTES) delete object['buildx.build.provenance'];
    return object;
  } catch {
    return null;
  }
}

/** Where the measure stage reads the image: the pushed digest, the OCI layout, or the local store. */
function imageLocation(product: BuildProduct, tags: string[], imageId: string | null, digest: string | null): ImageLocation | null {
  switch (product.kind) {
    case 'registry':
      return { kind: 'registry', ref: digest ? `${repositoryOf(product.name)}@${digest}` : product.name };
    case 'oci-layout':
      return { kind: 'oci-layout', dir: product.dir, ref: tags[0] ?? null };
    case 'local': {
      const ref = tags[0] ?? imageId;
      return ref ? { kind: 'local', ref } : null;
    }
    case 'none':
      return null;
  }
}

/** build-push-action's `secrets: KEY=value`: each value in a file only we can read, passed as id=KEY,src=FILE. */
async function writeSecretValues(dir: string, values: readonly { id: string; value: string }[]): Promise<string[]> {
  const specs: string[] = [];
  for (const [i, { id, value }] of values.entries()) {
    const file = join(dir, `secret-${i}`);
    await writeFile(file, value, { mode: 0o600 });
    specs.push(`id=${id},src=${csvValue('the secret file', file)}`);
  }
  return specs;
}

function lastLines(text: string): string[] {
  return text.trim().split('\n').slice(-ERROR_TAIL_LINES);
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
