// The offline torch images (scripts/offline: a debootstrap Python base and a wheelhouse from the
// machine's local package indexes) built from __tests__/fixtures/images/torch-wheelhouse, for the
// package integration test and the image bench. Both scripts cache what they make.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/util/exec.js';

export const TORCH_DOCKERFILE = readFileSync('__tests__/fixtures/images/torch-wheelhouse/Dockerfile', 'utf8');

const offline = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [`scripts/offline/${script}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

/** Builds the torch image of a wheelhouse profile (`torch-cpu`, `torch-cuda`) as `tag`; returns the seconds it took. */
export async function buildTorchImage(profile: 'torch-cpu' | 'torch-cuda', tag: string): Promise<number> {
  const base = offline('base-image.mjs');
  const wheels = offline('wheelhouse.mjs', profile);
  const context = mkdtempSync(join(tmpdir(), 'mlg-torch-'));
  try {
    writeFileSync(join(context, 'Dockerfile'), TORCH_DOCKERFILE);
    const started = Date.now();
    const args = ['buildx', 'build', '--build-arg', `BASE=${base}`, '--build-context', `wheels=${wheels}`, '--tag', tag, context];
    const built = await exec('docker', args);
    if (built.exitCode !== 0)
      throw new Error(`docker buildx build of ${profile} failed: ${built.stderr.trim().split('\n').slice(-10).join('\n')}`);
    return (Date.now() - started) / 1000;
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}
