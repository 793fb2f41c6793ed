// Adapter: puts a verified Trivy binary in a run's work folder, or finds the one on PATH when the
// user asked for `trivy-version: system`. The release tarball is downloaded into memory (bounded),
// its SHA-256 checked against a hash that does not come from the release (our pin or trivy-sha256),
// and the binary extracted from those same bytes: nothing is read back by path between the check
// and the use. The tool cache keeps the tarball, not the binary, so a later run checks the same
// hash again before it extracts and runs anything. Every failure throws an InstallError whose
// message goes into the report as the scan's reason.
import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { ConfinementError, readFileInside } from '../util/confined-fs.js';
import { exec } from '../util/exec.js';
import { trivyEnv } from './argv.js';
import { PINNED_TRIVY_CHECKSUMS, type PinnedChecksums } from './pinned-checksums.js';
import {
  DEFAULT_RELEASES_URL,
  RELEASES_URL_ENV,
  expectedTarballChecksum,
  isCompromisedVersion,
  tarballUrl,
  trivyAssetName,
} from './release.js';

const TOOL_NAME = 'trivy';
/** Trivy's tarballs are about 50 MB; anything far larger is not one. */
export const MAX_TARBALL_BYTES = 256 * 1024 * 1024;
/** The binary is about 150 MB; the cap on what the gunzip may produce bounds a decompression bomb. */
const MAX_BINARY_BYTES = 512 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
const DOWNLOAD_ATTEMPTS = 3;
/** A stalled download ends after this long without a byte, and any download after the deadline. */
const IDLE_TIMEOUT_MS = 60_000;
const DOWNLOAD_DEADLINE_MS = 10 * 60_000;

export class InstallError extends Error {}

export interface InstallOptions {
  /** Defaults to $MLG_TRIVY_RELEASES_URL, then GitHub releases. */
  releasesUrl?: string;
  pinned?: PinnedChecksums;
  platform?: string;
  arch?: string;
  log?: (message: string) => void;
  /** A tool cache whose tarball no longer matches: a warning annotation by default. */
  warn?: (message: string) => void;
  /** Between download attempts (default 10 s, as @actions/tool-cache waits). */
  retryDelayMs?: number;
  maxTarballBytes?: number;
  /** What gunzip may produce from it in all (a decompression bomb is refused, not unpacked). */
  maxUnpackedBytes?: number;
}

export interface TrivyBinary {
  path: string;
  version: string | null;
}

/**
 * Puts Trivy `version` (already accepted by checkTrivyVersion) at `<workDir>/trivy`, from a
 * tarball whose SHA-256 is our pin or `sha256` (trivy-sha256), and returns its path.
 */
export async function installTrivy(
  version: string,
  sha256: string | null,
  workDir: string,
  options: InstallOptions = {},
): Promise<TrivyBinary> {
  const log = options.log ?? (() => undefined);
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const maxBytes = options.maxTarballBytes ?? MAX_TARBALL_BYTES;
  useDefaultRunnerDirs();

  const asset = trivyAssetName(version, platform, arch);
  if (!asset) {
    throw new InstallError(`Trivy publishes no release for ${platform}/${arch}; set trivy-version: system to use a trivy on PATH`);
  }
  const expected = expectedTarballChecksum(version, asset, options.pinned ?? PINNED_TRIVY_CHECKSUMS, sha256);
  if (!expected.ok) throw new InstallError(expected.reason);

  let tarball = cachedTarball(version, arch, asset, maxBytes);
  if (tarball) {
    const actual = sha256Of(tarball);
    if (actual === expected.sha256) {
      log(`Using Trivy ${version} from the tool cache (sha256 ${actual} checked again)`);
    } else {
      (options.warn ?? core.warning)(
        `The tool cache's ${asset} has sha256 ${actual}, not ${expected.sha256} (${expected.source}): it was changed after it was verified; downloading it again`,
      );
      tarball = null;
    }
  }
  const fresh = tarball === null;
  if (!tarball) {
    const url = tarballUrl(options.releasesUrl ?? process.env[RELEASES_URL_ENV] ?? DEFAULT_RELEASES_URL, version, asset);
    log(`Downloading ${url}`);
    const downloaded = await download(url, maxBytes, options.retryDelayMs ?? 10_000);
    const actual = sha256Of(downloaded);
    if (actual !== expected.sha256) {
      throw new InstallError(
        `checksum mismatch for ${asset}: expected sha256 ${expected.sha256} (${expected.source}), downloaded file has ${actual}; refusing to run it`,
      );
    }
    tarball = downloaded;
  }

  const path = join(workDir, TOOL_NAME);
  await extractBinary(tarball, asset, path, options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  if (fresh) {
    await cacheTarball(tarball, asset, version, arch, workDir);
    log(`Trivy ${version} verified (sha256 ${expected.sha256}, ${expected.source}) and cached`);
  }
  return { path, version };
}

const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The tarball an earlier run cached, or null. Read with a cap, only as a regular file inside the tool cache. */
function cachedTarball(version: string, arch: string, asset: string, maxBytes: number): Buffer | null {
  const dir = tc.find(TOOL_NAME, version, arch);
  if (!dir) return null;
  try {
    return readFileInside(join(dir, asset), [process.env.RUNNER_TOOL_CACHE as string], maxBytes);
  } catch (error) {
    // An entry from an older ml-image-guard holds only the binary: download again.
    if (error instanceof ConfinementError || (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** tc.cacheFile copies a file: the bytes go through a temp file in the run's folder. The next run checks them again anyway. */
async function cacheTarball(tarball: Buffer, asset: string, version: string, arch: string, workDir: string): Promise<void> {
  const file = join(workDir, asset);
  try {
    await writeFile(file, tarball, { flag: 'wx', mode: 0o600 });
    await tc.cacheFile(file, asset, TOOL_NAME, version, arch);
  } finally {
    await rm(file, { force: true });
  }
}

/** The top-level `trivy` of the tarball's bytes, written to `path` (a new file, owner-only). */
async function extractBinary(tarball: Buffer, asset: string, path: string, maxUnpacked: number): Promise<void> {
  const extract = tar.extract();
  let unpacked = 0;
  let found = false;
  const bounded = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      unpacked += chunk.length;
      if (unpacked > maxUnpacked) done(new InstallError(`${asset} unpacks to more than ${maxUnpacked} bytes; refusing it`));
      else done(null, chunk);
    },
  });
  const unpacking = pipeline(Readable.from([tarball]), createGunzip(), bounded, extract);
  try {
    for await (const entry of extract) {
      const name = entry.header.name.replace(/^(\.\/)+/, '');
      if (name !== TOOL_NAME) {
        entry.resume();
        continue;
      }
      if (found) throw new InstallError(`${asset} holds more than one ${TOOL_NAME}; refusing it`);
      if (entry.header.type !== 'file')
        throw new InstallError(`${asset}'s ${TOOL_NAME} is a ${entry.header.type}, not a file; refusing it`);
      if ((entry.header.size ?? 0) > MAX_BINARY_BYTES)
        throw new InstallError(`${asset}'s ${TOOL_NAME} is more than ${MAX_BINARY_BYTES} bytes; refusing it`);
      found = true;
      await pipeline(entry, createWriteStream(path, { flags: 'wx', mode: 0o700 }));
    }
    await unpacking;
  } catch (error) {
    extract.destroy();
    await unpacking.catch(() => undefined);
    await rm(path, { force: true });
    if (error instanceof InstallError) throw error;
    throw new InstallError(`${asset} is not a readable .tar.gz (${(error as Error).message}); refusing it`);
  }
  if (!found) throw new InstallError(`${asset} has no ${TOOL_NAME} executable at its top level`);
}

/** The whole body in memory, at most maxBytes; retried on network errors and 5xx/408/429, as tool-cache does. */
async function download(url: string, maxBytes: number, retryDelayMs: number): Promise<Buffer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await downloadOnce(url, maxBytes);
    } catch (error) {
      const retryable = !(error instanceof DownloadError) || error.retryable;
      if (!retryable || attempt === DOWNLOAD_ATTEMPTS) {
        const { code, message } = error as NodeJS.ErrnoException;
        const why = message === 'aborted' || code === 'ECONNRESET' ? 'the connection closed before the whole file arrived' : message;
        throw new InstallError(`could not download ${url}: ${why}`);
      }
      await sleep(retryDelayMs);
    }
  }
}

class DownloadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function downloadOnce(url: string, maxBytes: number): Promise<Buffer> {
  const client = new HttpClient('ml-image-guard', [], { socketTimeout: IDLE_TIMEOUT_MS, allowRedirects: true, maxRedirects: 10 });
  try {
    const response = await client.get(url);
    const body = response.message;
    const status = body.statusCode ?? 0;
    if (status !== 200) {
      body.resume();
      throw new DownloadError(`Unexpected HTTP response: ${status}`, status >= 500 || status === 408 || status === 429);
    }
    const declared = Number(body.headers['content-length'] ?? NaN);
    if (declared > maxBytes) {
      body.destroy();
      throw new DownloadError(`it is ${declared} bytes, more than the ${maxBytes} a Trivy tarball can be`, false);
    }
    const chunks: Buffer[] = [];
    let length = 0;
    const deadline = setTimeout(
      () => body.destroy(new Error(`no complete download within ${DOWNLOAD_DEADLINE_MS / 1000}s`)),
      DOWNLOAD_DEADLINE_MS,
    );
    body.setTimeout(IDLE_TIMEOUT_MS, () => body.destroy(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000}s`)));
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        length += chunk.length;
        if (length > maxBytes) {
          body.destroy();
          throw new DownloadError(`it is more than the ${maxBytes} bytes a Trivy tarball can be`, false);
        }
        chunks.push(chunk);
      }
    } finally {
      clearTimeout(deadline);
    }
    if (Number.isFinite(declared) && length !== declared) throw new Error('aborted');
    return Buffer.concat(chunks);
  } finally {
    client.dispose();
  }
}

/** @actions/tool-cache needs both; outside Actions (the CLI) give it per-user directories. */
function useDefaultRunnerDirs(): void {
  process.env.RUNNER_TOOL_CACHE ||= join(homedir(), '.cache', 'ml-image-guard', 'tools');
  process.env.RUNNER_TEMP ||= join(tmpdir(), 'ml-image-guard');
}

/** `trivy-version: system`: the trivy on PATH, refused when it is one of the compromised releases. */
export async function findSystemTrivy(): Promise<TrivyBinary> {
  const result = await exec(TOOL_NAME, ['--version'], { env: trivyEnv(process.env), timeoutSeconds: 30 });
  if (result.spawnError) throw new InstallError('trivy-version is "system" but no trivy was found on PATH');
  if (result.exitCode !== 0) throw new InstallError(`\`trivy --version\` failed (exit ${result.exitCode}): ${lastLine(result.stderr)}`);
  const version = /Version:\s*v?(\S+)/.exec(result.stdout)?.[1] ?? null;
  if (version && isCompromisedVersion(version)) {
    throw new InstallError(
      `the trivy on PATH is ${version}, one of the releases published with malicious binaries (CVE-2026-33634); remove it and rotate the runner's secrets`,
    );
  }
  return { path: TOOL_NAME, version };
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}
