// Where an image is measured from, and what Trivy is pointed at for it: the local image store
// (a tag or id), a registry (by digest once the push is known), or an OCI layout a build wrote.
import type { ImageSection } from '../report/types.js';
import { exec } from '../util/exec.js';
import { parseImageReference, repositoryOf } from '../util/image-ref.js';
import type { BlobStore } from './blobs.js';
import { OciLayout } from './oci-layout.js';
import { RegistryClient } from './registry.js';

export type ImageLocation =
  { kind: 'local'; ref: string } | { kind: 'registry'; ref: string } | { kind: 'oci-layout'; dir: string; ref: string | null };

/** How the report names the source. */
export function sourceName(location: ImageLocation): NonNullable<ImageSection['source']> {
  return location.kind === 'local' ? 'local-store' : location.kind;
}

export function blobStoreOf(location: Exclude<ImageLocation, { kind: 'local' }>): BlobStore {
  return location.kind === 'registry' ? new RegistryClient(location.ref) : new OciLayout(location.dir);
}

/** What Trivy scans: the image by reference (local store or registry), or the layout folder with --input. */
export interface ScanSubject {
  imageRef: string | null;
  layoutDir?: string;
  /** The platform to scan in a multi-platform image. */
  platform?: string;
}

export function scanSubject(location: ImageLocation, platform: string | undefined): ScanSubject {
  const chosen = platform ? { platform } : {};
  if (location.kind === 'oci-layout') return { imageRef: null, layoutDir: location.dir, ...chosen };
  return { imageRef: location.ref, ...(location.kind === 'registry' ? chosen : {}) };
}

/**
 * The image the `image` input names, where it is: the local store when the engine knows one of
 * the candidate references (the digest-pinned one first), else the registry.
 */
export async function locateImage(candidates: readonly string[]): Promise<ImageLocation> {
  for (const ref of candidates) {
    const inspected = await exec('docker', ['image', 'inspect', '--format', '{{.Id}}', ref], { timeoutSeconds: 60 });
    if (inspected.exitCode === 0) return { kind: 'local', ref };
  }
  return { kind: 'registry', ref: candidates[0] };
}

/**
 * `ref` pinned to the digest build-push-action pushed, when its metadata names that digest for
 * the same repository: the measurement is then of exactly what the build produced.
 */
export function pinnedReference(ref: string, digest: string | null, imageNames: string | null): string {
  if (!digest || parseImageReference(ref).digest) return ref;
  const repository = repositoryOf(ref);
  const names = (imageNames ?? '').split(',').map((name) => repositoryOf(name.trim()));
  return names.includes(repository) ? `${repository}@${digest}` : ref;
}
