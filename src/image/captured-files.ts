// Which file contents the layer walk keeps while it streams (all others are drained unread):
// package-manager metadata, each read up to a bound, and the first bytes of every large file,
// enough to tell a weights format from a library. Pure.

export interface CapturedFile {
  path: string;
  /** The file's first bytes, at most the limit its kind allows. */
  data: Buffer;
  /** False when the file was longer than its limit and `data` is only its start. */
  complete: boolean;
}

export type CaptureKind = 'python' | 'conda' | 'dpkg' | 'apk' | 'head';

// A wheel's METADATA carries its whole README after the headers, which are all we read.
const METADATA_BYTES = 256 * 1024;
// torch's RECORD, the longest seen here, is about 2 MB; conda's JSON for a CUDA toolkit about 10.
const LIST_BYTES = 16 * 1024 * 1024;
const CONDA_JSON_BYTES = 32 * 1024 * 1024;
/** Enough for every format check: magic numbers, a safetensors header length, a zip archive's first member name. */
export const HEAD_BYTES = 128;
/** Files from this size get their head kept: smaller ones are never weights worth a finding. */
export const HEAD_MIN_BYTES = 1024 * 1024;

const PYTHON_METADATA =
  /\/(?:site|dist)-packages\/[^/]+\.(?:dist-info\/(?:METADATA|RECORD|INSTALLER|top_level\.txt)|egg-info(?:\/(?:PKG-INFO|installed-files\.txt|top_level\.txt))?)$/;
const PYTHON_HEADERS = /\/(?:METADATA|PKG-INFO|\.egg-info)$/;
const CONDA_META = /\/conda-meta\/[^/]+\.json$/;
const DPKG = /^\/var\/lib\/dpkg\/(?:status|info\/[^/]+\.list|status\.d\/[^/]+)$/;
const APK = /^\/lib\/apk\/db\/installed$/;

/** What the walk keeps of a regular file of `size` bytes at `path`: its kind and byte limit, or null. */
export function captureOf(path: string, size: number): { kind: CaptureKind; limit: number } | null {
  if (path.endsWith('.json') && CONDA_META.test(path)) return { kind: 'conda', limit: CONDA_JSON_BYTES };
  if (path.includes('-packages/') && PYTHON_METADATA.test(path))
    return { kind: 'python', limit: PYTHON_HEADERS.test(path) ? METADATA_BYTES : LIST_BYTES };
  if (path.startsWith('/var/lib/dpkg/') && DPKG.test(path)) return { kind: 'dpkg', limit: LIST_BYTES };
  if (APK.test(path)) return { kind: 'apk', limit: CONDA_JSON_BYTES };
  if (size >= HEAD_MIN_BYTES) return { kind: 'head', limit: HEAD_BYTES };
  return null;
}

/**
 * The walk keeps at most this many bytes of captured contents in all (a hostile image could
 * ship a million RECORD files): past it, metadata is no longer kept and the inventory says so.
 */
export const CAPTURE_BUDGET_BYTES = 96 * 1024 * 1024;
