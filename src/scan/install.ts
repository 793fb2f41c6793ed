// Adapter: puts a verified Trivy binary on disk (download, check, tool cache) or finds
// the one on PATH when the user asked for `trivy-version: system`. Every failure throws
// an InstallError whose message goes into the report as the scan's reason.
import { createHash } from 'node:crypto';
import * as tc from '@actions/tool-cache';
import { chmod, readFile, rm, stat } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../util/exec.js';
import { trivyEnv } from './argv.js';
import { PINNED_TRIVY_CHECKSUMS, type PinnedChecksums } from './pinned-checksums.js';
import { DEFAULT_RELEASES_URL, RELEASES_URL_ENV, checksumFor, isCompromisedVersion, releaseUrls, trivyAssetName } from './release.js';

const TOOL_NAME = 'trivy';

export class InstallError extends Error {}

export interface InstallOptions {
  /** Defaults to $MLG_TRIVY_RELEASES_URL, then GitHub releases. */
  releasesUrl?: string;
  pinned?: PinnedChecksums;
  platform?: string;
  arch?: string;
  log?: (message: string) => void;
}

export interface TrivyBinary {
  path: string;
  version: string | null;
}

/** Installs `version` (already accepted by checkTrivyVersion) and returns the binary's path. */
export async function installTrivy(version: string, options: InstallOptions = {}): Promise<TrivyBinary> {
  const log = options.log ?? (() => undefined);
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  useDefaultRunnerDirs();

  // Only verified binaries are ever put in the tool cache, so a hit needs no new check.
  const cachedDir = tc.find(TOOL_NAME, version, arch);
  if (cachedDir) {
    log(`Using Trivy ${version} from the tool cache`);
    return { path: join(cachedDir, TOOL_NAME), version };
  }

  const asset = trivyAssetName(version, platform, arch);
  if (!asset) {
    throw new InstallError(`Trivy publishes no release for ${platform}/${arch}; set trivy-version: system to use a trivy on PATH`);
  }
  const urls = releaseUrls(options.releasesUrl ?? process.env[RELEASES_URL_ENV] ?? DEFAULT_RELEASES_URL, version, asset);
  const expected = await expectedChecksum(urls.checksums, version, asset, options.pinned ?? PINNED_TRIVY_CHECKSUMS);

  log(`Downloading ${urls.tarball}`);
  const tarball = await download(urls.tarball);
  let extracted: string | undefined;
  try {
    const actual = createHash('sha256')
      .update(await readFile(tarball))
      .digest('hex');
    if (actual !== expected) {
      throw new InstallError(
        `checksum mismatch for ${asset}: expected sha256 ${expected}, downloaded file has ${actual}; refusing to run it`,
      );
    }
    extracted = await tc.extractTar(tarball);
    const binary = join(extracted, TOOL_NAME);
    if (!(await stat(binary).catch(() => null))?.isFile()) {
      throw new InstallError(`${asset} has no ${TOOL_NAME} executable at its top level`);
    }
    const toolDir = await tc.cacheFile(binary, TOOL_NAME, TOOL_NAME, version, arch);
    const path = join(toolDir, TOOL_NAME);
    await chmod(path, 0o755);
    log(`Trivy ${version} verified (sha256 ${expected}) and cached`);
    return { path, version };
  } finally {
    await rm(tarball, { force: true });
    if (extracted) await rm(extracted, { recursive: true, force: true });
  }
}

/** The checksum the release lists for the asset, which must also equal our pinned value when we pin this version. */
async function expectedChecksum(url: string, version: string, asset: string, pinned: PinnedChecksums): Promise<string> {
  const file = await download(url);
  let listed: string | null;
  try {
    listed = checksumFor(await readFile(file, 'utf8'), asset);
  } finally {
    await rm(file, { force: true });
  }
  if (!listed) throw new InstallError(`the release's checksums file (${url}) has no line for ${asset}; refusing to install`);

  const pinnedForVersion = pinned[version];
  if (!pinnedForVersion) return listed;
  const pin = pinnedForVersion[asset];
  if (!pin) throw new InstallError(`no pinned checksum for ${asset} although Trivy ${version} is pinned; refusing to install`);
  if (pin !== listed) {
    throw new InstallError(
      `the release's checksums file lists sha256 ${listed} for ${asset}, but ml-image-guard pins ${pin}: the release may have been replaced; refusing to install`,
    );
  }
  return pin;
}

async function download(url: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = message === 'aborted' || code === 'ECONNRESET' ? 'the connection closed before the whole file arrived' : message;
    throw new InstallError(`could not download ${url}: ${why}`);
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
