// Which Trivy release to install and how to check it: pure functions, no I/O.
// After CVE-2026-33634 (malicious Trivy binaries published as 0.69.4 and later tags
// re-pointed in March 2026) we only ever install an exact, reviewed version.

/** The release installed when `trivy-version` is not set. Its checksums are pinned in pinned-checksums.ts. */
export const DEFAULT_TRIVY_VERSION = '0.69.3';

export const DEFAULT_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';
/** Overrides DEFAULT_RELEASES_URL (tests point it at a local server; mirrors can too). */
export const RELEASES_URL_ENV = 'MLG_TRIVY_RELEASES_URL';

const COMPROMISED = { from: [0, 69, 4], to: [0, 69, 6] } as const;

export type VersionCheck = { ok: true; version: string } | { ok: false; reason: string };

/** Accepts an exact release ("0.69.3" or "v0.69.3"); refuses ranges, "latest" and the compromised releases. */
/** Accepts an exact release ("0.69.3" or "v0.69.3"); refuses ranges, "latest" and the compromised releases. */
export function checkTrivyVersion(input: string): VersionCheck {
  const parts = exactVersion(input);
  if (!parts) {
    return {
      ok: false,
      reason: `trivy-version "${input}" is not an exact release (like ${DEFAULT_TRIVY_VERSION}); ranges and "latest" are refused so a re-pointed tag cannot change what runs`,
    };
  }
  const version = parts.join('.');
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
  const parts = exactVersion(version);
  return parts !== null && compare(parts, COMPROMISED.from) >= 0 && compare(parts, COMPROMISED.to) <= 0;
}

function exactVersion(input: string): number[] | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(input.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Release asset name for a platform/arch as Node names them, or null when Trivy publishes none we support. */
export function trivyAssetName(version: string, platform: string, arch: string): string | null {
  const os = { linux: 'Linux', darwin: 'macOS' }[platform];
  const cpu = { x64: '64bit', arm64: 'ARM64' }[arch];
  return os && cpu ? `trivy_${version}_${os}-${cpu}.tar.gz` : null;
}

export function releaseUrls(baseUrl: string, version: string, assetName: string) {
  const base = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
  return { tarball: `${base}/${assetName}`, checksums: `${base}/trivy_${version}_checksums.txt` };
}

/** The SHA-256 that a goreleaser checksums file ("<hex>  <name>" lines) lists for one asset. */
export function checksumFor(checksumsText: string, assetName: string): string | null {
  for (const line of checksumsText.split('\n')) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (match && match[2] === assetName) return match[1].toLowerCase();
  }
  return null;
}
