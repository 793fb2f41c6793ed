// The registry cache for real: a rebuild after this test's local build cache is pruned gets its
// cache hits from the registry; a cache registry that goes down leaves the build working with a
// warning; a failing RUN is a failed section with the error's last lines, not an exception.
// The engine is shared (other tests, other checkouts): only this test's own cache is pruned.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerTestOptions, REGISTRY } from '../helpers/docker.js';
import { build, buildError, docker, fixtureContext, pruneMarkedCache, removeFixtureImages, unique } from '../build/fixture-images.js';
import { removeImagesAfter } from '../helpers/scratch.js';

const options = await dockerTestOptions();
const run = unique();
const cleanups: (() => void)[] = [];
after(async () => {
  cleanups.forEach((c) => c());
  await removeFixtureImages();
});

function context(files: Record<string, string>) {
  const ctx = fixtureContext('multistage', files, { ownCache: true });
  cleanups.push(ctx.cleanup);
  return ctx;
}

/** The multistage fixture with `marker` in every RUN command (same lines), so its cache records can be found again. */
function markRuns(dir: string, marker: string): string {
  const path = join(dir, 'Dockerfile');
  const marked = readFileSync(path, 'utf8')
    .replace('> /out/server"]', `> /out/server; : ${marker}"]`)
    .replace('--install -s /usr/bin\n', `--install -s /usr/bin && : ${marker}\n`)
    .replace('/usr/lib/libtorch_static.a\n', `/usr/lib/libtorch_static.a && : ${marker}\n`);
  writeFileSync(path, marked);
  assert.equal(marked.split(marker).length, 4, 'every RUN of the fixture is marked');
  return marked;
}

/** A loopback port nothing listens on now (the kernel picks it), so parallel runs never collide. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A second, throw-away registry on its own loopback port, stoppable mid-test. */
async function startRegistry(): Promise<{ address: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-registry-'));
  const address = `127.0.0.1:${await freePort()}`;
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: ${address}\n`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  // Until it answers (a loaded machine can take seconds), and never go on without it.
  let up = false;
  for (let i = 0; i < 300 && !up && child.exitCode === null; i++) {
    up = await fetch(`http://${address}/v2/`).then(
      (res) => res.ok,
      () => false,
    );
    if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(up, `the throw-away registry on ${address} did not start (exit code ${child.exitCode})`);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  cleanups.push(() => void stop());
  return { address, stop };
}

describe('registry cache', options, () => {
  test('with its local cache pruned, a code-only change rebuilds from the registry cache: hits, and the first miss is COPY app.py', async () => {
    const cacheRef = `${REGISTRY}/mlg-it/cache-${run}`;
    const ctx = context({ 'app.py': 'print("v1")\n' });
    const marker = `mlg-cache-test-${run}`;
    const dockerfile = markRuns(ctx.dir, marker);
    const tag = `mlg-it/cache-test:${run}`;
    removeImagesAfter(tag); // removed below too, for the prune; this covers a failure before it
    const cold = await build(ctx.dir, dockerfile, { cacheRef, tags: [tag] }, { branch: 'main' });
    assert.equal(cold.section.status, 'ok', buildError(cold.section));
    assert.equal(cold.section.cacheHits, 0);
    assert.deepEqual(cold.section.warnings, []);

    writeFileSync(join(ctx.dir, 'app.py'), 'print("v2")\n');
    await docker('image', 'rm', tag); // the loaded image holds its build records
    assert.ok((await pruneMarkedCache(marker)) >= 3, "the cold build's own cache records were found and pruned");
    const warm = await build(ctx.dir, dockerfile, { cacheRef }, { branch: 'feature/faster-model' });
    assert.equal(warm.section.status, 'ok', buildError(warm.section));
    assert.equal(warm.section.totalSteps, 7);
    assert.equal(warm.section.cacheHits, 6);
    assert.deepEqual(warm.section.firstMiss, { name: '[stage-2 4/4] COPY app.py /app/', line: 18 });
    assert.deepEqual(warm.section.cache, {
      from: [`type=registry,ref=${cacheRef}:cache-feature-faster-model`, `type=registry,ref=${cacheRef}:cache-main`],
      to: [`type=registry,ref=${cacheRef}:cache-feature-faster-model,mode=max,ignore-error=true,image-manifest=true,oci-mediatypes=true`],
    });
    assert.ok(warm.notes.some((n) => n.includes('cache-feature-faster-model yet')));
  });

  test('a cache registry that goes down mid-test: the build still succeeds, with a warning in the report', async () => {
    const registry = await startRegistry();
    const cacheRef = `${registry.address}/mlg/cache`;
    const ctx = context({ 'app.py': `print("${run}")\n` });
    const first = await build(ctx.dir, ctx.dockerfile, { cacheRef });
    assert.equal(first.section.status, 'ok', buildError(first.section));
    assert.deepEqual(first.section.warnings, [], 'the cache was written while the registry was up');

    await registry.stop();
    writeFileSync(join(ctx.dir, 'app.py'), `print("${run} again")\n`);
    const second = await build(ctx.dir, ctx.dockerfile, { cacheRef });
    assert.equal(second.section.status, 'ok', buildError(second.section));
    assert.equal(second.section.warnings.length, 2, second.section.warnings.join('\n'));
    assert.match(
      second.section.warnings[0],
      /^cache registry unreachable: could not import cache from 127\.0\.0\.1:\d+\/mlg\/cache:cache-main/,
    );
    assert.match(second.section.warnings[1], /^cache registry unreachable: could not export the cache/);
    assert.match(second.imageId ?? '', /^sha256:/);
  });

  test('a failing RUN: status failed with the error tail, no image, no exception', async () => {
    const ctx = context({ 'app.py': '' });
    const dockerfile = 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo no model server >&2; exit 7"]\n';
    writeFileSync(join(ctx.dir, 'Dockerfile'), dockerfile);
    const failed = await build(ctx.dir, dockerfile, {});
    assert.equal(failed.section.status, 'failed');
    assert.match(
      failed.section.reason ?? '',
      /^process .* did not complete successfully: exit code: 7$/,
      'the reason is the builder error, in one line',
    );
    assert.ok(failed.section.errorTail?.some((l) => l.startsWith('ERROR: failed to solve') && l.includes('exit code: 7')));
    assert.ok(failed.section.errorTail?.some((l) => l.includes('3 | >>> RUN')));
    assert.equal(failed.section.steps.find((s) => s.line === 3)?.cached, false);
    assert.equal(failed.imageId, null);
  });
});
