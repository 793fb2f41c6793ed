// Where a branch's baseline report lives: a tag in the cache-ref's repository, so the
// registry login that already authorises the build cache authorises the baseline too.
import { createHash } from 'node:crypto';
import { repositoryOf } from '../util/image-ref.js';

const MAX_TAG_LENGTH = 128; // the OCI distribution spec's limit
const HASH_LENGTH = 12;

/**
 * `mlg-report-<branch>-<key>-<hash>`. The readable part is for people browsing the registry;
 * the hash of the raw branch and key is what keeps tags apart, because sanitising is lossy
 * (`feature/a` and `feature-a` read the same) and joining with "-" is ambiguous.
 */
export function reportTag(branch: string, key: string): string {
  const hash = createHash('sha256').update(`${branch}\n${key}`).digest('hex').slice(0, HASH_LENGTH);
  const readable = ['mlg-report', sanitizeTagPart(branch), sanitizeTagPart(key)].filter(Boolean).join('-');
  const room = MAX_TAG_LENGTH - HASH_LENGTH - 1;
  return `${readable.slice(0, room).replace(/[.-]+$/, '')}-${hash}`;
}

/** The repository of a registry reference: without its tag or digest. null when unusable. */
export function reportRepository(cacheRef: string): string | null {
  const repository = repositoryOf(cacheRef.trim());
  // The reference goes into a generated Dockerfile's FROM line: nothing that could end it.
  return /^[A-Za-z0-9][A-Za-z0-9._:/[\]-]*$/.test(repository) && !repository.endsWith('/') ? repository : null;
}

export function reportRef(cacheRef: string, branch: string, key: string): string | null {
  const repository = reportRepository(cacheRef);
  return repository ? `${repository}:${reportTag(branch, key)}` : null;
}

function sanitizeTagPart(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}
