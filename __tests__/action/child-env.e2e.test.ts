// The bundled action, as the runner starts it (the token in INPUT_GITHUB-TOKEN and GITHUB_TOKEN),
// with a real build and a Trivy installed from a release server on 127.0.0.1: every process the
// run starts writes its environment down (PATH shims for docker and tar in front of the real
// ones, the fake trivy itself), and none of them may have seen the token.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dockerTestOptions } from '../helpers/docker.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { TOKEN, pullRequestEvent, runAction } from '../helpers/action-runner.js';
import { BUSYBOX } from '../build/fixture-images.js';
import { trivyAssetName } from '../../src/scan/release.js';
import { exec } from '../../src/util/exec.js';

const options = await dockerTestOptions();
const VERSION = '0.70.0';
const REPORT = resolve('__tests__/fixtures/trivy/image-python.json');

describe('no child process of a run sees the token', options, () => {
  const root = mkdtempSync(join(tmpdir(), 'mlg-child-env-'));
  const envs = join(root, 'envs');
  const bin = join(root, 'bin');
  const tag = `mlg-child-env-${randomBytes(4).toString('hex')}:test`;
  let github: GitHubServer;
  let releases: Server;
  let tarball: Buffer;

  before(async () => {
    mkdirSync(envs);
    mkdirSync(bin);
    // Shims that record their environment, then run the real command.
    for (const name of ['docker', 'tar']) {
      const real = (await exec('sh', ['-c', `command -v ${name}`])).stdout.trim();
      assert.ok(real, `${name} is on PATH`);
      writeFileSync(join(bin, name), `#!/bin/sh\nenv > '${envs}'/${name}-$$.env\nexec '${real}' "$@"\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const release = join(root, 'release');
    mkdirSync(release);
    writeFileSync(
      join(release, 'trivy'),
      `#!/bin/sh\nenv > '${envs}'/trivy-$$.env\nout=\nwhile [ $# -gt 0 ]; do [ "$1" = "--output" ] && out="$2"; shift; done\ncp '${REPORT}' "$out"\n`,
    );
    chmodSync(join(release, 'trivy'), 0o755);
    const made = await exec('tar', ['-czf', join(root, 'trivy.tar.gz'), '-C', release, 'trivy']);
    assert.equal(made.exitCode, 0, made.stderr);
    tarball = readFileSync(join(root, 'trivy.tar.gz'));
    const asset = trivyAssetName(VERSION, process.platform, process.arch);
    const sums = `${createHash('sha256').update(tarball).digest('hex')}  ${asset}\n`;
    releases = createServer((req, res) => {
      if (req.url === `/download/v${VERSION}/${asset}`) res.writeHead(200, { 'content-length': tarball.length }).end(tarball);
      else if (req.url === `/download/v${VERSION}/trivy_${VERSION}_checksums.txt`) res.writeHead(200).end(sums);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => releases.listen(0, '127.0.0.1', done));
    github = await startGitHubServer();
  });
  after(async () => {
    await github.close();
    releases.close();
    await exec('docker', ['image', 'rm', '-f', tag]);
    rmSync(root, { recursive: true, force: true });
  });

  test('docker, tar and trivy get an environment without INPUT_GITHUB-TOKEN or GITHUB_TOKEN', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlg-child-env-ws-'));
    copyFileSync(BUSYBOX, join(workspace, 'busybox'));
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nUSER 1000\nCMD ["/bin/busybox", "true"]\n');
    writeFileSync(join(workspace, '.dockerignore'), '.git\n');
    const port = (releases.address() as AddressInfo).port;
    const result = await runAction({
      workspace,
      apiUrl: github.url,
      event: pullRequestEvent(7),
      inputs: {
        tags: tag,
        'trivy-version': VERSION,
        'trivy-sha256': createHash('sha256').update(tarball).digest('hex'),
        'fail-on': 'never',
        'fail-on-vulnerabilities': 'none',
      },
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        GITHUB_TOKEN: TOKEN,
        MLG_TRIVY_RELEASES_URL: `http://127.0.0.1:${port}/download`,
      },
    });
    rmSync(workspace, { recursive: true, force: true });
    assert.equal(result.exitCode, 0, result.log);
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    assert.equal(report.scan.status, 'ok', report.scan.reason);

    const recorded = readdirSync(envs);
    assert.ok(
      recorded.some((name) => name.startsWith('trivy-')),
      'trivy ran',
    );
    assert.ok(
      recorded.some((name) => name.startsWith('docker-')),
      'docker ran',
    );
    for (const name of recorded) {
      const env = readFileSync(join(envs, name), 'utf8');
      assert.ok(!env.includes(TOKEN), `${name} saw the token`);
      assert.doesNotMatch(env, /^(INPUT_GITHUB[-_]TOKEN|GITHUB_TOKEN)=/m, name);
    }
    assert.equal(github.state.comments.length, 1, 'the comment is still posted with the token');
  });
});
