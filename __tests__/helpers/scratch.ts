// What a test file leaves outside itself, removed when its process exits, its tests passed or
// failed: the temp folders it made and the images it put into the engine (tags it built, pulled, or
// that the action saved under a repository of the file's own). Only what was recorded here goes:
// the engine is shared with the test files running beside this one, and with other checkouts.
// Not an `after` hook: on Node 20 a file-level `after` runs as soon as the tests registered so far
// have finished, so in a file with a top-level `await` between its tests (image/registry,
// integration/platform) it ran before the later tests had made anything. The exit handler runs
// once, last; it must be synchronous, hence spawnSync rather than src/util/exec.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];
const tags = new Set<string>();
const repositories = new Set<string>();

/** A fresh folder under the system temp folder (`prefix` then six random characters), removed after the file. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A folder made elsewhere (fixtureContext's build context), removed after the file. */
export function removeDirAfter(dir: string): void {
  dirs.push(dir);
}

/** Image tags this file puts into the local store (built, loaded, pulled), untagged after the file. */
export function removeImagesAfter(...refs: string[]): void {
  for (const ref of refs) tags.add(ref);
}

/**
 * Every tag of a repository this file alone uses (a unique name, e.g. with a random run id), for
 * images the product puts there under names the test does not spell out: the baseline report
 * image that buildx's docker driver keeps in the local store beside the push.
 */
export function removeRepositoryAfter(repository: string): void {
  repositories.add(repository);
}

const docker = (args: string[]) => spawnSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });

/** The tags in the local store of the recorded repositories. */
function repositoryTags(): string[] {
  if (repositories.size === 0) return [];
  const filters = [...repositories].flatMap((repository) => ['--filter', `reference=${repository}:*`]);
  const listed = docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', ...filters]);
  return listed.status === 0 ? listed.stdout.split('\n').filter((line) => line !== '' && !line.endsWith(':<none>')) : [];
}

/** Removes what was recorded. Never throws: a leak is no test failure. */
function removeScratch(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  const refs = [...new Set([...tags, ...repositoryTags()])];
  // By tag, never by image id: an image that another tag also names stays, only this name goes.
  if (refs.length > 0) docker(['image', 'rm', '--force', ...refs]);
}

process.on('exit', removeScratch);
