// Weights formats from a file's first bytes, and the names that must agree where a signature is shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weightsFormat } from '../../src/image/weights-format.js';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));

test('signatures: safetensors, GGUF, TFLite, HDF5 by name, a PyTorch zip by its first member', () => {
  const safetensors = Buffer.alloc(8);
  safetensors.writeBigUInt64LE(120n);
  assert.equal(weightsFormat('/m/x.anything', Buffer.concat([safetensors, Buffer.from('{"a":1}')])), 'safetensors');
  assert.equal(weightsFormat('/m/llama.q4', bytes('GGUF', 3, 0, 0, 0)), 'GGUF');
  assert.equal(weightsFormat('/m/m.tflite', bytes(0x1c, 0, 0, 0, 'TFL3')), 'TFLite');
  const hdf5 = bytes(0x89, 'HDF\r\n', 0x1a, '\n');
  assert.equal(weightsFormat('/m/model.h5', hdf5), 'HDF5');
  assert.equal(weightsFormat('/data/measurements.hdf', hdf5), null, 'HDF5 is a data format too: the name decides');
  const zip = (member: string) => {
    const head = Buffer.alloc(30);
    head.write('PK\x03\x04', 0, 'latin1');
    head.writeUInt16LE(member.length, 26);
    return Buffer.concat([head, Buffer.from(member)]);
  };
  assert.equal(weightsFormat('/srv/checkpoint', zip('archive/data.pkl')), 'PyTorch');
  assert.equal(weightsFormat('/wheels/torch-2.5.1-cp311.whl', zip('torch/__init__.py')), null);
});

test('shared signatures need the name: pickle, ONNX protobuf; an ELF library or apt cache is nothing', () => {
  assert.equal(weightsFormat('/app/clf.joblib', bytes(0x80, 4, 0x95)), 'pickle');
  assert.equal(weightsFormat('/app/state.dat', bytes(0x80, 4, 0x95)), null);
  assert.equal(weightsFormat('/m/model.onnx', bytes(0x08, 0x07, 0x12)), 'ONNX');
  assert.equal(weightsFormat('/usr/lib/libcublasLt.so.13', bytes(0x7f, 'ELF', 2, 1, 1)), null);
  assert.equal(weightsFormat('/var/cache/apt/pkgcache.bin', bytes(0x52, 0x17, 0x98, 0x98)), null);
});

test('no head kept: only names no library uses', () => {
  assert.equal(weightsFormat('/m/a.safetensors', undefined), 'safetensors');
  assert.equal(weightsFormat('/m/a.bin', undefined), null);
});
