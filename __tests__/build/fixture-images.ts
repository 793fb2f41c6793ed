// Test support for the docker integration tests: a temp build context from a fixture
// Dockerfile with busybox-static copied in, and the pieces of the stage run one by one.
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildConfig } from '../../src/config/types.js';
import type { BuildSection } from '../../src/report/types.js';
import { parseDockerfile, finalStage } from '../../src/lint/dockerfile.js';
import { runBuild, type BuildResult } from '../../src/build/runner.js';
import { inspectImage, type ImageInspection } from '../../src/image/inspect.js';
import { walkImage } from '../../src/image/walk.js';
import { analyzeArchive, type ArchiveAnalysis } from '../../src/image/analyze.js';
import { exec } from '../../src/util/exec.js';

const IMAGES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'images');
export const BUSYBOX = '/bin/busybox';

export const BUILD: BuildConfig = {
  enabled: true,
  buildArgs: [],
  secrets: [],
  secretValues: [],
  tags: [],
  platforms: [],
  push: false,
  load: false,
  builder: null,
  cacheRef: null,
  cacheMode: 'max',
  cacheFrom: [],
  cacheTo: [],
  noCache: false,
  analyzeLayers: 'true',
  flags: {
    pull: false,
    labels: [],
    annotations: [],
    buildContexts: [],
    network: null,
    allow: [],
    ssh: [],
    provenance: null,
    sbom: null,
    attests: [],
    outputs: [],
    shmSize: null,
    ulimits: [],
    addHosts: [],
    cgroupParent: null,
    call: null,
    noCacheFilters: [],
  },
};

/**
 * A temp context: the fixture's Dockerfile, busybox, and the given extra files. With
 * `ownCache`, busybox gets a unique trailer (the same program: bytes after an ELF's sections
 * are never loaded), so no build step is shared with tests building the same fixture at once.
 */
export function fixtureContext(
  name: string,
  files: Record<string, string> = {},
  options: { ownCache?: boolean } = {},
): { dir: string; dockerfile: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `mlg-${name}-`));
  copyFileSync(join(IMAGES, name, 'Dockerfile'), join(dir, 'Dockerfile'));
  copyFileSync(BUSYBOX, join(dir, 'busybox'));
  if (options.ownCache) appendFileSync(join(dir, 'busybox'), `\nml-image-guard test ${unique()}\n`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, dockerfile: readFileSync(join(dir, 'Dockerfile'), 'utf8'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function stagesOf(dockerfile: string) {
  const model = parseDockerfile(dockerfile);
  return { stages: model.stages, chain: finalStage(model, null).chainInstructions };
}

const untagged: string[] = [];

/**
 * A build of the fixture in `dir`. Without tags it gets one of its own, never the runner's default
 * (ml-image-guard/acme/fixtures:dev): a build that moves a shared tag leaves the image it displaces
 * to the engine's garbage collector, which then deleted the layers (shared with the new image,
 * same context) that the new image was being unpacked onto: "failed to prepare extraction snapshot
 * …: parent snapshot … does not exist", now and then under load. removeFixtureImages drops them.
 */
export async function build(
  dir: string,
  dockerfile: string,
  build: Partial<BuildConfig>,
  git: { branch?: string } = {},
): Promise<BuildResult> {
  const tags = build.tags ?? [`mlg-test/fixture:${unique()}`];
  if (!build.tags) untagged.push(tags[0]);
  return runBuild({
    build: { ...BUILD, ...build, tags },
    dockerfile: 'Dockerfile',
    context: '.',
    target: null,
    branch: git.branch ?? 'main',
    defaultBranch: 'main',
    repository: 'acme/fixtures',
    sha: null,
    workDir: dir,
    stages: stagesOf(dockerfile).stages,
    cwd: dir,
    log: () => undefined,
  });
}

/** Removes the images of builds that were given no tags (the engine is shared; nothing else is touched). */
export async function removeFixtureImages(): Promise<void> {
  const tags = untagged.splice(0);
  if (tags.length > 0) await exec('docker', ['image', 'rm', '--force', ...tags]);
}

/** A build's one-line reason and its error's last lines: the message of an assertion on its status. */
export const buildError = (section: BuildSection | null | undefined): string =>
  [section?.reason ?? 'no build section', ...(section?.errorTail ?? [])].join('\n');

export async function measure(ref: string, dockerfile: string): Promise<{ inspection: ImageInspection; result: ArchiveAnalysis }> {
  const { chain } = stagesOf(dockerfile);
  const inspection = await inspectImage({ ref, chain });
  const walk = await walkImage(ref);
  if (!walk.ok) throw new Error(walk.reason);
  return { inspection, result: analyzeArchive(inspection.section, walk.archive, inspection.history, chain, 0) };
}

export async function docker(...args: string[]): Promise<string> {
  const result = await exec('docker', args);
  if (result.exitCode !== 0) throw new Error(`docker ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

interface CacheRecord {
  id: string;
  parent: string | null;
  description: string;
}

/** The engine's build cache records, from `docker buildx du --verbose`. */
async function cacheRecords(): Promise<CacheRecord[]> {
  const du = await exec('docker', ['buildx', 'du', '--verbose']);
  if (du.exitCode !== 0) throw new Error(`docker buildx du failed: ${du.stderr.trim()}`);
  return du.stdout
    .split(/\n\s*\n/)
    .map((block) => {
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(block)?.[1].trim() ?? '';
      return { id: field('ID'), parent: field('Parent') || null, description: field('Description') };
    })
    .filter((record) => record.id !== '');
}

/**
 * Removes the build cache of one test's builds and nothing else (the engine is shared): the
 * records whose description carries `marker` (put it into the test's RUN commands), with the
 * records they were built on and the records built on them.
 */
export async function pruneMarkedCache(marker: string): Promise<number> {
  const records = await cacheRecords();
  const byId = new Map(records.map((r) => [r.id, r]));
  const chosen = new Set(records.filter((r) => r.description.includes(marker)).map((r) => r.id));
  for (const id of [...chosen]) {
    for (let parent = byId.get(id)?.parent; parent && !chosen.has(parent); parent = byId.get(parent)?.parent) chosen.add(parent);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const record of records) {
      if (record.parent && chosen.has(record.parent) && !chosen.has(record.id)) grew = chosen.add(record.id).size > 0;
    }
  }
  // A record with children is removed only after them: prune the newest builds first, in rounds.
  let left = records.filter((r) => chosen.has(r.id));
  for (let round = 0; round < 10 && left.length > 0; round++) {
    for (const { id } of [...left].reverse()) await exec('docker', ['buildx', 'prune', '-af', '--filter', `id=${id}`]);
    left = (await cacheRecords()).filter((r) => chosen.has(r.id));
  }
  if (left.length > 0) throw new Error(`build cache records not pruned: ${left.map((r) => r.description).join('; ')}`);
  return chosen.size;
}
