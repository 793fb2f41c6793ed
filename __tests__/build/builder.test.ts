import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builderDriver, imageStore } from '../../src/build/builder.js';

// Recorded on this machine: `docker buildx inspect` (buildx 0.13) and `docker info --format
// '{{json .DriverStatus}}'` of the main engine (containerd store) and of the second one (classic).
const INSPECT = `Name:          default
Driver:        docker
Last Activity: 2026-12-01 22:01:33 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
`;

test('the builder driver and the image store, from what docker prints', () => {
  assert.equal(builderDriver(INSPECT), 'docker');
  assert.equal(builderDriver(INSPECT.replace('docker\n', 'docker-container\n')), 'docker-container');
  assert.equal(builderDriver('ERROR: no builder "x" found'), null);
  assert.equal(imageStore('[["driver-type","io.containerd.snapshotter.v1"]]'), 'containerd');
  assert.equal(
    imageStore(
      '[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Native Overlay Diff","true"],["userxattr","false"]]',
    ),
    'classic',
  );
});
