// The bundled action end to end with a real build: a push to the default branch builds with
// the registry cache and saves its report as the baseline; a pull request that grows the image
// loads it, shows the deltas in the sticky comment and fails the size-regression gate.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runAction, pullRequestEvent } from '../helpers/action-runner.js';
import { dockerTestOptions, layerFileBytes, REGISTRY } from '../helpers/docker.js';
import { removeImagesAfter, removeRepositoryAfter, scratchDir } from '../helpers/scratch.js';

const options = await dockerTestOptions();

function dockerfile(megabytes: number): string {
  return [
    'FROM scratch',
    'COPY busybox /bin/busybox',
    'SHELL ["/bin/busybox", "sh", "-c"]',
    `RUN /bin/busybox head -c ${megabytes * 1_000_000} /dev/urandom > /weights.bin`,
    'COPY app.py /app/app.py',
    'USER 1000',
    'CMD ["/bin/busybox", "sleep", "1"]',
    '',
  ].join('\n');
}

describe('action with a real build, registry cache and baseline', options, () => {
  let github: GitHubServer;
  let workspace: string;
  const run = `e2e${randomBytes(4).toString('hex')}`;
  const cacheRef = `${REGISTRY}/${run}/cache`;
  const tag = `${REGISTRY}/${run}/app:test`;
  const inputs = {
    'cache-ref': cacheRef,
    tags: tag,
    'trivy-report': resolve('__tests__/fixtures/trivy/image-python.json'),
    'fail-on-vulnerabilities': 'none',
    'fail-on': 'never',
  };

  before(async () => {
    // The app's tag, and the baseline image the push on main saves under the cache repository.
    removeImagesAfter(tag);
    removeRepositoryAfter(cacheRef);
    github = await startGitHubServer();
    workspace = scratchDir('mlg-e2e-build-');
    copyFileSync('/bin/busybox', join(workspace, 'busybox'));
    appendFileSync(join(workspace, 'busybox'), `\n${run}\n`); // no build step shared with other tests
    writeFileSync(join(workspace, 'app.py'), 'print("serving")\n');
    writeFileSync(join(workspace, '.dockerignore'), '.git\n');
  });
  after(() => github.close());

  test('a push to main saves the baseline; a PR that grows the image shows the delta and fails the gate', async () => {
    writeFileSync(join(workspace, 'Dockerfile'), dockerfile(20));
    const main = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: 'c'.repeat(40), repository: { full_name: 'acme/models', default_branch: 'main' } },
      inputs,
      env: { GITHUB_REF: 'refs/heads/main' },
    });
    assert.equal(main.exitCode, 0, main.log);
    const mainReport = JSON.parse(readFileSync(main.outputs.report, 'utf8'));
    const expectedSize = await layerFileBytes(tag);
    assert.equal(Number(main.outputs['image-size']), expectedSize, "image-size is the bytes of the files in the image's layers");
    assert.ok(expectedSize > 20_000_000);
    assert.ok(Number(main.outputs['build-seconds']) > 0);
    assert.match(main.log, /Baseline saved for main/);
    assert.equal(mainReport.scan.status, 'ok');
    assert.equal(
      mainReport.image.layers.find((l: { line: number }) => l.line === 4)?.size,
      20_000_000,
      'the RUN layer, its 20 MB file, maps to line 4',
    );
    assert.equal(github.requests.filter((r) => r.method === 'POST').length, 0, 'no comment on a push');

    writeFileSync(join(workspace, 'Dockerfile'), dockerfile(30));
    const pr = await runAction({ workspace, apiUrl: github.url, event: pullRequestEvent(31), inputs });
    assert.equal(pr.exitCode, 1, 'size grew by ~50%: the regression gate fails the step');
    assert.equal(pr.outputs.passed, 'false');
    const report = JSON.parse(readFileSync(pr.outputs.report, 'utf8'));
    assert.equal(report.baseline.source, 'registry');
    assert.equal(report.comparison.size.baseline, mainReport.image.size);
    assert.ok(report.comparison.size.delta > 9_000_000);
    const regression = report.budgets.find((b: { check: string }) => b.check === 'size-regression');
    assert.equal(regression.status, 'fail');
    assert.ok(report.build.cacheHits >= 1, 'the unchanged COPY busybox step came from the cache');
    assert.equal(report.build.firstMiss.line, 4, 'the changed RUN is the first cache miss');

    const [comment] = github.commentsOn('acme', 'models', 31);
    assert.ok(comment, 'the PR got its comment');
    assert.match(comment.body, /size-regression|regression/i);
    assert.match(comment.body, /line 4|#L4/);
  });
});
