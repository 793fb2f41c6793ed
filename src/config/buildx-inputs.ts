// docker/build-push-action's inputs, read with the same names and formats so that a team can
// paste its `with:` block, and validated here once. buildx parses several options as CSV
// (`--secret id=…,src=…`, `--cache-to type=registry,ref=…`, `--provenance mode=max`): every
// value we put into such an option is checked so that a comma or quote in it cannot add options.
import type { BuildConfig, BuildxFlags, ExistingImage } from './types.js';
import type { InputName } from './inputs.js';
import { ConfigError } from './units.js';

/** How config.ts reads an input (given > config file > default), as these functions need it. */
export interface InputReader {
  str(name: InputName): string;
  list(name: InputName): string[];
  bool(name: InputName): boolean;
}

const PLATFORM = /^[a-z0-9_-]+\/[a-z0-9_-]+(?:\/[a-z0-9._-]+)?$/;
const PLATFORM_EXAMPLE = 'e.g. linux/amd64 or linux/arm64/v8';

export function readPlatforms(read: InputReader): string[] {
  const legacy = read.str('platform');
  if (legacy.includes(',')) {
    throw new ConfigError(`platform: "${legacy}" names several platforms; use platforms: for a multi-platform build (${PLATFORM_EXAMPLE})`);
  }
  const given = read.list('platforms');
  const platforms = given.length > 0 ? given : legacy ? [legacy] : [];
  const name = given.length > 0 ? 'platforms' : 'platform';
  for (const platform of platforms) {
    if (!PLATFORM.test(platform)) throw new ConfigError(`${name}: "${platform}" is not os/arch[/variant], ${PLATFORM_EXAMPLE}`);
  }
  return [...new Set(platforms)];
}

/** A buildx --secret spec as we take it unchanged: it starts with one of its own keys. */
const SECRET_SPEC = /^(id|src|source|env|type|required|target|mode|uid|gid)=/i;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `secrets` in both formats (raw buildx specs, or build-push-action's KEY=value whose value is
 * the secret), `secret-files` (KEY=path) and `secret-envs` (KEY=ENV_NAME). Error messages never
 * show a secret's value.
 */
export function readSecrets(read: InputReader): Pick<BuildConfig, 'secrets' | 'secretValues'> {
  const secrets: string[] = [];
  const secretValues: BuildConfig['secretValues'] = [];
  for (const entry of read.list('secrets')) {
    if (SECRET_SPEC.test(entry)) {
      secrets.push(csvFields('secrets', entry, { showValue: false }));
      continue;
    }
    const [id, value] = keyValue(entry);
    if (!SECRET_ID.test(id) || value === '') {
      throw new ConfigError(
        'secrets: an entry is neither a buildx --secret spec (id=NAME,src=FILE or id=NAME,env=VAR) nor KEY=value ' +
          '(build-push-action\'s form, e.g. "HF_TOKEN=${{ secrets.HF_TOKEN }}"); its value is not shown',
      );
    }
    secretValues.push({ id, value });
  }
  for (const entry of read.list('secret-files')) {
    const [id, path] = keyValue(entry);
    if (!SECRET_ID.test(id) || path === '') throw new ConfigError(`secret-files: "${entry}" is not KEY=path, e.g. aws=./aws-credentials`);
    secrets.push(`id=${id},src=${csvValue('secret-files', path)}`);
  }
  for (const entry of read.list('secret-envs')) {
    const [id, env] = keyValue(entry);
    if (!SECRET_ID.test(id) || !ENV_NAME.test(env)) {
      throw new ConfigError(`secret-envs: "${entry}" is not KEY=ENV_NAME, e.g. hf=HF_TOKEN`);
    }
    secrets.push(`id=${id},env=${env}`);
  }
  return { secrets, secretValues };
}

export function readBuildxFlags(read: InputReader): BuildxFlags {
  const optional = (name: InputName) => read.str(name) || null;
  return {
    pull: read.bool('pull'),
    labels: read.list('labels'),
    annotations: read.list('annotations'),
    buildContexts: read.list('build-contexts').map((entry) => {
      if (!/^[^=\s]+=\S/.test(entry))
        throw new ConfigError(`build-contexts: "${entry}" is not name=source, e.g. base=docker-image://python:3.11`);
      return entry;
    }),
    network: matching('network', optional('network'), /^[A-Za-z0-9_.-]+$/, 'default, none, host or a network name'),
    allow: read.list('allow').map((value) => matching('allow', value, /^[a-z][a-z.-]*(=\S+)?$/, 'e.g. network.host,security.insecure')),
    ssh: read.list('ssh').map((value) => matching('ssh', value, /^[A-Za-z0-9_.-]+(=\S+)?$/, 'e.g. default or default=/path/to/key')),
    provenance: attestation('provenance', read.str('provenance')),
    sbom: attestation('sbom', read.str('sbom')),
    attests: read.list('attests').map((value) => matching('attests', value, /^type=\S+$/, 'e.g. type=sbom,generator=image')),
    outputs: read.list('outputs'),
    shmSize: matching('shm-size', optional('shm-size'), /^\d+(\.\d+)?[bkmg]?$/i, 'e.g. 2g or 512m'),
    ulimits: read.list('ulimit').map((value) => matching('ulimit', value, /^[a-z]+=-?\d+(:-?\d+)?$/, 'e.g. nofile=1024:1024')),
    addHosts: read.list('add-hosts').map((value) => matching('add-hosts', value, /^[^\s:=]+[:=]\S+$/, 'e.g. docker:10.180.0.1')),
    cgroupParent: matching('cgroup-parent', optional('cgroup-parent'), /^[A-Za-z0-9_./:-]+$/, 'e.g. /actions_job'),
    call: matching('call', optional('call'), /^[a-z]+(,[a-z-]+=[A-Za-z0-9._-]+)*$/, 'e.g. check or outline'),
    noCacheFilters: read.list('no-cache-filters').map((value) => matching('no-cache-filters', value, /^[A-Za-z0-9_.-]+$/, 'stage names')),
  };
}

/** The `image` input with its optional `build-metadata`, or null when no image is named. */
export function readExistingImage(read: InputReader): ExistingImage | null {
  const ref = read.str('image');
  const buildMetadata = read.str('build-metadata') || null;
  if (!ref) {
    if (buildMetadata)
      throw new ConfigError(
        'build-metadata: it describes the image named by image:; set image: too (e.g. image: ghcr.io/acme/app@${{ steps.build.outputs.digest }})',
      );
    return null;
  }
  return { ref: imageReference('image', ref), buildMetadata };
}

/** A registry reference (repository, tag or digest): nothing in it can end a CSV field or a FROM line. */
export function imageReference<T extends string | null>(name: string, ref: T): T {
  if (ref !== null && (!/^[a-z0-9][a-z0-9._/:@-]*$/i.test(ref) || ref.includes('//'))) {
    throw new ConfigError(
      `${name}: ${JSON.stringify(ref.slice(0, 80))} is not an image reference, e.g. ghcr.io/acme/app:pr-7 or ghcr.io/acme/app@sha256:…`,
    );
  }
  return ref;
}

/**
 * A raw --cache-from / --cache-to value: a bare image reference, or key=value fields, each key once.
 * A value interpolated into it (`ref=…:${{ github.head_ref }}`) cannot add or repeat an option.
 */
export function cacheSpec(name: 'cache-from' | 'cache-to', spec: string): string {
  if (!spec.includes('=')) return imageReference(name, spec);
  return csvFields(name, spec, { showValue: true });
}

/**
 * A buildx CSV option as given: key=value fields, no quote (buildx's CSV reader would let a quoted
 * field hold commas), no key twice (a second ref= or src= overrides the first).
 */
function csvFields(name: string, spec: string, { showValue }: { showValue: boolean }): string {
  const shown = showValue ? ` "${spec.slice(0, 120)}"` : ' an entry';
  const what = showValue ? '' : ' (its value is not shown)';
  if (/["\r\n]/.test(spec)) throw new ConfigError(`${name}:${shown} contains a quote or line break; give plain key=value fields${what}`);
  const keys = new Set<string>();
  for (const field of spec.split(',')) {
    const key = /^([A-Za-z][A-Za-z0-9_.-]*)=/.exec(field)?.[1];
    if (!key) throw new ConfigError(`${name}:${shown} has a field that is not key=value, e.g. type=registry,ref=ghcr.io/acme/cache${what}`);
    if (keys.has(key.toLowerCase())) throw new ConfigError(`${name}:${shown} names ${key} twice; give each option once${what}`);
    keys.add(key.toLowerCase());
  }
  return spec;
}

/** A value placed inside a buildx CSV option: no comma, quote or line break can split it. */
export function csvValue(name: string, value: string): string {
  if (/[,"\r\n]/.test(value)) {
    throw new ConfigError(`${name}: "${value}" contains a comma, quote or line break, which buildx would read as another option`);
  }
  return value;
}

/**
 * provenance / sbom as build-push-action takes them: true, false, or the attestation's own
 * attributes (mode=max, generator=…), which buildx reads as CSV: its type stays ours.
 */
function attestation(name: 'provenance' | 'sbom', value: string): string | null {
  if (value === '') return null;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase();
  for (const field of value.split(',')) {
    if (!/^[a-z-]+=[^"=\s]+$/.test(field) || field.startsWith('type=')) {
      throw new ConfigError(`${name}: "${value}" is not true, false or attributes like mode=max (key=value, comma-separated, no type=)`);
    }
  }
  return value;
}

function matching<T extends string | null>(name: string, value: T, pattern: RegExp, example: string): T {
  if (value !== null && !pattern.test(value)) throw new ConfigError(`${name}: "${value}" is not valid here; ${example}`);
  return value;
}

function keyValue(entry: string): [string, string] {
  const eq = entry.indexOf('=');
  return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
