// An OCI image layout folder (index.json, blobs/sha256/<hex>) as a build writes it with
// `--output type=oci,dest=DIR,tar=false`: the blobs are read from disk, each verified as it
// streams. Blob paths come from checked digests only, and are opened without following links.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  BlobError,
  MANIFEST_MAX_BYTES,
  checkDigest,
  parseManifestDocument,
  readBounded,
  verifiedBlob,
  type BlobStore,
  type Descriptor,
  type ManifestDocument,
} from './blobs.js';

export class OciLayout implements BlobStore {
  readonly label: string;
  constructor(private readonly dir: string) {
    this.label = `the OCI layout in ${dir}`;
  }

  /** A digest, a ref name from index.json's annotations, or null for its only entry. */
  async document(reference: string | null): Promise<ManifestDocument> {
    if (reference?.startsWith('sha256:')) return this.documentAt(reference);
    const index = parseManifestDocument(await this.readFile('index.json', MANIFEST_MAX_BYTES), null, `${this.label}: index.json`);
    if (index.kind !== 'index') throw new BlobError(`${this.label}: index.json is not an image index`);
    const named = reference
      ? index.manifests.find((d) => d.annotations?.['org.opencontainers.image.ref.name'] === reference)
      : index.manifests.length === 1
        ? index.manifests[0]
        : undefined;
    // Several unnamed entries: the layout's index is itself the list of platforms.
    if (!named) return index;
    return this.documentAt(named.digest);
  }

  async blob(descriptor: Descriptor): Promise<Readable> {
    return verifiedBlob(await this.openBlob(descriptor), descriptor, this.label);
  }

  private async documentAt(digest: string): Promise<ManifestDocument> {
    const path = blobPath(checkDigest(digest, this.label));
    return parseManifestDocument(await this.readFile(path, MANIFEST_MAX_BYTES), digest, this.label);
  }

  private async readFile(path: string, maxBytes: number): Promise<Buffer> {
    const stream = await this.openFile(path, null);
    return readBounded(stream, maxBytes, `${this.label}: ${path}`);
  }

  private openBlob(descriptor: Descriptor): Promise<Readable> {
    return this.openFile(blobPath(checkDigest(descriptor.digest, this.label)), descriptor.size);
  }

  /** A regular file inside the layout, never through a symlink; its size checked when known. */
  private async openFile(path: string, size: number | null): Promise<Readable> {
    let handle;
    try {
      handle = await open(join(this.dir, path), constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new BlobError(
        `${this.label}: ${path} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? (error as Error).message})`}`,
      );
    }
    const stat = await handle.stat();
    if (!stat.isFile() || (size !== null && stat.size !== size)) {
      await handle.close();
      throw new BlobError(`${this.label}: ${path} is ${stat.isFile() ? `${stat.size} bytes, not ${size}` : 'not a regular file'}`);
    }
    return handle.createReadStream({ highWaterMark: 1024 * 1024 });
  }
}

function blobPath(digest: string): string {
  return join('blobs', 'sha256', digest.slice('sha256:'.length));
}
