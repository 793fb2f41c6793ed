// The complete `docker buildx build` argument list, built by one pure function so that every
// flag we pass is visible in a table test. Secrets pass through to buildx but never to logs.
import semver from 'semver';
import type { BuildConfig } from '../config/types.js';
import { parseImageReference, repositoryOf } from '../util/image-ref.js';

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
  /** Output of `docker buildx version`, or null when unknown. */
  buildxVersion: string | null;
  /** Load the result into the local image store (ignored when pushing). */
  load: boolean;
}

export interface BuildxArgv {
  /** Arguments after `docker`. Contains secrets: log only redactArgv(argv). */
  argv: string[];
  tags: string[];
  cache: { from: string[]; to: string[] };
  warnings: string[];
  /** Variables buildx reads from its environment for this build, beyond the common child environment. */
  envNames: string[];
}

// BuildKit 0.12 added image-manifest (moby/buildkit#3724) and buildx 0.12 ships with it;
// older ones reject or ignore the key, so we leave it out and say so.
const IMAGE_MANIFEST_MIN_BUILDX = '0.12.0';

export function buildxArgv(input: BuildxInput): BuildxArgv {
  const { build } = input;
  const warnings: string[] = [];
  const tags = build.tags.length > 0 ? build.tags : [defaultTag(input.repository, input.sha)];

  const derived = build.cacheRef ? registryCache(input, build.cacheRef, warnings) : { from: [], to: [] };
  // Raw values are for users who want full control: they replace what cache-ref derives.
  const cacheFrom = build.noCache ? [] : build.cacheFrom.length > 0 ? build.cacheFrom : derived.from;
  const cacheTo = build.cacheTo.length > 0 ? build.cacheTo : derived.to;

  const argv = ['buildx', 'build', '--progress=rawjson'];
  if (build.builder) argv.push('--builder', build.builder);
  argv.push('--file', input.dockerfile);
  if (input.target) argv.push('--target', input.target);
  if (build.platform) argv.push('--platform', build.platform);
  if (build.noCache) argv.push('--no-cache');
  for (const arg of build.buildArgs) argv.push('--build-arg', arg);
  for (const secret of build.secrets) argv.push('--secret', secret);
  for (const tag of tags) argv.push('--tag', tag);
  for (const from of cacheFrom) argv.push('--cache-from', from);
  for (const to of cacheTo) argv.push('--cache-to', to);
  argv.push('--metadata-file', input.metadataFile, '--iidfile', input.iidFile);
  if (build.push) argv.push('--push');
  else if (input.load) argv.push('--load');
  argv.push(input.context);
  return {
    argv,
    tags,
    cache: { from: cacheFrom, to: cacheTo },
    warnings,
    envNames: environmentNames(build.secrets, [...cacheFrom, ...cacheTo]),
  };
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

const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS/i;

/**
 * The argv as it may be logged: `--secret` specs keep only their id, build args whose name
 * looks secret lose their value.
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
      if (eq > 0 && SECRET_NAME.test(arg.slice(0, eq))) return `${arg.slice(0, eq)}=***`;
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
      return eq > 0 && SECRET_NAME.test(part.slice(0, eq)) ? `${part.slice(0, eq)}=***` : part;
    })
    .join(',');
}
