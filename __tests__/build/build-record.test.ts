import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSectionFromRecord, parseBuildMetadata, readBuildMetadata } from '../../src/build/build-record.js';

// A recorded shape, not a live run: the JSON output documented for `docker buildx history
// inspect --format json` (docs/reference/buildx_history_inspect.md in docker/buildx), which
// needs buildx >= 0.21; this machine has buildx 0.13, so the command itself is not run here.
const DOCUMENTED_RECORD = `{
  "Name": "buildx (binaries)",
  "Ref": "5w7vkqfi0rf59hw4hnmn627r9",
  "Context": ".",
  "Dockerfile": "Dockerfile",
  "VCSRepository": "https://github.com/crazy-max/buildx.git",
  "VCSRevision": "f15eaa1ee324ffbbab29605600d27a84cab86361",
  "Target": "binaries",
  "Platform": [
    "linux/amd64"
  ],
  "KeepGitDir": true,
  "StartedAt": "2025-02-07T12:01:05.75807272+01:00",
  "CompletedAt": "2025-02-07T12:02:07.991778875+01:00",
  "Duration": 62233706155,
  "Status": "completed",
  "NumCompletedSteps": 16,
  "NumTotalSteps": 16,
  "NumCachedSteps": 4,
  "Config": {
    "ImageResolveMode": "local"
  }
}`;

test('a build record in the documented JSON shape: duration in seconds, steps, cache hits, platform', () => {
  assert.deepEqual(buildSectionFromRecord(DOCUMENTED_RECORD, 'builder-1'), {
    status: 'ok',
    seconds: 62.234,
    steps: [],
    cacheHits: 4,
    totalSteps: 16,
    firstMiss: null,
    warnings: [],
    platform: 'linux/amd64',
    builder: 'builder-1',
  });
});

test('a failed record is a failed build with its error; no JSON is said plainly', () => {
  const failed = buildSectionFromRecord(
    JSON.stringify({ Status: 'failed', Duration: 5e9, Error: { Message: 'process did not complete' } }),
    'b',
  );
  assert.equal(failed.status, 'failed');
  assert.equal(failed.reason, 'the build record says failed: process did not complete');
  assert.equal(buildSectionFromRecord('not json', 'b').reason, 'docker buildx history inspect gave no JSON');
});

test("build-push-action's metadata output: the build ref, the digest and the image names", () => {
  // The shape buildx 0.13 wrote here for `--push` (docker driver).
  const metadata = parseBuildMetadata(
    JSON.stringify({
      'buildx.build.ref': 'default/default/qd4zwpmz6jgsz7r971ekvl4ye',
      'containerimage.config.digest': 'sha256:3f82a16be25caa8fa3d751a424f530e585d09ee2a834baf78efedafda16505ea',
      'containerimage.digest': 'sha256:7cf667046b1cfca4573a07a19a264fe44f6c0501bf72135f3403a331c30457e1',
      'image.name': '127.0.0.1:5000/mlg-plt/t:1',
    }),
  );
  assert.deepEqual(metadata.record, { builder: 'default', node: 'default', id: 'qd4zwpmz6jgsz7r971ekvl4ye' });
  assert.equal(metadata.digest, 'sha256:7cf667046b1cfca4573a07a19a264fe44f6c0501bf72135f3403a331c30457e1');
  assert.equal(metadata.imageName, '127.0.0.1:5000/mlg-plt/t:1');
  assert.equal(parseBuildMetadata('{"buildx.build.ref": "a/b/../../x"}').record, null, 'a ref that is not three plain names is not used');
  assert.throws(() => parseBuildMetadata('[1]'), /not a JSON object/);
  assert.throws(() => parseBuildMetadata('metadata'), /^Error: build-metadata: not JSON; pass \$\{\{ steps\.<id>\.outputs\.metadata \}\}/);
});

test('a build-metadata file is read only inside the workspace, only if regular, and only up to its cap', () => {
  const ws = mkdtempSync(join(tmpdir(), 'trust-secrets-meta-'));
  try {
    writeFileSync(join(ws, 'metadata.json'), '{"containerimage.digest":"sha256:' + 'a'.repeat(64) + '"}');
    assert.equal(readBuildMetadata('metadata.json', ws).digest, 'sha256:' + 'a'.repeat(64));
    symlinkSync('/dev/zero', join(ws, 'zero.json'));
    assert.throws(
      () => readBuildMetadata('zero.json', ws),
      /^Error: build-metadata: zero\.json is neither JSON nor a readable file \(.* under \/dev\)/,
    );
    writeFileSync(join(ws, 'huge.json'), ' '.repeat(4 * 1024 * 1024 + 1));
    assert.throws(() => readBuildMetadata('huge.json', ws), /more than the 4194304 read/);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});
