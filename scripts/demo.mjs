// `npm run demo`: a pull request's whole story, built for real and offline by construction.
//   1. the base branch (examples/demo/base) is built and measured, and its report recorded as the
//      baseline: in a loopback registry this script starts and stops (beside the build cache), or
//      in a baseline file when no registry can be started;
//   2. a pull request (examples/demo/pr) that regresses the way ML images do (torch's CUDA build,
//      baked weights, code copied before the dependency install) is built with the base's cache
//      and gets its PR comment: deltas, cache hits, first miss, package changes, findings, failing;
//   3. the fix (examples/demo/fix) passes.
// Base image and wheels come from scripts/offline (debootstrap + docker import, pip download as
// the machine's pip is configured), cached under .cache/offline/. Each step "checks out" its branch
// into one folder, as a CI checkout does, so all steps are one image key with one baseline.
// MLG_DEMO_PROFILE=small uses small wheelhouses and weights (the demo's test); MLG_DEMO_OUT moves
// the reports (default .mlg/demo). Without Docker it lints the three branches only.
import { spawn, spawnSync } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import zlib from 'node:zlib';
import { cacheRoot } from './offline/cache.mjs';
import { baseImage } from './offline/base-image.mjs';
import { wheelhouse } from './offline/wheelhouse.mjs';

const CLI = resolve('dist/cli/index.js');
const OUT = resolve(process.env.MLG_DEMO_OUT || '.mlg/demo');
// Made once and shared by every run (weights); this run's checkout and registry live beside its reports.
const WORK = join(cacheRoot(), 'demo');
const CHECKOUT = join(OUT, 'checkout');
/** Each branch's head commit, as the events name it. */
const STEP_SHA = { base: '1111111'.padEnd(40, '0'), pr: '2222222'.padEnd(40, '0'), fix: '3333333'.padEnd(40, '0') };
const SETUP = 'sudo bash scripts/setup-docker.sh';
const BASE_TAG = 'mlg-demo/python:3.11-bookworm';
const REPO = 'you/sentiment-api';
/** Local tags that keep each step's image (and its unpacked layers) in the engine between runs. */
const KEPT_TAG = 'mlg-demo/sentiment-api';
// Most of a cold run is the export compressing the CUDA image's layers (gzip at its default level,
// about 16 MB/s here). zstd is about 3x faster and the walk reads it where Node's zlib does (22.15+,
// the action's Node 24); elsewhere gzip's fastest level, about 1.8x faster, measured on a 597 MB layer.
const COMPRESSION = typeof zlib.createZstdDecompress === 'function' ? 'compression=zstd' : 'compression=gzip,compression-level=1';

// What each step's wheelhouse profiles and weights are; "small" is the same path, quicker.
const PROFILES = {
  full: { cpu: 'torch-cpu', cuda: 'torch-cuda', weightsBytes: 512 * 1024 * 1024 },
  small: { cpu: 'tiny', cuda: 'tiny', weightsBytes: 64 * 1024 * 1024 },
};
const profileName = process.env.MLG_DEMO_PROFILE || 'full';
const profile = PROFILES[profileName];
if (!profile) throw new Error(`MLG_DEMO_PROFILE must be one of ${Object.keys(PROFILES).join(', ')}`);

// The branches: folders laid over each other in order, like commits; the fix reverts the PR's
// Dockerfile to the base's and keeps its code.
export const STEPS = [
  { name: 'base', title: 'base branch main: build, measure, record the baseline', layers: ['base'], event: 'push' },
  { name: 'pr', title: 'PR #42 "serve the bigger model on GPU": build with the base cache', layers: ['base', 'pr'], event: 'pull_request' },
  { name: 'fix', title: 'PR #42 after review: the fix', layers: ['base', 'pr', 'base', 'fix'], event: 'pull_request' },
];

// ---- progress: one line per step, a spinner on a TTY -------------------------------------------
const tty = Boolean(process.stdout.isTTY);
async function step(label, body, describe = (result) => (typeof result === 'string' ? result : '')) {
  const started = Date.now();
  const frames = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
  let frame = 0;
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
  const timer = tty ? setInterval(() => process.stdout.write(`\r${frames[frame++ % frames.length]} ${label} (${seconds()})`), 120) : null;
  if (!tty) console.log(`… ${label}`);
  try {
    const result = await body();
    if (timer) clearInterval(timer);
    const note = describe(result) ? `: ${describe(result)}` : '';
    process.stdout.write(`${tty ? '\r\x1b[K' : ''}✓ ${label} (${seconds()})${note}\n`);
    return result;
  } catch (error) {
    if (timer) clearInterval(timer);
    process.stdout.write(`${tty ? '\r\x1b[K' : ''}✗ ${label} (${seconds()})\n`);
    throw error;
  }
}

function runAsync(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-64 * 1024)));
    child.on('error', (error) => resolvePromise({ status: -1, stdout, stderr: error.message }));
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

// ---- the engine, the registry ------------------------------------------------------------------
function dockerMissing() {
  if (spawnSync('docker', ['buildx', 'version'], { stdio: 'ignore' }).status !== 0) return 'docker buildx is not installed';
  if (spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'ignore' }).status !== 0)
    return 'the Docker daemon is not running';
  return null;
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/** Debian's docker-registry on a free loopback port, its storage kept under the cache; null when it cannot run. */
async function startRegistry() {
  if (spawnSync('docker-registry', ['--version'], { stdio: 'ignore' }).status !== 0) return null;
  const address = `127.0.0.1:${await freePort()}`;
  const storage = join(OUT, 'registry');
  mkdirSync(storage, { recursive: true });
  const config = join(OUT, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${storage}\nhttp:\n  addr: ${address}\n`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    const up = await globalThis.fetch(`http://${address}/v2/`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) return { address, stop: () => stopRegistry(child, address) };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  return null;
}

/** Stops the registry and untags what the run left in the engine under its address (the baseline's tags). */
function stopRegistry(child, address) {
  child.kill('SIGTERM');
  const listed = spawnSync('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], { encoding: 'utf8' });
  const ours = (listed.stdout ?? '').split('\n').filter((ref) => ref.startsWith(`${address}/`));
  if (ours.length > 0) spawnSync('docker', ['image', 'rm', ...ours], { stdio: 'ignore' });
}

// ---- the branches ------------------------------------------------------------------------------
/** Incompressible, deterministic bytes (AES-CTR over zeros) standing in for a checkpoint; made once. */
function weightsFile(bytes) {
  const path = join(WORK, `weights-${bytes}.safetensors`);
  if (existsSync(path)) return Promise.resolve(path);
  mkdirSync(WORK, { recursive: true });
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
  const out = createWriteStream(`${path}.partial`);
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += chunk.length) out.write(cipher.update(chunk));
  return new Promise((resolvePromise, reject) => {
    out.on('error', reject);
    out.end(() => {
      renameSync(`${path}.partial`, path);
      resolvePromise(path);
    });
  });
}

async function checkout(stepSpec) {
  rmSync(CHECKOUT, { recursive: true, force: true });
  mkdirSync(CHECKOUT, { recursive: true });
  // The service's code is examples/cpu-api's; each branch adds or replaces files.
  cpSync(resolve('examples/cpu-api/app'), join(CHECKOUT, 'app'), { recursive: true });
  for (const layer of stepSpec.layers) cpSync(resolve('examples/demo', layer), CHECKOUT, { recursive: true });
  if (existsSync(join(CHECKOUT, 'models'))) cpSync(await weightsFile(profile.weightsBytes), join(CHECKOUT, 'models', 'model.safetensors'));
}

/** The event GitHub would send for the step: a push to main, or PR #42 into main. */
function eventEnv(stepSpec) {
  const repository = { full_name: REPO, default_branch: 'main' };
  const sha = STEP_SHA[stepSpec.name];
  const payload =
    stepSpec.event === 'push'
      ? { ref: 'refs/heads/main', after: sha, repository }
      : {
          number: 42,
          repository,
          pull_request: { number: 42, head: { ref: 'bigger-model', sha, repo: repository }, base: { ref: 'main', repo: repository } },
        };
  const path = join(OUT, `event-${stepSpec.name}.json`);
  writeFileSync(path, JSON.stringify(payload));
  // Only what the CLI reads: never a token of the caller's, so nothing can be posted anywhere.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(GITHUB_|INPUT_|ACTIONS_)/.test(key)));
  return {
    ...env,
    GITHUB_EVENT_NAME: stepSpec.event,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REF: stepSpec.event === 'push' ? 'refs/heads/main' : 'refs/pull/42/merge',
    GITHUB_SHA: sha,
  };
}

/**
 * The registry's port changes every run, so its tags go when it stops (stopRegistry); this tag keeps
 * the image and its unpacked layers, so a second run neither unpacks nor compresses them again. Each
 * build is a new image (its provenance records the build), so the one the tag held before is removed
 * (`docker image rm` without -f refuses when something else still names it).
 */
function keepImage(ref, kept) {
  const imageId = (name) => spawnSync('docker', ['image', 'inspect', '--format', '{{.Id}}', name], { encoding: 'utf8' }).stdout?.trim();
  const before = imageId(kept);
  spawnSync('docker', ['tag', ref, kept], { stdio: 'ignore' });
  if (before && before !== imageId(kept)) spawnSync('docker', ['image', 'rm', before], { stdio: 'ignore' });
}

const pushedTag = (registry, stepSpec) => `${registry.address}/demo/sentiment-api:${STEP_SHA[stepSpec.name].slice(0, 7)}`;

async function check(stepSpec, { build, registry, contexts }) {
  const dir = join(OUT, stepSpec.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args = [CLI, 'check', '--dockerfile', 'Dockerfile', '--context', '.', '--build', String(build), '--trivy', 'false'];
  args.push('--output-dir', dir, '--format', 'markdown');
  for (const context of contexts) args.push('--build-contexts', context);
  // The registry keeps the cache and the baseline; without it the base's report file is the baseline.
  // Pushed there too, as a release pipeline does: the image is measured from its blobs in the registry,
  // so neither buildx's export into the engine nor `docker save` reads gigabytes back.
  if (registry) {
    const tag = pushedTag(registry, stepSpec);
    args.push('--cache-ref', `${registry.address}/demo/sentiment-api:cache`, '--tags', tag);
    args.push('--outputs', `type=image,name=${tag},push=true,${COMPRESSION}`);
  } else if (stepSpec.event === 'pull_request') args.push('--baseline-report', join(OUT, 'base', 'report.json'));
  const run = await runAsync(process.execPath, args, { cwd: CHECKOUT, env: eventEnv(stepSpec) });
  let report = null;
  try {
    report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  } catch {
    throw new Error(`${stepSpec.name}: no report was written: ${run.stderr.trim().split('\n').slice(-5).join('\n')}`);
  }
  if (registry) keepImage(pushedTag(registry, stepSpec), `${KEPT_TAG}:${profileName}-${stepSpec.name}`);
  return { dir, comment: run.stdout, status: run.status, report };
}

const mb = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1e6).toFixed(0)} MB` : 'n/a');
function summary(result) {
  const { report } = result;
  if (report.build?.status === 'failed') return `build failed: ${(report.build.reason ?? '').split('\n')[0]}`;
  const size = report.image?.size;
  const seconds = report.build?.seconds;
  const verdict = report.passed ? 'gate passed' : 'gate failed';
  if (typeof size !== 'number') return `lint only, ${verdict}`;
  return `${mb(size)}${typeof seconds === 'number' ? `, built in ${seconds.toFixed(0)} s` : ''}, ${verdict}`;
}

// ---- the story ---------------------------------------------------------------------------------
async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run bundle`);
  const missing = dockerMissing();
  if (missing) {
    console.log(`Building skipped: ${missing}. Install Docker with \`${SETUP}\`; linting the three branches only.`);
  }
  const results = {};
  let registry = null;
  const contexts = [];
  try {
    if (!missing) {
      await step('base image: Debian bookworm + Python 3.11, offline (debootstrap, docker import)', () => {
        const image = baseImage();
        spawnSync('docker', ['tag', image, BASE_TAG], { stdio: 'ignore' });
        return `${BASE_TAG} = ${image}`;
      });
      for (const [name, wheels] of [
        ['torch-cpu', profile.cpu],
        ['torch-cuda', profile.cuda],
      ]) {
        await step(`wheelhouse ${wheels} (pip download, as pip is configured here)`, () => {
          const path = wheelhouse(wheels);
          contexts.push(`${name}=${path}`);
          return path;
        });
      }
      registry = await step(
        'loopback registry for the build cache and the baseline',
        async () => {
          const started = await startRegistry();
          return started;
        },
        (started) =>
          started
            ? `${started.address}, storage in ${join(OUT, 'registry')}`
            : "docker-registry cannot run here: the baseline is the base branch's report file instead",
      );
    }
    for (const stepSpec of STEPS) {
      await checkout(stepSpec);
      results[stepSpec.name] = await step(stepSpec.title, () => check(stepSpec, { build: !missing, registry, contexts }), summary);
    }
  } finally {
    registry?.stop();
  }

  for (const name of ['pr', 'fix']) {
    console.log(`\n===== the PR comment after the ${name === 'pr' ? 'pull request' : 'fix'} =====\n`);
    console.log(results[name].comment);
  }
  console.log(`Reports and comments: ${OUT}/{base,pr,fix}/report.json and comment.md`);
  console.log(`Your own Dockerfile: cd your-project && node ${CLI} check --dockerfile Dockerfile --format markdown`);
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
