import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDockerfile, finalStage } from '../../src/lint/dockerfile.js';
import { layerEntryIndexes, layersFromHistory, matchHistoryToInstructions, parseHistory } from '../../src/image/history.js';

// `docker history --no-trunc --human=false --format '{{json .}}'` of the multistage fixture image
// built by buildx 0.13.1 on Docker 26 (containerd store), newest first.
const HISTORY = [
  { CreatedBy: 'CMD ["/app/server"]', Size: '0', Comment: 'buildkit.dockerfile.v0' },
  { CreatedBy: 'COPY app.py /app/ # buildkit', Size: '4096', Comment: 'buildkit.dockerfile.v0' },
  {
    CreatedBy:
      'RUN /bin/busybox sh -c head -c 5000000 /dev/urandom > /usr/include/cuda_runtime.h &&     head -c 5000000 /dev/urandom > /usr/lib/libtorch_static.a # buildkit',
    Size: '10006528',
    Comment: 'buildkit.dockerfile.v0',
  },
  { CreatedBy: 'COPY /out/server /app/server # buildkit', Size: '3002368', Comment: 'buildkit.dockerfile.v0' },
  { CreatedBy: 'WORKDIR /app', Size: '0', Comment: 'buildkit.dockerfile.v0' },
  { CreatedBy: 'ENV PATH=/usr/bin:/bin', Size: '0', Comment: 'buildkit.dockerfile.v0' },
  {
    CreatedBy:
      'RUN /bin/busybox sh -c /bin/busybox mkdir -p /usr/bin /usr/include /usr/lib && /bin/busybox --install -s /usr/bin # buildkit',
    Size: '12288',
    Comment: 'buildkit.dockerfile.v0',
  },
  { CreatedBy: 'SHELL [/bin/busybox sh -c]', Size: '0', Comment: 'buildkit.dockerfile.v0' },
  { CreatedBy: 'COPY busybox /bin/busybox # buildkit', Size: '1990656', Comment: 'buildkit.dockerfile.v0' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

const model = parseDockerfile(readFileSync(new URL('../fixtures/images/multistage/Dockerfile', import.meta.url), 'utf8'));
const chain = finalStage(model, null).chainInstructions;

test('history entries map to the final chain lines; WORKDIR with no bytes is still the layer of line 14', () => {
  const history = parseHistory(HISTORY);
  assert.equal(history[0].createdBy, 'COPY busybox /bin/busybox # buildkit');
  assert.deepEqual(
    matchHistoryToInstructions(history, chain).map((m) => m.line),
    [8, 9, 10, 13, 14, 15, 16, 18, 19],
  );
  const diffIds = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `sha256:${x}`);
  // Docker 26 reports an empty WORKDIR layer as 0 bytes: the count of layers settles it.
  assert.deepEqual(layerEntryIndexes(history, 6), [0, 2, 4, 5, 6, 7]);
  const layers = layersFromHistory(history, diffIds, chain);
  assert.deepEqual(
    layers.map((l) => [l.line, l.size, l.fromBase]),
    [
      [8, 1990656, false],
      [10, 12288, false],
      [14, 0, false],
      [15, 3002368, false],
      [16, 10006528, false],
      [18, 4096, false],
    ],
  );
});

test('base image entries (older than the first match) are fromBase with no line', () => {
  const history = parseHistory(
    [
      { CreatedBy: 'COPY app.py /app/ # buildkit', Size: '10' },
      { CreatedBy: 'RUN |1 PY=3 /bin/sh -c pip install -r r.txt # buildkit', Size: '20' },
      { CreatedBy: 'CMD ["python3"]', Size: '0' },
      { CreatedBy: 'RUN /bin/sh -c apt-get update # buildkit', Size: '30' },
      { CreatedBy: '/bin/sh -c #(nop) ADD file:abc in / ', Size: '40' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  const own = parseDockerfile('FROM python:3.11\nARG PY=3\nRUN pip install -r r.txt\nCOPY app.py /app/\n').stages[0].instructions;
  const lines = matchHistoryToInstructions(history, own);
  assert.deepEqual(lines, [
    { line: null, fromBase: true },
    { line: null, fromBase: true },
    { line: null, fromBase: true },
    { line: 3, fromBase: false },
    { line: 4, fromBase: false },
  ]);
  // The image config's empty_layer flags, when known, decide exactly.
  assert.deepEqual(layerEntryIndexes(history, 4, [false, false, true, false, false]), [0, 1, 3, 4]);
});
