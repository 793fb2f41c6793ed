// Test support for the docker integration tests: a temp build context from a fixture
// Dockerfile with busybox-static copied in, and the pieces of the stage run one by one.
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildConfig } from '../../src/config/types.js';
import { parseDockerfile, chainInstructions, finalStage } from '../../src/lint/dockerfile.js';
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
  tags: [],
  platform: null,
  push: false,
  builder: null,
  cacheRef: null,
  cacheMode: 'max',
  cacheFrom: [],
  cacheTo: [],
  noCache: false,
  analyzeLayers: 'true',
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
  return { stages: model.stages, chain: chainInstructions(finalStage(model, null)) };
}

export async function build(
  dir: string,
  dockerfile: string,
  build: Partial<BuildConfig>,
  git: { branch?: string } = {},
): Promise<BuildResult> {
  return runBuild({
    build: { ...BUILD, ...build },
    dockerfile: 'Dockerfile',
    context: '.',
    target: null,
    branch: git.branch ?? 'main',
    defaultBranch: 'main',
    repository: 'acme/fixtures',
    sha: null,
    load: true,
    stages: stagesOf(dockerfile).stages,
    cwd: dir,
    log: () => undefined,
  });
}

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
