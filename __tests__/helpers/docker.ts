// Integration tests need a real dockerd, buildx and the local registry (scripts/ci-docker.sh
// installs and starts them). Without them the tests skip with the reason printed, unless
// MLG_REQUIRE_DOCKER=1 (set by .ci/run), which turns the skip into a failure. MLG_SKIP_DOCKER=1
// skips them on a machine that has docker: the fast suite of everything else.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/util/exec.js';
import { childEnvironment } from '../../src/util/child-env.js';

export const REGISTRY = process.env.MLG_TEST_REGISTRY ?? '127.0.0.1:5000';

let probe: Promise<string | null> | undefined;

/** null when docker, buildx and the registry all answer; otherwise why not. */
export function dockerUnavailableReason(): Promise<string | null> {
  probe ??= (async () => {
    if (process.env.MLG_SKIP_DOCKER === '1') return 'MLG_SKIP_DOCKER=1';
    const buildx = await exec('docker', ['buildx', 'version']);
    if (buildx.exitCode !== 0) return `docker buildx does not answer (${firstLine(buildx.stderr) || 'not installed'})`;
    const info = await exec('docker', ['info', '--format', '{{.ServerVersion}}']);
    if (info.exitCode !== 0) return `dockerd does not answer (${firstLine(info.stderr)})`;
    try {
      const res = await fetch(`http://${REGISTRY}/v2/`);
      if (!res.ok) return `registry at ${REGISTRY} answered ${res.status}`;
    } catch (e) {
      return `registry at ${REGISTRY} unreachable (${(e as Error).message}); run scripts/ci-docker.sh`;
    }
    return null;
  })();
  return probe;
}

/**
 * Options for node:test's describe/test: skip (with the reason) when docker is missing,
 * or throw when MLG_REQUIRE_DOCKER=1 so CI cannot pass with the integration tests skipped.
 */
export async function dockerTestOptions(): Promise<{ skip: string | false }> {
  const reason = await dockerUnavailableReason();
  if (reason && process.env.MLG_REQUIRE_DOCKER === '1') {
    throw new Error(`MLG_REQUIRE_DOCKER=1 but ${reason}`);
  }
  if (reason) console.log(`# skipping docker integration tests: ${reason}`);
  return { skip: reason ?? false };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** The second engine scripts/ci-docker.sh starts: the docker driver on the classic image store. */
export function classicDockerHost(): string {
  return process.env.MLG_CLASSIC_DOCKER_HOST ?? 'unix:///run/mlg-classic/docker.sock';
}

/** Like dockerTestOptions, for the classic-store engine (required too under MLG_REQUIRE_DOCKER=1). */
export async function classicDockerOptions(): Promise<{ skip: string | false }> {
  const main = await dockerUnavailableReason();
  const info = main
    ? null
    : await exec('docker', ['info', '--format', '{{.Driver}} {{json .DriverStatus}}'], {
        env: { ...childEnvironment(), DOCKER_HOST: classicDockerHost() },
      });
  const reason =
    main ??
    (info!.exitCode !== 0
      ? `the classic-store dockerd at ${classicDockerHost()} does not answer (${firstLine(info!.stderr)}); run scripts/ci-docker.sh`
      : info!.stdout.includes('io.containerd.snapshotter')
        ? `the engine at ${classicDockerHost()} uses the containerd store, not the classic one`
        : null);
  if (reason && process.env.MLG_REQUIRE_DOCKER === '1') throw new Error(`MLG_REQUIRE_DOCKER=1 but ${reason}`);
  if (reason) console.log(`# skipping classic-store tests: ${reason}`);
  return { skip: reason ?? false };
}

/**
 * The bytes of the regular files in an image's layers, counted by GNU tar from `docker save`,
 * independently of our walk: what the uncompressed size means once the layers are walked.
 */
export async function layerFileBytes(ref: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-layer-bytes-'));
  try {
    const save = await exec('sh', ['-c', 'docker save "$1" | tar -x -C "$2"', 'sh', ref, dir]);
    if (save.exitCode !== 0) throw new Error(`docker save ${ref}: ${save.stderr}`);
    const [{ Layers }] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { Layers: string[] }[];
    let bytes = 0;
    for (const layer of Layers) {
      const listing = await exec('tar', ['-tvf', join(dir, layer)]);
      if (listing.exitCode !== 0) throw new Error(`tar -tvf ${layer}: ${listing.stderr}`);
      for (const line of listing.stdout.split('\n')) if (line.startsWith('-')) bytes += Number(line.trim().split(/\s+/)[2]);
    }
    return bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
