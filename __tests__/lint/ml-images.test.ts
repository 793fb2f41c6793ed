import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyCudaImage, imageVariant, isCpuImage } from '../../src/lint/ml.js';

// Base images as FROM gives them after ARG substitution: registries, mirrors, digests, and the
// variables no ARG resolved (the tag's variant token still classifies; the CUDA version is unknown).
test('classifyCudaImage reads the repository path without its registry and the variant from the tag', () => {
  assert.deepEqual(classifyCudaImage('nvcr.io/nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04@sha256:abc'), {
    image: 'nvcr.io/nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04@sha256:abc',
    family: 'nvidia-cuda',
    variant: 'devel',
    cudnn: true,
    cuda: { major: 12, minor: 1 },
  });
  assert.equal(classifyCudaImage('mirror.example.com:5000/NVIDIA/CUDA:12.1.0-runtime-ubuntu22.04')?.family, 'nvidia-cuda');
  assert.equal(classifyCudaImage('nvidia/cuda')?.family, undefined);
});

test('classifyCudaImage with an unresolved variable: the tag still says devel, the version is unknown', () => {
  assert.deepEqual(classifyCudaImage('nvidia/cuda:${CUDA_VERSION}-devel-ubuntu22.04'), {
    image: 'nvidia/cuda:${CUDA_VERSION}-devel-ubuntu22.04',
    family: 'nvidia-cuda',
    variant: 'devel',
    cudnn: false,
    cuda: null,
  });
  assert.equal(classifyCudaImage('${REGISTRY}/nvidia/cuda:12.1.0-devel-ubuntu22.04')?.family, 'nvidia-cuda');
  assert.equal(classifyCudaImage('$BASE_IMAGE'), null);
  // ':' inside ${…} is the variable's, not the tag separator: the tag is "${CUDA:?…}-devel".
  assert.equal(classifyCudaImage('nvidia/cuda:${CUDA:?set CUDA}-devel')?.variant, 'devel');
});

test('imageVariant keeps the registry and drops the digest', () => {
  const devel = classifyCudaImage('nvcr.io/nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04@sha256:abc')!;
  assert.equal(imageVariant(devel, 'runtime'), 'nvcr.io/nvidia/cuda:12.1.0-cudnn8-runtime-ubuntu22.04');
  assert.equal(imageVariant(devel, 'base'), 'nvcr.io/nvidia/cuda:12.1.0-base-ubuntu22.04');
  const triton = classifyCudaImage('nvcr.io/nvidia/tritonserver:24.01-py3-sdk')!;
  assert.equal(imageVariant(triton, 'runtime'), 'nvcr.io/nvidia/tritonserver:24.01-py3');
});

test('isCpuImage: official CPU images through any registry or library/, never an unresolved variable', () => {
  for (const image of [
    'python:3.11-slim',
    'docker.io/library/python:3.11',
    'gcr.io/distroless/python3',
    'cgr.dev/chainguard/python:latest',
  ])
    assert.equal(isCpuImage(image), true, image);
  for (const image of ['nvidia/cuda:12.1.0-runtime-ubuntu22.04', 'python:${PY}', 'pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime'])
    assert.equal(isCpuImage(image), false, image);
});
