// Is this file model weights? Told from its first bytes where the format has a signature
// (safetensors, GGUF, a PyTorch zip, HDF5, TFLite), from the signature and the name where the
// signature is shared with other files (pickle, protobuf, zip), and from the name alone when
// the walk kept no head. Pure.

export type WeightsFormat =
  'safetensors' | 'GGUF' | 'GGML' | 'PyTorch' | 'pickle' | 'ONNX' | 'HDF5' | 'NumPy' | 'TFLite' | 'TensorFlow' | 'Keras';

const PICKLED = /\.(bin|pt|pth|ckpt|pkl|joblib|pickle)$/i;
const ZIPPED_WEIGHTS = /\.(bin|pt|pth|ckpt|pkl|tar|npz|keras|nemo|mar)$/i;
const MODEL_DIR = /\/(models?|checkpoints?|weights|ckpts?|hf_cache|huggingface|transformers|torch\/hub)\//i;
// Without a head, only names no library file uses.
const BY_NAME: readonly [RegExp, WeightsFormat][] = [
  [/\.safetensors$/i, 'safetensors'],
  [/\.gguf$/i, 'GGUF'],
  [/\.onnx$/i, 'ONNX'],
  [/\.(pt|pth|ckpt)$/i, 'PyTorch'],
  [/\.(h5|hdf5)$/i, 'HDF5'],
  [/\.tflite$/i, 'TFLite'],
  [/\/variables\/variables\.data-\d+-of-\d+$/, 'TensorFlow'],
];

const ascii = (head: Buffer, start: number, end: number) => head.toString('latin1', start, end);

/** The weights format of the file at `path` whose first bytes are `head` (undefined when not kept), or null. */
export function weightsFormat(path: string, head: Buffer | undefined): WeightsFormat | null {
  if (!head) return BY_NAME.find(([pattern]) => pattern.test(path))?.[1] ?? null;
  if (isSafetensors(head)) return 'safetensors';
  const magic = ascii(head, 0, 4);
  if (magic === 'GGUF') return 'GGUF';
  if (magic === 'lmgg' || magic === 'tjgg' || magic === 'fmgg') return 'GGML';
  if (ascii(head, 4, 8) === 'TFL3') return 'TFLite';
  if (head.length >= 8 && head.subarray(0, 8).equals(HDF5_MAGIC))
    return /\.keras$/i.test(path) ? 'Keras' : /\.(h5|hdf5)$/i.test(path) ? 'HDF5' : null;
  if (magic === 'PK\x03\x04') return zippedWeights(path, head);
  if (ascii(head, 0, 6) === '\x93NUMPY') return /\.npy$/i.test(path) && MODEL_DIR.test(path) ? 'NumPy' : null;
  // A pickle stream (protocol 2 to 5): torch.save before 1.6, joblib, sklearn.
  if (head[0] === 0x80 && head[1] >= 2 && head[1] <= 5) return PICKLED.test(path) ? 'pickle' : null;
  // ONNX and TensorFlow graphs are protobuf, with no magic: the name decides, then the first field's tag.
  if (/\.onnx$/i.test(path) && head[0] === 0x08) return 'ONNX';
  if (/\/variables\/variables\.data-\d+-of-\d+$/.test(path) || /\/saved_model\.pb$/.test(path)) return 'TensorFlow';
  return null;
}

const HDF5_MAGIC = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-byte little-endian header length, then that header's JSON object. */
function isSafetensors(head: Buffer): boolean {
  if (head.length < 10) return false;
  const length = head.readBigUInt64LE(0);
  return length >= 2n && length < 100_000_000n && head[8] === 0x7b && (head[9] === 0x22 || head[9] === 0x20 || head[9] === 0x7d);
}

/** torch.save writes a zip whose first member is `<name>/data.pkl` (or `<name>/byteorder`, then data.pkl). */
function zippedWeights(path: string, head: Buffer): WeightsFormat | null {
  const nameLength = head.length >= 30 ? head.readUInt16LE(26) : 0;
  const first = ascii(head, 30, Math.min(head.length, 30 + nameLength));
  if (/\/(data\.pkl|byteorder|\.format_version|version)$/.test(first)) return 'PyTorch';
  if (/\.keras$/i.test(path)) return 'Keras';
  if (/\.npz$/i.test(path)) return MODEL_DIR.test(path) || /\.npy$/.test(first) ? 'NumPy' : null;
  return ZIPPED_WEIGHTS.test(path) && MODEL_DIR.test(path) ? 'PyTorch' : null;
}
