// The build of an image another step built (docker/build-push-action), from its `metadata`
// output: `buildx.build.ref` (builder/node/id) names the build record that
// `docker buildx history inspect --format json` (buildx >= 0.21) reads: duration, steps, cache hits.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import semver from 'semver';
import type { BuildSection } from '../report/types.js';
import { exec } from '../util/exec.js';
import { buildxVersion } from './argv.js';
import { ConfinementError, readFileInside } from '../util/confined-fs.js';

export const HISTORY_JSON_MIN_BUILDX = '0.21.0';
const METADATA_MAX_BYTES = 4 * 1024 * 1024;

export interface BuildMetadata {
  /** The whole object, as build-push-action's `metadata` output holds it. */
  object: Record<string, unknown>;
  record: { builder: string; node: string; id: string } | null;
  digest: string | null;
  imageName: string | null;
}

/** build-push-action's `metadata` output (JSON text), or the path of a buildx --metadata-file. */
export function readBuildMetadata(given: string, cwd: string): BuildMetadata {
  let text = given.trim();
  if (!text.startsWith('{')) {
    // A --metadata-file in the workspace or RUNNER_TEMP, read only up to the cap.
    const roots = [cwd, process.env.RUNNER_TEMP || tmpdir()];
    try {
      text = readFileInside(resolve(cwd, given), roots, METADATA_MAX_BYTES).toString('utf8');
    } catch (error) {
      const why = error instanceof ConfinementError ? error.message : ((error as NodeJS.ErrnoException).code ?? 'unreadable');
      throw new Error(`build-metadata: ${given} is neither JSON nor a readable file (${why})`);
    }
  }
  if (text.length > METADATA_MAX_BYTES) throw new Error(`build-metadata: larger than ${METADATA_MAX_BYTES} bytes`);
  return parseBuildMetadata(text);
}

export function parseBuildMetadata(text: string): BuildMetadata {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('build-metadata: not JSON; pass ${{ steps.<id>.outputs.metadata }} of docker/build-push-action');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('build-metadata: not a JSON object');
  const object = parsed as Record<string, unknown>;
  const ref = typeof object['buildx.build.ref'] === 'string' ? object['buildx.build.ref'].split('/') : [];
  const valid = ref.length === 3 && ref.every((part) => /^[A-Za-z0-9_.-]+$/.test(part));
  const stringField = (key: string) => (typeof object[key] === 'string' ? object[key] : null);
  return {
    object,
    record: valid ? { builder: ref[0], node: ref[1], id: ref[2] } : null,
    digest: stringField('containerimage.digest'),
    imageName: stringField('image.name'),
  };
}

/** The build section for a build another step ran: from its build record when this buildx can read one. */
export async function buildSectionFromMetadata(metadata: BuildMetadata, cwd: string): Promise<BuildSection> {
  const base = { metadata: metadata.object, ...(metadata.digest ? { digest: metadata.digest } : {}) };
  if (!metadata.record) return { ...recordless('build-metadata has no buildx.build.ref (buildx >= 0.13 writes one)'), ...base };
  const version = buildxVersion((await exec('docker', ['buildx', 'version'], { cwd })).stdout.trim() || null);
  if (!version || semver.lt(version, HISTORY_JSON_MIN_BUILDX)) {
    const found = version ? `buildx ${version}` : 'no buildx';
    return {
      ...recordless(
        `the build time is read with docker buildx history inspect --format json, which needs buildx >= ${HISTORY_JSON_MIN_BUILDX} (found ${found}); update buildx (docker/setup-buildx-action)`,
      ),
      ...base,
    };
  }
  const { builder, id } = metadata.record;
  const inspected = await exec('docker', ['buildx', 'history', 'inspect', '--builder', builder, '--format', 'json', id], {
    cwd,
    timeoutSeconds: 60,
  });
  if (inspected.exitCode !== 0) {
    return { ...recordless(`docker buildx history inspect ${id} failed: ${inspected.stderr.trim().split('\n')[0] ?? ''}`), ...base };
  }
  return { ...buildSectionFromRecord(inspected.stdout, builder), ...base };
}

/** `docker buildx history inspect --format json` output → the report's build section. */
export function buildSectionFromRecord(json: string, builder: string): BuildSection {
  let record: {
    Status?: unknown;
    Duration?: unknown;
    NumCachedSteps?: unknown;
    NumTotalSteps?: unknown;
    Platform?: unknown;
    Error?: { Message?: unknown };
  };
  try {
    record = JSON.parse(json) as typeof record;
  } catch {
    return recordless('docker buildx history inspect gave no JSON');
  }
  const count = (value: unknown) => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : 0);
  const status = record.Status === 'completed' ? 'ok' : 'failed';
  const platforms = Array.isArray(record.Platform) ? record.Platform.filter((p): p is string => typeof p === 'string') : [];
  return {
    status,
    ...(status === 'failed'
      ? {
          reason: `the build record says ${String(record.Status)}${typeof record.Error?.Message === 'string' ? `: ${record.Error.Message}` : ''}`,
        }
      : {}),
    // Duration is a Go time.Duration: nanoseconds.
    seconds: typeof record.Duration === 'number' && record.Duration >= 0 ? Math.round(record.Duration / 1e6) / 1000 : null,
    steps: [],
    cacheHits: count(record.NumCachedSteps),
    totalSteps: count(record.NumTotalSteps),
    firstMiss: null,
    warnings: [],
    ...(platforms.length > 0 ? { platform: platforms.join(',') } : {}),
    builder,
  };
}

function recordless(reason: string): BuildSection {
  return { status: 'skipped', reason, seconds: null, steps: [], cacheHits: 0, totalSteps: 0, firstMiss: null, warnings: [] };
}
