// Downloads the corpus Dockerfiles that are not committed (index.tsv `committed` = no) at their
// pinned commits into bench/real-world/fetched/ (git-ignored): `npm run corpus:fetch`.
// Each download is checked against the git blob id recorded in the index, so a file is either the
// exact bytes that were labelled or it is not written. Files already present and intact are kept.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, readIndex } from './corpus.js';

const OUT = join(CORPUS_DIR, 'fetched');
const MAX_BYTES = 1024 * 1024; // no Dockerfile in the corpus comes near this
const TIMEOUT_MS = 30_000;

/** Git's blob id of some bytes: sha1("blob <length>\0" + bytes). */
const blobId = (bytes: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');

mkdirSync(OUT, { recursive: true });
let kept = 0;
let fetched = 0;
const failed: string[] = [];
for (const entry of readIndex().filter((e) => e.committed === 'no')) {
  const dest = join(OUT, `${entry.id}.Dockerfile`);
  if (existsSync(dest) && blobId(readFileSync(dest)) === entry.blob) {
    kept++;
    continue;
  }
  const path = entry.path.split('/').map(encodeURIComponent).join('/');
  const url = `https://raw.githubusercontent.com/${entry.repository}/${entry.commit}/${path}`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new Error(`${bytes.length} bytes, more than ${MAX_BYTES}`);
    if (blobId(bytes) !== entry.blob) throw new Error(`content differs from blob ${entry.blob}`);
    writeFileSync(dest, bytes);
    fetched++;
  } catch (error) {
    failed.push(`${entry.id}: ${url}: ${(error as Error).message}`);
  }
}
console.log(`corpus fetch: ${fetched} downloaded, ${kept} already present, ${failed.length} failed`);
for (const line of failed) console.log(`  ${line}`);
process.exitCode = failed.length === 0 ? 0 : 1;
