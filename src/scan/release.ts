// Which Trivy release to install and which SHA-256 its tarball must have: pure functions, no I/O.
// After CVE-2026-33634 (malicious Trivy binaries published as 0.69.4 and later tags
// re-pointed in March 2026) we only ever install an exact version whose tarball hash comes
// from somewhere other than the release itself: our pinned table or the workflow's trivy-sha256.
import semver from 'semver';
import type { PinnedChecksums } from './pinned-checksums.js';

/** The release installed when `trivy-version` is not set. Its checksums are pinned in pinned-checksums.ts. */
export const DEFAULT_TRIVY_VERSION = '0.69.3';

export const DEFAULT_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';
/** Overrides DEFAULT_RELEASES_URL (tests point it at a local server; mirrors can too). */
export const RELEASES_URL_ENV = 'MLG_TRIVY_RELEASES_URL';

/** Prereleases and builds of these count too: 0.69.5-rc.1 or 0.69.5+dirty is the same code. */
const COMPROMISED = '>=0.69.4 <=0.69.6';

export type VersionCheck = { ok: true; version: string } | { ok: false; reason: string };

/** Accepts an exact release ("0.69.3" or "v0.69.3"); refuses ranges, "latest" and the compromised releases. */
export function checkTrivyVersion(input: string): VersionCheck {
  const version = semver.valid(input.trim());
  if (!version) {
    return {
      ok: false,
      reason: `trivy-version "${input}" is not an exact release (like ${DEFAULT_TRIVY_VERSION}); ranges and "latest" are refused so a re-pointed tag cannot change what runs`,
    };
  }
  if (isCompromisedVersion(version)) {
    return {
      ok: false,
      reason: `trivy-version ${version} is refused: Trivy 0.69.4–0.69.6 were published with malicious binaries (CVE-2026-33634, GHSA-69fq-xp46-6x23); use ${DEFAULT_TRIVY_VERSION}`,
    };
  }
  return { ok: true, version };
}

/** Also used on a `trivy` found on PATH, whose version we learn only by asking it. */
export function isCompromisedVersion(version: string): boolean {
  const parsed = semver.valid(version.trim());
  return parsed !== null && semver.satisfies(parsed, COMPROMISED, { includePrerelease: true });
}

/** Release asset name for a platform/arch as Node names them, or null when Trivy publishes none we support. */
export function trivyAssetName(version: string, platform: string, arch: string): string | null {
  const os = { linux: 'Linux', darwin: 'macOS' }[platform];
  const cpu = { x64: '64bit', arm64: 'ARM64' }[arch];
  return os && cpu ? `trivy_${version}_${os}-${cpu}.tar.gz` : null;
}

export function tarballUrl(baseUrl: string, version: string, assetName: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v${version}/${assetName}`;
}

export type ExpectedChecksum = { ok: true; sha256: string; source: string } | { ok: false; reason: string };

/**
 * The SHA-256 the tarball must have: our pin for the version, else the workflow's trivy-sha256.
 * Never the release's own checksums file: it is served by the same place as the tarball, so a
 * replaced release comes with a matching one.
 */
export function expectedTarballChecksum(version: string, asset: string, pinned: PinnedChecksums, given: string | null): ExpectedChecksum {
  const pin = pinned[version]?.[asset];
  if (pin && given && pin !== given) {
    return {
      ok: false,
      reason: `trivy-sha256 ${given} disagrees with the sha256 ml-image-guard pins for ${asset} (${pin}); remove trivy-sha256 or fix it; refusing to install`,
    };
  }
  if (pin) return { ok: true, sha256: pin, source: 'pinned by ml-image-guard' };
  if (given) return { ok: true, sha256: given, source: 'from trivy-sha256' };
  const pinnedVersions = Object.keys(pinned).join(', ') || 'none';
  return {
    ok: false,
    reason: `Trivy ${version} has no checksum pinned by ml-image-guard (pinned: ${pinnedVersions}); set trivy-sha256 to the SHA-256 of ${asset} from a source you trust, or use trivy-version ${DEFAULT_TRIVY_VERSION}; refusing to install`,
  };
}
