// Golden comments from real runs: main.run() as the runner drives it, against the loopback GitHub
// API, on real Dockerfiles (examples/ and a fixture image built with the real dockerd, buildx and
// registry cache), with the real lint and image rules. What varies between runs (durations,
// digests, the run's unique names, the order of equally fast steps) is normalized before the
// comparison. `UPDATE_GOLDEN=1 npm test -- comment-golden` rewrites the files; review the diff.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runActionInProcess, pullRequestEvent, type ActionRun } from '../helpers/action-runner.js';
import { dockerTestOptions, REGISTRY } from '../helpers/docker.js';
import { exec } from '../../src/util/exec.js';
import { commentSize } from '../../scripts/comment-html.js';
import { removeImagesAfter, removeRepositoryAfter, scratchDir } from '../helpers/scratch.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'comments');

/** Durations, digests, sizes under 1 kB and run names replaced; the build-step rows (ordered by time) dropped. */
function normalize(markdown: string, run = ''): string {
  let text = run ? markdown.split(run).join('‹run›') : markdown;
  text = text
    .replace(/sha256:[0-9a-f]{64}/g, 'sha256:‹digest›')
    .replace(/\b\d+m \d\ds\b/g, '‹time›')
    .replace(/\b\d{1,3} B\b/g, '‹n› B') // a gzip of a few bytes varies by a byte or two
    .replace(/(?<![\w.])\d+(?:\.\d+)?s\b/g, '‹time›')
    .replace(/(\| (?:sending|reading|exporting|pushing)[^|]*\| ‹time› \| )\d+%/g, '$1‹share›');
  text = text.replace(
    /(<summary>Build steps<\/summary>\n\n\| Step \| Line \| Time \| Cache \|\n\| [-: |]+\|\n)((?:\|.*\|\n)+)/,
    '$1‹rows ordered by time›\n',
  );
  // The dropped step rows took their line links with them: a definition only they used goes too.
  return text.replace(/^\[(L\d+)\]: .*\n/gm, (definition: string, link: string) => (text.includes(`[${link}][${link}]`) ? definition : ''));
}

function expectGolden(name: string, markdown: string, run = '') {
  // The comment as it was, for scripts/comment-png.ts: COMMENT_SNAPSHOT_DIR=DIR npm test -- comment-golden
  if (process.env.COMMENT_SNAPSHOT_DIR) writeFileSync(join(process.env.COMMENT_SNAPSHOT_DIR, name), markdown);
  const path = join(GOLDEN_DIR, name);
  const actual = normalize(markdown, run);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`${name} did not exist and was written: review and commit it`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs: UPDATE_GOLDEN=1 npm test -- comment-golden, then review the diff`);
}

const commentOf = (result: ActionRun) => readFileSync(join(dirname(result.outputs.report), 'comment.md'), 'utf8');

describe('golden comments from real runs', () => {
  let github: GitHubServer;
  before(async () => {
    github = await startGitHubServer();
  });
  after(async () => {
    await github.close();
  });

  test('lint only: examples/bad-inference, real rule output, fits above the fold', async () => {
    const result = await runActionInProcess({
      workspace: resolve('.'),
      apiUrl: github.url,
      event: pullRequestEvent(21),
      inputs: { dockerfile: 'examples/bad-inference/Dockerfile', context: 'examples/bad-inference', build: 'false', 'fail-on': 'error' },
    });
    assert.equal(result.exitCode, 1, 'its errors fail the gate');
    const comment = commentOf(result);
    assert.equal(github.commentsOn('acme', 'models', 21)[0]?.body, comment, 'the posted comment is comment.md');
    const size = commentSize(comment);
    assert.ok(size.aboveTheFold <= 2_500, `${size.aboveTheFold} visible characters above the fold`);
    expectGolden('lint-bad-inference.md', comment);
  });

  test('a fork PR without a write token: the comment is not posted, the job summary has everything', async () => {
    github.forbid('acme', 'models', 22);
    // examples/cpu-api has no finding; with its CMD in shell form it has one (MLG015, info) for the summary to open.
    const workspace = scratchDir('mlg-fork-');
    cpSync('examples/cpu-api', join(workspace, 'examples/cpu-api'), { recursive: true });
    const dockerfile = join(workspace, 'examples/cpu-api/Dockerfile');
    const text = readFileSync(dockerfile, 'utf8');
    const shellForm = text.replace(/^CMD \[.*\]$/m, 'CMD uvicorn app.main:app --host 0.0.0.0 --port 8000 --workers 1');
    assert.notEqual(shellForm, text, 'examples/cpu-api/Dockerfile still ends with an exec-form CMD');
    writeFileSync(dockerfile, shellForm);
    const result = await runActionInProcess({
      workspace,
      apiUrl: github.url,
      event: pullRequestEvent(22, { fork: true }),
      inputs: { dockerfile: 'examples/cpu-api/Dockerfile', context: 'examples/cpu-api', build: 'false' },
    });
    assert.equal(github.commentsOn('acme', 'models', 22).length, 0);
    assert.equal(result.outputs['comment-id'] ?? '', '');
    assert.match(result.log, /mode: publish/);
    assert.match(result.summary, /<details open><summary>All findings/, 'the summary opens what the comment collapses');
    expectGolden('fork-cpu-api-summary.md', result.summary);
  });
});

const docker = await dockerTestOptions();

/** A base image built here (Docker Hub is not reachable), with a __pycache__ tree the user's Dockerfile did not add. */
const BASE_DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'SHELL ["/bin/busybox", "sh", "-c"]',
  'RUN /bin/busybox mkdir -p /usr/lib/python3/__pycache__ && /bin/busybox head -c 300000 /dev/urandom > /usr/lib/python3/__pycache__/os.cpython-311.pyc',
  '',
].join('\n');

const SITE = '/opt/venv/lib/python3.11/site-packages';

/** A shell command that installs a wheel as pip would: its files, METADATA and a RECORD listing them. */
function wheelInstall(name: string, version: string, files: [path: string, bytes: number][]): string {
  const distInfo = `${SITE}/${name.replace(/-/g, '_')}-${version}.dist-info`;
  const record = [...files.map(([path]) => `${path},,`), `${distInfo.slice(SITE.length + 1)}/METADATA,,`].join('\\n');
  return [
    `/bin/busybox mkdir -p ${distInfo} ${[...new Set(files.map(([path]) => `${SITE}/${path.slice(0, path.lastIndexOf('/'))}`))].join(' ')}`,
    ...files.map(([path, bytes]) => `/bin/busybox head -c ${bytes} /dev/urandom > ${SITE}/${path}`),
    `printf 'Name: ${name}\\nVersion: ${version}\\n' > ${distInfo}/METADATA`,
    `printf '${record}\\n' > ${distInfo}/RECORD`,
  ].join(' && ');
}

/** The app: torch's CPU build, or (torch: 'cuda') its CUDA build with a CUDA wheel, as a PR that switches the index would. */
function appDockerfile(base: string, weightsMegabytes: number, torch: 'cpu' | 'cuda' = 'cpu'): string {
  const wheels =
    torch === 'cpu'
      ? wheelInstall('torch', '2.5.1+cpu', [['torch/lib/libtorch_cpu.so', 2_000_000]])
      : `${wheelInstall('torch', '2.5.1+cu124', [['torch/lib/libtorch_cuda.so', 3_000_000]])} && ${wheelInstall('nvidia-cublas-cu12', '12.4.5.8', [['nvidia/cublas/lib/libcublas.so.12', 1_500_000]])}`;
  return [
    `FROM ${base} AS builder`,
    'SHELL ["/bin/busybox", "sh", "-c"]',
    `RUN ${wheels}`,
    '',
    `FROM ${base}`,
    'SHELL ["/bin/busybox", "sh", "-c"]',
    'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1',
    'COPY --from=builder /opt/venv /opt/venv',
    // A safetensors header (its length, 19, then the JSON), then random bytes up to the size.
    `RUN /bin/busybox mkdir -p /root/.cache/pip/http /srv && printf '\\023\\0\\0\\0\\0\\0\\0\\0{"__metadata__":{}}' > /srv/model.safetensors && /bin/busybox head -c ${weightsMegabytes * 1_000_000 - 27} /dev/urandom >> /srv/model.safetensors && /bin/busybox head -c 1500000 /dev/urandom > /root/.cache/pip/http/wheel`,
    'COPY app.py /app/app.py',
    'USER 1000',
    'CMD ["/bin/busybox", "sleep", "1"]',
    '',
  ].join('\n');
}

describe('golden comments of a built image', docker, () => {
  let github: GitHubServer;
  let workspace: string;
  const run = `cmt${randomBytes(4).toString('hex')}`;
  const base = `${REGISTRY}/${run}/base:1`;
  const tag = `${REGISTRY}/${run}/app:test`;
  // Build times vary with the machine's load: a minute of threshold keeps the goldens about the image.
  const inputs = {
    'cache-ref': `${REGISTRY}/${run}/cache`,
    tags: tag,
    trivy: 'false',
    'fail-on': 'never',
    'minimum-change-threshold': '1MB, 60s',
  };
  const build = (event: unknown, eventName = 'pull_request') =>
    runActionInProcess({
      workspace,
      apiUrl: github.url,
      event,
      eventName,
      inputs,
      env: eventName === 'push' ? { GITHUB_REF: 'refs/heads/main' } : {},
    });

  before(async () => {
    // The app and base tags, and the baseline images the push on main saves under the cache repository.
    removeImagesAfter(tag, base);
    removeRepositoryAfter(`${REGISTRY}/${run}/cache`);
    github = await startGitHubServer();
    workspace = scratchDir('mlg-comment-');
    copyFileSync('/bin/busybox', join(workspace, 'busybox'));
    appendFileSync(join(workspace, 'busybox'), `\n${run}\n`); // no build step shared with other tests
    writeFileSync(join(workspace, 'app.py'), 'print("serving")\n');
    writeFileSync(join(workspace, '.dockerignore'), '*\n!busybox\n!app.py\n');
    writeFileSync(join(workspace, 'base.Dockerfile'), BASE_DOCKERFILE);
    const built = await exec('docker', ['buildx', 'build', '--file', 'base.Dockerfile', '--tag', base, '--push', '.'], { cwd: workspace });
    assert.equal(built.exitCode, 0, built.stderr);
  });
  after(() => github.close());

  test('the first build on main, a PR that grows the image, and a PR that changes nothing', async () => {
    writeFileSync(join(workspace, 'Dockerfile'), appDockerfile(base, 4));
    const push = { ref: 'refs/heads/main', after: 'c'.repeat(40), repository: { full_name: 'acme/models', default_branch: 'main' } };
    const main = await build(push, 'push');
    assert.equal(main.exitCode, 0, main.log);
    assert.match(main.log, /Baseline saved for main/);
    const first = commentOf(main);
    assert.match(first, /From `[^`]*base:1`, not this Dockerfile: [\d.]+ kB flagged by \[MLG102\]/, 'the base image ships the __pycache__');
    assert.match(first, /First build with an empty cache/);
    assert.match(
      first,
      /<summary>Packages by size<\/summary>\n\n\| Package \| Version \| Size \| Installed by \|\n\| --- \| --- \| ---: \| --- \|\n\| `torch` \| `2\.5\.1\+cpu` \| 2 MB \| \[L8\]\[L8\] \|/,
    );
    assert.match(first, /\| `COPY --from=builder \/opt\/venv \/opt\/venv` \| \[L8\]/, 'the instruction as the Dockerfile writes it');
    assert.doesNotMatch(first, /# buildkit/);
    expectGolden('built-first.md', first, run);

    writeFileSync(join(workspace, 'Dockerfile'), appDockerfile(base, 6, 'cuda'));
    const grown = await build(pullRequestEvent(23));
    assert.equal(grown.exitCode, 1, 'the size-regression gate fails the step');
    const pr = commentOf(grown);
    assert.match(pr, /^### ❌ `Dockerfile` fails: the image grew \+[\d.]+ MB \(\+\d+%\), more than the \+10% allowed$/m);
    assert.match(pr, /#### What changed/);
    assert.match(pr, /\| `torch` \| version \| `2\.5\.1\+cpu` \| `2\.5\.1\+cu124` \| \+1 MB \|/);
    assert.match(pr, /\*\*The CPU build of torch was replaced by a CUDA build\*\*/);
    assert.ok(commentSize(pr).body <= commentSize(first).body * 1.5);
    expectGolden('built-pr-grown.md', pr, run);

    writeFileSync(join(workspace, 'Dockerfile'), appDockerfile(base, 4));
    const same = await build(pullRequestEvent(24));
    const unchanged = commentOf(same);
    assert.match(unchanged, /\*\*No change against `main`:\*\*/);
    expectGolden('built-no-change.md', unchanged, run);
  });
});
