import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageReference, repositoryOf, withDigest } from '../../src/util/image-ref.js';

// Cases from distribution/reference's grammar: domain detection, ports, tags, digests, deep paths.
const rows: [string, ReturnType<typeof parseImageReference>][] = [
  ['python', { domain: null, path: 'python', tag: null, digest: null }],
  ['python:3.11-slim', { domain: null, path: 'python', tag: '3.11-slim', digest: null }],
  ['nvidia/cuda:12.1.0-devel-ubuntu22.04', { domain: null, path: 'nvidia/cuda', tag: '12.1.0-devel-ubuntu22.04', digest: null }],
  ['nvcr.io/nvidia/pytorch:24.01-py3', { domain: 'nvcr.io', path: 'nvidia/pytorch', tag: '24.01-py3', digest: null }],
  ['localhost:5000/team/app', { domain: 'localhost:5000', path: 'team/app', tag: null, digest: null }],
  ['localhost/app:1', { domain: 'localhost', path: 'app', tag: '1', digest: null }],
  ['127.0.0.1:5000/a/b/c:t@sha256:abc', { domain: '127.0.0.1:5000', path: 'a/b/c', tag: 't', digest: 'sha256:abc' }],
  ['ghcr.io/org/team/img@sha256:def', { domain: 'ghcr.io', path: 'org/team/img', tag: null, digest: 'sha256:def' }],
  ['user/app:v1', { domain: null, path: 'user/app', tag: 'v1', digest: null }],
];

for (const [reference, parsed] of rows) {
  test(`parseImageReference(${reference})`, () => assert.deepEqual(parseImageReference(reference), parsed));
}

test('repositoryOf drops tag and digest, keeps a registry port', () => {
  assert.equal(repositoryOf('127.0.0.1:5000/mlg/app:pr-1@sha256:abc'), '127.0.0.1:5000/mlg/app');
  assert.equal(repositoryOf('python:3.11'), 'python');
});

// FROM values keep what substituteArgs could not resolve: a bare $VAR or ${VAR} has no separator,
// but BuildKit's ${VAR:?message}, ${VAR#pattern} and ${VAR/a/b} can hold ':', '@' and '/', and
// those belong to the variable, not to the reference.
const withVariables: [string, ReturnType<typeof parseImageReference>][] = [
  ['nvidia/cuda:${CUDA}-devel-ubuntu22.04', { domain: null, path: 'nvidia/cuda', tag: '${CUDA}-devel-ubuntu22.04', digest: null }],
  ['$BASE_IMAGE', { domain: null, path: '$BASE_IMAGE', tag: null, digest: null }],
  ['${REGISTRY}/nvidia/cuda:12.1.0-devel', { domain: null, path: '${REGISTRY}/nvidia/cuda', tag: '12.1.0-devel', digest: null }],
  ['python:${PY:?set PY}-slim', { domain: null, path: 'python', tag: '${PY:?set PY}-slim', digest: null }],
  ['python${PY:?set PY}', { domain: null, path: 'python${PY:?set PY}', tag: null, digest: null }],
  ['ghcr.io/org/${NAME/a:b/c}', { domain: 'ghcr.io', path: 'org/${NAME/a:b/c}', tag: null, digest: null }],
  ['app:${T#x@y}', { domain: null, path: 'app', tag: '${T#x@y}', digest: null }],
  ['app@${DIGEST:?}', { domain: null, path: 'app', tag: null, digest: '${DIGEST:?}' }],
];

for (const [reference, parsed] of withVariables) {
  test(`parseImageReference(${reference}) reads \${…} as part of the component it sits in`, () =>
    assert.deepEqual(parseImageReference(reference), parsed));
}

test('withDigest pins the reference and keeps its tag; a digest already there is replaced', () => {
  assert.equal(withDigest('python:3.11-slim', 'sha256:abc'), 'python:3.11-slim@sha256:abc');
  assert.equal(withDigest('localhost:5000/app@sha256:old', 'sha256:new'), 'localhost:5000/app@sha256:new');
});
