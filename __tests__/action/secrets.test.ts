// Property, through the whole action: random build-arg and secret values, used by a real buildx
// build (BuildKit writes the build-args into the image history, the RUN prints the secret into
// the build log), never appear in any output of the run: the log, the outputs, the job summary,
// the annotations, the PR comment, report.json, comment.md, SARIF, and the baseline stored in
// the registry. main.run() runs in this process against a loopback GitHub API.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dockerTestOptions, REGISTRY } from '../helpers/docker.js';
import { BUSYBOX, unique } from '../build/fixture-images.js';
import { startGitHubServer } from '../helpers/github-server.js';
import { pullRequestEvent, runActionInProcess, type ActionRun } from '../helpers/action-runner.js';
import { loadBaseline } from '../../src/baseline/index.js';
import { removeImagesAfter, removeRepositoryAfter, scratchDir } from '../helpers/scratch.js';

const options = await dockerTestOptions();
const run = unique();
const cleanups: (() => Promise<unknown> | void)[] = [];
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'ARG HF_TOKEN',
  'ARG MODEL_REVISION',
  // Uses both build-args: BuildKit records `RUN |2 HF_TOKEN=… MODEL_REVISION=…` in the history.
  'RUN ["/bin/busybox", "sh", "-c", "echo $MODEL_REVISION > /revision"]',
  // Prints the secret: it is in the build log.
  'RUN --mount=type=secret,id=GIT_AUTH ["/bin/busybox", "sh", "-c", "/bin/busybox cat /run/secrets/GIT_AUTH"]',
  '',
].join('\n');

/** Random values that are not trivial (see isTrivialValue), seeded so a failure can be replayed. */
function randomValues(seed: number): { token: string; revision: string; secret: string; malformed: string } {
  const value = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9+_.:@-]{9,30}$/);
  const [token, revision, secret, malformed] = fc.sample(value, { seed, numRuns: 4 });
  return { token, revision, secret, malformed };
}

function workspace(): string {
  const dir = scratchDir('trust-secrets-ws-');
  copyFileSync(BUSYBOX, join(dir, 'busybox'));
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  return dir;
}

/** Every byte the run left where a reader can see it: log (minus the runner's mask commands), outputs, summary, files. */
function everythingShown(result: ActionRun, ws: string): string {
  const files = ['report.json', 'comment.md'].map((name) => readFileSync(join(ws, 'mlg-out', name), 'utf8'));
  return [
    result.log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    JSON.stringify(result.outputs),
    result.summary,
    ...files,
    readFileSync(join(ws, 'results.sarif'), 'utf8'),
  ].join('\n');
}

describe('no build-arg or secret value leaves a run with a real build', options, () => {
  const seed = Date.now() % 1_000_000;
  const values = randomValues(seed);
  const cacheRef = `${REGISTRY}/trust-secrets/cache-${run}`;
  const inputs = {
    'build-args': `HF_TOKEN=${values.token}\nMODEL_REVISION=${values.revision}`,
    secrets: `GIT_AUTH=${values.secret}`,
    'cache-ref': cacheRef,
    tags: `trust-secrets/property:${run}`,
    trivy: 'false',
    'fail-on': 'never',
    'output-dir': 'mlg-out',
    'sarif-file': 'results.sarif',
  };
  const leaked = (shown: string) => Object.entries(values).filter(([name, value]) => name !== 'malformed' && shown.includes(value));

  test(`push to main (baseline stored), then a PR (comment posted); seed ${seed}`, async () => {
    const github = await startGitHubServer();
    cleanups.push(() => github.close());
    // The built image, and the baseline image the push on main saves under the cache repository.
    removeImagesAfter(`trust-secrets/property:${run}`);
    removeRepositoryAfter(cacheRef);
    const ws = workspace();
    const push = await runActionInProcess({
      workspace: ws,
      apiUrl: github.url,
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: 'c'.repeat(40), repository: { full_name: 'acme/models', default_branch: 'main' } },
      env: { GITHUB_REF: 'refs/heads/main' },
      inputs,
    });
    assert.match(push.log, /Baseline saved for main/, push.log);
    const report = JSON.parse(readFileSync(join(ws, 'mlg-out', 'report.json'), 'utf8'));
    assert.ok(
      report.image.layers.some((layer: { createdBy: string }) => /HF_TOKEN=\*\*\*/.test(layer.createdBy)),
      'the history carries the build-args (redacted): the test exercises that path',
    );
    assert.deepEqual(leaked(everythingShown(push, ws)), []);
    const stored = await loadBaseline({ cacheRef, branch: 'main', key: report.key });
    assert.ok(stored.report, stored.reason);
    assert.deepEqual(leaked(JSON.stringify(stored.report)), [], 'the stored baseline');

    const pr = await runActionInProcess({ workspace: ws, apiUrl: github.url, event: pullRequestEvent(41), inputs });
    const comments = github.commentsOn('acme', 'models', 41);
    assert.equal(comments.length, 1, pr.log);
    assert.deepEqual(leaked(everythingShown(pr, ws) + comments[0].body + github.requests.map((r) => r.body).join('\n')), []);
  });

  test(`a malformed secrets field is refused before buildx could echo it; seed ${seed}`, async () => {
    const ws = workspace();
    const result = await runActionInProcess({
      workspace: ws,
      apiUrl: 'http://127.0.0.1:9',
      eventName: 'push',
      inputs: { ...inputs, 'cache-ref': '', secrets: `id=hf,src=${join(ws, 'busybox')},${values.malformed}` },
    });
    const report = readFileSync(join(ws, 'mlg-out', 'report.json'), 'utf8');
    assert.match(report, /secrets: an entry has a field that is not key=value, .* \(its value is not shown\)/, 'refused, and said why');
    assert.equal(JSON.parse(report).build?.status ?? 'not run', 'not run', 'buildx never saw it');
    const shown = everythingShown(result, ws);
    assert.ok(!shown.includes(values.malformed), 'the malformed field leaked');
    assert.deepEqual(readdirSync(join(ws, 'mlg-out')).sort(), ['comment.md', 'report.json']);
  });
});
