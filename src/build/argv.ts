// The complete `docker buildx build` argument list, built by one pure function so that every
// flag we pass is visible in a table test. Secrets pass through to buildx but never to logs.
import semver from 'semver';
import type { BuildConfig } from '../config/types.js';
import { csvValue } from '../config/buildx-inputs.js';
import { parseImageReference, repositoryOf } from '../util/image-ref.js';
import { isSecretName, isTrivialValue } from '../lint/ml.js';

export interface BuildxInput {
  build: BuildConfig;
  dockerfile: string;
  context: string;
  target: string | null;
  /** The branch this build belongs to (PR head branch); its cache ref is read and written. */
  branch: string | null;
  /** The repository's default branch; its cache ref is read as a fallback. */
  defaultBranch: string | null;
  /** For the default tag when no tags are configured: owner/name and the commit. */
  repository: string | null;
  sha: string | null;
  metadataFile: string;
  iidFile: string;
  /** Where the build writes an OCI layout when that is what we measure (no push, no load). */
  ociDir: string;
  /** Output of `docker buildx version`, or null when unknown. */
  buildxVersion: string | null;
  /** What the builder is, detected before the build (`docker buildx inspect`, `docker info`). */
  builder: BuilderInfo;
}

export interface BuilderInfo {
  /** docker, docker-container, kubernetes, remote; null when it could not be read. */
  driver: string | null;
  /** The engine's image store, for the docker driver: containerd (snapshotter) or classic (graph driver). */
  imageStore: 'containerd' | 'classic' | null;
}

/** Where the measure stage finds what the build produced. */
export type BuildProduct =
  { kind: 'registry'; name: string } | { kind: 'oci-layout'; dir: string } | { kind: 'local' } | { kind: 'none'; reason: string };

export interface BuildxArgv {
  /** Arguments after `docker`. Contains secrets: log only redactArgv(argv). */
  argv: string[];
  tags: string[];
  cache: { from: string[]; to: string[] };
  product: BuildProduct;
  warnings: string[];
  /** Set when this buildx cannot run the build as asked: the one-line reason. */
  error?: string;
  /** Variables buildx reads from its environment for this build, beyond the common child environment. */
  envNames: string[];
}

// BuildKit 0.12 added image-manifest (moby/buildkit#3724) and buildx 0.12 ships with it;
// older ones reject or ignore the key, so we leave it out and say so.
const IMAGE_MANIFEST_MIN_BUILDX = '0.12.0';
// `--call` (build checks, outline) came with buildx 0.15.
const CALL_MIN_BUILDX = '0.15.0';

// Before 0.22, buildx pushes a docker-driver build on the containerd store twice: BuildKit's push,
// then the engine's (docker/buildx#3023). dockerd 26's push sends every manifest of the index to the
// tag at once, and a registry on filesystem storage rewrites the tag in place: a concurrent read of
// it fails (measured here: 1 two-platform push in 15 against Debian's docker-registry 2.8).
const DIRECT_PUSH_MIN_BUILDX = '0.22.0';

export const doublePushWarning = (version: string) =>
  `buildx ${version} pushes this image twice (the engine pushes again after BuildKit, docker/buildx#3023), and the second push can fail ` +
  `with a 500 "invalid checksum digest format" from a registry on filesystem storage (registry:2); update buildx to ${DIRECT_PUSH_MIN_BUILDX} or later (docker/setup-buildx-action)`;

export const CLASSIC_STORE_CACHE_WARNING =
  'registry cache not written: the docker driver on the classic image store cannot export a build cache; ' +
  'add docker/setup-buildx-action before this step (or turn on the containerd image store)';

export function buildxArgv(input: BuildxInput): BuildxArgv {
  const { build } = input;
  const { flags } = build;
  const warnings: string[] = [];
  const tags = build.tags.length > 0 ? build.tags : [defaultTag(input.repository, input.sha)];
  const version = buildxVersion(input.buildxVersion);

  const derived = build.cacheRef ? registryCache(input, build.cacheRef, warnings) : { from: [], to: [] };
  // Raw values are for users who want full control: they replace what cache-ref derives.
  const cacheFrom = build.noCache ? [] : build.cacheFrom.length > 0 ? build.cacheFrom : derived.from;
  const cacheTo = exportableCache(input.builder, build.cacheTo.length > 0 ? build.cacheTo : derived.to, warnings);

  const argv = ['buildx', 'build', '--progress=rawjson'];
  if (build.builder) argv.push('--builder', build.builder);
  argv.push('--file', input.dockerfile);
  if (input.target) argv.push('--target', input.target);
  if (build.platforms.length > 0) argv.push('--platform', build.platforms.join(','));
  if (build.noCache) argv.push('--no-cache');
  repeat(argv, '--no-cache-filter', flags.noCacheFilters);
  if (flags.pull) argv.push('--pull');
  if (flags.network) argv.push('--network', flags.network);
  repeat(argv, '--add-host', flags.addHosts);
  repeat(argv, '--allow', flags.allow);
  if (flags.shmSize) argv.push('--shm-size', flags.shmSize);
  repeat(argv, '--ulimit', flags.ulimits);
  if (flags.cgroupParent) argv.push('--cgroup-parent', flags.cgroupParent);
  repeat(argv, '--build-arg', build.buildArgs);
  repeat(argv, '--build-context', flags.buildContexts);
  repeat(argv, '--label', flags.labels);
  repeat(argv, '--annotation', flags.annotations);
  repeat(argv, '--secret', build.secrets);
  repeat(argv, '--ssh', flags.ssh);
  if (flags.provenance) argv.push('--provenance', flags.provenance);
  if (flags.sbom) argv.push('--sbom', flags.sbom);
  repeat(argv, '--attest', flags.attests);
  repeat(argv, '--tag', tags);
  repeat(argv, '--cache-from', cacheFrom);
  repeat(argv, '--cache-to', cacheTo);
  if (flags.call) argv.push('--call', flags.call);
  argv.push('--metadata-file', input.metadataFile, '--iidfile', input.iidFile);
  const outputs = outputPlan(input, tags);
  argv.push(...outputs.args);
  if (outputs.product.kind === 'registry' && version && pushesTwice(input.builder, version)) warnings.push(doublePushWarning(version));
  argv.push(input.context);

  const tooOld = flags.call && (!version || semver.lt(version, CALL_MIN_BUILDX));
  return {
    argv,
    tags,
    cache: { from: cacheFrom, to: cacheTo },
    product:
      flags.call && !/^build(,|$)/.test(flags.call)
        ? { kind: 'none', reason: `call: ${flags.call} evaluates the build without producing an image` }
        : outputs.product,
    warnings,
    ...(tooOld
      ? {
          error: `call needs buildx >= ${CALL_MIN_BUILDX} (found ${version ? `buildx ${version}` : 'an unknown buildx version'}); remove call or update buildx (docker/setup-buildx-action)`,
        }
      : {}),
    envNames: environmentNames(build.secrets, [...cacheFrom, ...cacheTo]),
  };
}

function repeat(argv: string[], flag: string, values: readonly string[]): void {
  for (const value of values) argv.push(flag, value);
}

/**
 * The docker driver on the classic image store exports no cache but inline: the build goes on
 * without --cache-to (--cache-from still works) and says what to add.
 */
function exportableCache(builder: BuilderInfo, cacheTo: string[], warnings: string[]): string[] {
  if (!isClassicDockerDriver(builder)) return cacheTo;
  const kept = cacheTo.filter((spec) => /(?:^|,)type=inline(?:,|$)/.test(spec));
  if (kept.length < cacheTo.length) warnings.push(CLASSIC_STORE_CACHE_WARNING);
  return kept;
}

function pushesTwice(builder: BuilderInfo, version: string): boolean {
  return builder.driver === 'docker' && builder.imageStore === 'containerd' && semver.lt(version, DIRECT_PUSH_MIN_BUILDX);
}

function isClassicDockerDriver(builder: BuilderInfo): boolean {
  return builder.driver === 'docker' && builder.imageStore === 'classic';
}

/**
 * What the build writes and where we read it back, so that nothing is loaded that nobody needs:
 * a push is read from the registry, a user's outputs are taken as given, and otherwise the
 * docker driver keeps its default (the image lands in the engine's store, no export) while every
 * other driver, and a multi-platform build, writes an OCI layout we read blob by blob.
 */
function outputPlan(input: BuildxInput, tags: string[]): { args: string[]; product: BuildProduct } {
  const { build } = input;
  const args: string[] = [];
  for (const output of build.flags.outputs) args.push('--output', output);
  if (build.push) args.push('--push');
  if (build.load) args.push('--load');
  const pushedTo = build.push ? tags[0] : build.flags.outputs.map((output) => registryOutput(output, tags[0])).find(Boolean);
  if (pushedTo) return { args, product: { kind: 'registry', name: pushedTo } };
  const layout = build.flags.outputs.map(ociLayoutOutput).find(Boolean);
  if (layout) return { args, product: { kind: 'oci-layout', dir: layout } };
  if (build.load || build.flags.outputs.some((output) => outputType(output) === 'docker')) return { args, product: { kind: 'local' } };
  if (build.flags.outputs.length > 0) {
    return {
      args,
      product: {
        kind: 'none',
        reason: 'the outputs write no image to read back: add push: true, load: true or an output type=oci,tar=false,dest=DIR',
      },
    };
  }
  const docker = input.builder.driver === 'docker';
  if (docker && (build.platforms.length <= 1 || isClassicDockerDriver(input.builder))) {
    return { args: ['--load'], product: { kind: 'local' } };
  }
  return {
    args: ['--output', `type=oci,dest=${csvValue('the OCI layout folder', input.ociDir)},tar=false`],
    product: { kind: 'oci-layout', dir: input.ociDir },
  };
}

function outputFields(output: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const field of output.split(',')) {
    const eq = field.indexOf('=');
    fields.set(eq < 0 ? field.trim() : field.slice(0, eq).trim(), eq < 0 ? '' : field.slice(eq + 1).trim());
  }
  return fields;
}

function outputType(output: string): string {
  return outputFields(output).get('type') ?? 'local';
}

/** The image name an output pushes (type=registry, or type=image with push=true), or null. */
function registryOutput(output: string, firstTag: string): string | null {
  const fields = outputFields(output);
  const type = fields.get('type');
  if (type !== 'registry' && !(type === 'image' && fields.get('push') === 'true')) return null;
  return fields.get('name') || firstTag;
}

function ociLayoutOutput(output: string): string | null {
  const fields = outputFields(output);
  return fields.get('type') === 'oci' && fields.get('tar') === 'false' ? (fields.get('dest') ?? null) : null;
}

// The GitHub Actions cache backend (type=gha) authenticates with the runner's cache service.
const GHA_CACHE_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2'];

/** `--secret id=hf,env=HF_TOKEN` reads HF_TOKEN from buildx's environment; a gha cache needs the runner's cache service. */
function environmentNames(secrets: readonly string[], cacheSpecs: readonly string[]): string[] {
  const names = secrets.map((spec) => /(?:^|,)env=([^,]+)/.exec(spec)?.[1]).filter((name): name is string => name !== undefined);
  if (cacheSpecs.some((spec) => /(?:^|,)type=gha(?:,|$)/.test(spec))) names.push(...GHA_CACHE_ENV);
  return [...new Set(names)];
}

function registryCache(input: BuildxInput, cacheRef: string, warnings: string[]) {
  const branchRef = cacheRefFor(cacheRef, input.branch ?? input.defaultBranch ?? 'main');
  const fallbackRef = input.defaultBranch ? cacheRefFor(cacheRef, input.defaultBranch) : branchRef;
  const from = [...new Set([branchRef, fallbackRef])].map((ref) => `type=registry,ref=${ref}`);
  const options = [`type=registry`, `ref=${branchRef}`, `mode=${input.build.cacheMode}`, 'ignore-error=true'];
  const version = buildxVersion(input.buildxVersion);
  if (version && semver.gte(version, IMAGE_MANIFEST_MIN_BUILDX)) {
    options.push('image-manifest=true', 'oci-mediatypes=true');
  } else {
    const seen = version ? `buildx ${version}` : 'an unknown buildx version';
    warnings.push(
      `cache export without image-manifest=true: it needs buildx >= ${IMAGE_MANIFEST_MIN_BUILDX} ` +
        `(found ${seen}); some registries reject the older cache format`,
    );
  }
  return { from, to: [options.join(',')] };
}

/**
 * The per-branch cache reference: `REF:cache-<branch>`, or `REF:<tag>-<branch>` when the
 * configured ref already has a tag. Branch names become valid tag characters.
 */
export function cacheRefFor(cacheRef: string, branch: string): string {
  const { tag } = parseImageReference(cacheRef);
  return `${repositoryOf(cacheRef)}:${sanitizeTag(`${tag ?? 'cache'}-${branch}`)}`;
}

/** `ml-image-guard/<owner>/<name>:<sha7>`, lower-cased and restricted to valid characters. */
export function defaultTag(repository: string | null, sha: string | null): string {
  const path = (repository ?? 'image')
    .toLowerCase()
    .split('/')
    .map((part) => part.replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || 'x')
    .join('/');
  return `ml-image-guard/${path}:${sanitizeTag(sha ? sha.slice(0, 7) : 'dev')}`;
}

/** A docker tag: [A-Za-z0-9_.-], not starting with '.' or '-', at most 128 characters. */
export function sanitizeTag(text: string): string {
  const tag = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
  return (tag || 'x').slice(0, 128);
}

/** The semver in `docker buildx version` output ("github.com/docker/buildx v0.13.1 …", Debian's "0.13.1+ds1 …"), or null. */
export function buildxVersion(text: string | null): string | null {
  return text ? (semver.coerce(text.replace(/^\S*buildx\s+/, ''))?.version ?? null) : null;
}

/**
 * The argv as it may be logged: `--secret` specs keep only their id, build args lose their value
 * (workflows pass secrets through them; see workflowSecrets) unless it is trivial.
 */
export function redactArgv(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    const flag = argv[i - 1];
    if (flag === '--secret') {
      const id = /(?:^|,)id=([^,]*)/.exec(arg)?.[1];
      return id ? `id=${id},***` : '***';
    }
    if (flag === '--build-arg') {
      const eq = arg.indexOf('=');
      if (eq > 0 && !isTrivialValue(arg.slice(eq + 1))) return `${arg.slice(0, eq)}=***`;
    }
    return arg;
  });
}

/** A cache-from/cache-to spec as it may be reported: secret-looking options lose their value. */
export function redactCacheSpec(spec: string): string {
  return spec
    .split(',')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq > 0 && isSecretName(part.slice(0, eq)) ? `${part.slice(0, eq)}=***` : part;
    })
    .join(',');
}
