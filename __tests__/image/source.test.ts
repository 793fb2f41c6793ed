import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinnedReference, scanSubject } from '../../src/image/source.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;

test("the image input is pinned to the digest build-push-action's metadata names for the same repository", () => {
  assert.equal(
    pinnedReference('ghcr.io/acme/app:pr-7', DIGEST, 'ghcr.io/acme/app:pr-7,ghcr.io/acme/app:latest'),
    `ghcr.io/acme/app@${DIGEST}`,
  );
  assert.equal(
    pinnedReference('ghcr.io/acme/app:pr-7', DIGEST, 'ghcr.io/other/app:pr-7'),
    'ghcr.io/acme/app:pr-7',
    'another image: not pinned',
  );
  assert.equal(
    pinnedReference(`ghcr.io/acme/app@${'sha256:' + 'e'.repeat(64)}`, DIGEST, 'ghcr.io/acme/app'),
    `ghcr.io/acme/app@sha256:${'e'.repeat(64)}`,
  );
  assert.equal(pinnedReference('ghcr.io/acme/app:pr-7', null, 'ghcr.io/acme/app'), 'ghcr.io/acme/app:pr-7');
});

test('what Trivy is pointed at: the reference, or the layout folder; the platform only where an index has several', () => {
  assert.deepEqual(scanSubject({ kind: 'local', ref: 'app:1' }, 'linux/arm64'), { imageRef: 'app:1' });
  assert.deepEqual(scanSubject({ kind: 'registry', ref: `r/app@${DIGEST}` }, 'linux/arm64'), {
    imageRef: `r/app@${DIGEST}`,
    platform: 'linux/arm64',
  });
  assert.deepEqual(scanSubject({ kind: 'oci-layout', dir: '/tmp/oci', ref: null }, undefined), { imageRef: null, layoutDir: '/tmp/oci' });
});
