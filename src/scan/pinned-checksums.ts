// SHA-256 of the release tarballs for the versions we ship pinned, keyed by version and
// asset name. A download must match this table (or, for a version not in it, the workflow's
// trivy-sha256). The release's own checksums file is never consulted: it is served by the same
// place as the tarball, so a replaced release comes with a matching one; this table changes
// only in a reviewed diff.
//
// 0.69.3: the values of the release's own trivy_0.69.3_checksums.txt
// (https://github.com/aquasecurity/trivy/releases/download/v0.69.3/trivy_0.69.3_checksums.txt),
// as transcribed in awslabs/automated-security-helper,
// automated_security_helper/utils/tool_downloads.py (the revision pinning trivy v0.69.3), and
// identical in several independent public pins of the same assets (Dockerfiles and install
// scripts that run `sha256sum --check` against them). Not computed here: Trivy cannot be
// downloaded on the machine this was written on.
//
// To bump: copy the four lines from the new release's checksums file, verify that file's
// sigstore bundle (cosign verify-blob), and change DEFAULT_TRIVY_VERSION in the same commit.

export type PinnedChecksums = Readonly<Record<string, Readonly<Record<string, string>>>>;

export const PINNED_TRIVY_CHECKSUMS: PinnedChecksums = {
  '0.69.3': {
    'trivy_0.69.3_Linux-64bit.tar.gz': '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
    'trivy_0.69.3_Linux-ARM64.tar.gz': '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
    'trivy_0.69.3_macOS-64bit.tar.gz': 'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
    'trivy_0.69.3_macOS-ARM64.tar.gz': 'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
  },
};
