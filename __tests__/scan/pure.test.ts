import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trivyEnv, trivyImageArgs, type TrivyImageArgs } from '../../src/scan/argv.js';
import { actionsCacheAvailable, dbCacheKey, trivyCacheDir } from '../../src/scan/db-cache.js';
import { trivyFailureReason } from '../../src/scan/failure.js';
import { PINNED_TRIVY_CHECKSUMS } from '../../src/scan/pinned-checksums.js';
import {
  DEFAULT_TRIVY_VERSION,
  checkTrivyVersion,
  expectedTarballChecksum,
  isCompromisedVersion,
  tarballUrl,
  trivyAssetName,
} from '../../src/scan/release.js';

describe('trivyImageArgs', () => {
  const base: TrivyImageArgs = {
    imageRef: 'mlg/app:pr-1',
    scanners: ['vuln'],
    timeoutSeconds: 300,
    ignoreFile: null,
    dbRepository: null,
    cacheDir: '/c',
    outputPath: '/t/out.json',
  };
  const common = ['image', '--format', 'json', '--list-all-pkgs=false'];
  const rows: [string, Partial<TrivyImageArgs>, string[]][] = [
    [
      'an image in the engine',
      {},
      [
        ...common,
        '--scanners',
        'vuln',
        '--timeout',
        '300s',
        '--cache-dir',
        '/c',
        '--output',
        '/t/out.json',
        '--quiet',
        '--',
        'mlg/app:pr-1',
      ],
    ],
    [
      'secrets too, an ignore file, a DB mirror',
      { scanners: ['vuln', 'secret'], timeoutSeconds: 90, ignoreFile: '.trivyignore', dbRepository: 'registry.local/trivy-db' },
      [
        ...common,
        '--scanners',
        'vuln,secret',
        '--timeout',
        '90s',
        '--cache-dir',
        '/c',
        '--output',
        '/t/out.json',
        '--quiet',
        '--ignorefile',
        '.trivyignore',
        '--db-repository',
        'registry.local/trivy-db',
        '--',
        'mlg/app:pr-1',
      ],
    ],
    [
      'no scanners given',
      { scanners: [] },
      [
        ...common,
        '--scanners',
        'vuln',
        '--timeout',
        '300s',
        '--cache-dir',
        '/c',
        '--output',
        '/t/out.json',
        '--quiet',
        '--',
        'mlg/app:pr-1',
      ],
    ],
    [
      'an image ref that looks like a flag stays an argument',
      { imageRef: '--exit-code=0' },
      [
        ...common,
        '--scanners',
        'vuln',
        '--timeout',
        '300s',
        '--cache-dir',
        '/c',
        '--output',
        '/t/out.json',
        '--quiet',
        '--',
        '--exit-code=0',
      ],
    ],
    [
      'an OCI layout a build wrote, one platform of it: --input and --platform',
      { imageRef: '/w/oci', layoutDir: '/w/oci', platform: 'linux/arm64' },
      [
        ...common,
        '--scanners',
        'vuln',
        '--timeout',
        '300s',
        '--cache-dir',
        '/c',
        '--output',
        '/t/out.json',
        '--quiet',
        '--platform',
        'linux/arm64',
        '--input=/w/oci',
      ],
    ],
  ];
  for (const [name, change, expected] of rows) {
    it(name, () => assert.deepEqual(trivyImageArgs({ ...base, ...change }), expected));
  }
  it('never filters severities or asks Trivy for an exit code', () => {
    const argv = trivyImageArgs({ ...base, scanners: ['vuln', 'secret'], ignoreFile: 'x', dbRepository: 'y' });
    assert.ok(!argv.some((a) => a.startsWith('--severity') || a.startsWith('--exit-code') || a === '--ignore-unfixed'));
  });
});

describe('trivyEnv', () => {
  it('passes what Trivy needs and drops the job’s tokens', () => {
    const env = trivyEnv({
      PATH: '/bin',
      HOME: '/home/r',
      DOCKER_HOST: 'unix:///d.sock',
      TRIVY_USERNAME: 'u',
      HTTPS_PROXY: 'http://p',
      no_proxy: 'localhost',
      GITHUB_TOKEN: 'ghs_x',
      ACTIONS_RUNTIME_TOKEN: 't',
      AWS_SECRET_ACCESS_KEY: 's',
      INPUT_GITHUB_TOKEN: 'ghs_y',
    });
    assert.deepEqual(Object.keys(env).sort(), ['DOCKER_HOST', 'HOME', 'HTTPS_PROXY', 'PATH', 'TRIVY_USERNAME', 'no_proxy']);
    assert.equal(env.GITHUB_TOKEN, undefined);
  });
});

describe('checkTrivyVersion', () => {
  const rows: [string, string | RegExp][] = [
    ['0.69.3', '0.69.3'],
    ['v0.69.3', '0.69.3'],
    [' 0.70.0 ', '0.70.0'],
    ['0.69.2', '0.69.2'],
    ['0.69.7', '0.69.7'],
    ['0.69.4', /0\.69\.4 is refused.*CVE-2026-33634/],
    ['v0.69.5', /0\.69\.5 is refused.*CVE-2026-33634/],
    ['0.69.6', /refused/],
    // Builds and prereleases of a compromised release are that release (semver order, prereleases included).
    ['0.69.5+dirty', /0\.69\.5 is refused.*CVE-2026-33634/],
    ['0.69.6-rc.1', /refused.*CVE-2026-33634/],
    ['0.69.4-rc.1', '0.69.4-rc.1'],
    ['0.70.0-rc.1', '0.70.0-rc.1'],
    ['0.69.03', /not an exact release/],
    ['latest', /not an exact release/],
    ['0.69', /not an exact release/],
    ['^0.69.3', /not an exact release/],
    ['0.69.3; rm -rf /', /not an exact release/],
  ];
  for (const [input, expected] of rows) {
    it(JSON.stringify(input), () => {
      const check = checkTrivyVersion(input);
      if (typeof expected === 'string') assert.deepEqual(check, { ok: true, version: expected });
      else assert.match(check.ok ? '' : check.reason, expected);
    });
  }
  it('the default is an exact, allowed release with pinned checksums for every supported platform', () => {
    assert.deepEqual(checkTrivyVersion(DEFAULT_TRIVY_VERSION), { ok: true, version: DEFAULT_TRIVY_VERSION });
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['linux', 'arm64'],
      ['darwin', 'x64'],
      ['darwin', 'arm64'],
    ]) {
      const asset = trivyAssetName(DEFAULT_TRIVY_VERSION, platform, arch)!;
      assert.match(PINNED_TRIVY_CHECKSUMS[DEFAULT_TRIVY_VERSION][asset], /^[0-9a-f]{64}$/, asset);
    }
  });
});

describe('release assets and checksums', () => {
  it('names assets the way Trivy publishes them', () => {
    assert.equal(trivyAssetName('0.69.3', 'linux', 'x64'), 'trivy_0.69.3_Linux-64bit.tar.gz');
    assert.equal(trivyAssetName('0.69.3', 'linux', 'arm64'), 'trivy_0.69.3_Linux-ARM64.tar.gz');
    assert.equal(trivyAssetName('0.69.3', 'darwin', 'arm64'), 'trivy_0.69.3_macOS-ARM64.tar.gz');
    assert.equal(trivyAssetName('0.69.3', 'win32', 'x64'), null);
    assert.equal(trivyAssetName('0.69.3', 'linux', 'ia32'), null);
  });
  it('builds the tarball URL', () => {
    assert.equal(
      tarballUrl('http://127.0.0.1:9/dl/', '0.69.3', 'trivy_0.69.3_Linux-64bit.tar.gz'),
      'http://127.0.0.1:9/dl/v0.69.3/trivy_0.69.3_Linux-64bit.tar.gz',
    );
  });
});

describe('isCompromisedVersion (semver)', () => {
  for (const [version, compromised] of [
    ['0.69.4', true],
    ['v0.69.6', true],
    ['0.69.5+dirty', true],
    ['0.69.6-rc.1', true],
    ['0.69.3', false],
    ['0.69.7', false],
    ['0.69.4-rc.1', false],
    ['dev', false],
  ] as const) {
    it(`${version}: ${compromised}`, () => assert.equal(isCompromisedVersion(version), compromised));
  }
});

describe('expectedTarballChecksum', () => {
  const asset = 'trivy_0.70.0_Linux-64bit.tar.gz';
  const pinned = { '0.70.0': { [asset]: 'a'.repeat(64) } };
  it('the pin, else trivy-sha256, never nothing', () => {
    assert.deepEqual(expectedTarballChecksum('0.70.0', asset, pinned, null), {
      ok: true,
      sha256: 'a'.repeat(64),
      source: 'pinned by ml-image-guard',
    });
    assert.deepEqual(expectedTarballChecksum('0.70.0', asset, pinned, 'a'.repeat(64)), {
      ok: true,
      sha256: 'a'.repeat(64),
      source: 'pinned by ml-image-guard',
    });
    assert.deepEqual(expectedTarballChecksum('0.71.0', 'x', pinned, 'b'.repeat(64)), {
      ok: true,
      sha256: 'b'.repeat(64),
      source: 'from trivy-sha256',
    });
    const none = expectedTarballChecksum('0.71.0', 'trivy_0.71.0_Linux-64bit.tar.gz', pinned, null);
    assert.match(
      none.ok ? '' : none.reason,
      /^Trivy 0\.71\.0 has no checksum pinned by ml-image-guard \(pinned: 0\.70\.0\); set trivy-sha256/,
    );
    const clash = expectedTarballChecksum('0.70.0', asset, pinned, 'c'.repeat(64));
    assert.match(clash.ok ? '' : clash.reason, /trivy-sha256 c{64} disagrees with the sha256 ml-image-guard pins/);
  });
});

describe('DB cache keys', () => {
  it('one key a day, only where the Actions cache service is', () => {
    assert.equal(dbCacheKey(new Date('2026-05-04T23:59:00Z')), 'ml-image-guard-trivy-db-2026-05-04');
    assert.equal(actionsCacheAvailable({}), false);
    assert.equal(actionsCacheAvailable({ ACTIONS_RESULTS_URL: 'https://r/' }), true);
    assert.equal(actionsCacheAvailable({ ACTIONS_CACHE_URL: 'https://c/' }), true);
  });
  it('uses Trivy’s own cache directory', () => {
    assert.equal(trivyCacheDir({ TRIVY_CACHE_DIR: '/x' }), '/x');
    assert.equal(trivyCacheDir({ XDG_CACHE_HOME: '/xdg' }), '/xdg/trivy');
  });
});

describe('trivyFailureReason', () => {
  const result = (stderr: string, extra = {}) => ({ exitCode: 1, stdout: '', stderr, ...extra });
  it('says when the DB could not be had', () => {
    const reason = trivyFailureReason(
      result(
        '2026-05-04T10:00:00Z\tFATAL\tFatal error\trun error: init error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS',
      ),
      300,
    );
    assert.match(reason, /^vulnerability DB unavailable .*TOOMANYREQUESTS/);
  });
  it('says when Trivy ran out of time', () => {
    assert.match(trivyFailureReason(result('FATAL scan error: context deadline exceeded'), 120), /^Trivy timed out after 120s/);
    assert.match(trivyFailureReason(result('', { timedOut: true, exitCode: 137 }), 120), /did not finish within 120s/);
  });
  it('says when trivy could not start, or exited otherwise', () => {
    const spawnError = Object.assign(new Error('spawn trivy ENOENT'), { code: 'ENOENT' });
    assert.match(trivyFailureReason(result('', { spawnError, exitCode: 127 }), 1), /could not start trivy: spawn trivy ENOENT/);
    assert.equal(
      trivyFailureReason(result('INFO x\nERROR unable to inspect the image\n'), 1),
      'Trivy exited with code 1: ERROR unable to inspect the image',
    );
  });
});
