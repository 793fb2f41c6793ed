// runScan end to end against a Trivy release server on 127.0.0.1 that serves a tarball
// holding a fake `trivy` shell script. The script leaves a marker file when it runs, so
// every refused download can assert that nothing was ever executed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ScanConfig } from '../../src/config/types.js';
import { PINNED_TRIVY_CHECKSUMS, type PinnedChecksums } from '../../src/scan/pinned-checksums.js';
import { DEFAULT_TRIVY_VERSION, trivyAssetName } from '../../src/scan/release.js';
import { runScan, type ScanOptions, type ScanTarget } from '../../src/scan/run.js';
import type { LineMapper } from '../../src/scan/summarize.js';
import { exec } from '../../src/util/exec.js';
import { dropActionsLog } from '../helpers/actions-log.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/trivy/', import.meta.url));
const REPORT = join(FIXTURES, 'image-python.json');
const VERSION = '0.70.0';

const root = mkdtempSync(join(tmpdir(), 'mlg-scan-test-'));
let work = '';
const marker = () => join(work, 'trivy-ran');
const argsFile = () => join(work, 'trivy-args');
const envFile = () => join(work, 'trivy-env');

// Retries of @actions/tool-cache wait 10-20 s by default; it reads these globals for tests (today's install).
Object.assign(globalThis, { TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS: 0, TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS: 0 });

type Route = (res: import('node:http').ServerResponse) => void;
const routes = new Map<string, Route>();
const requests: string[] = [];
let server: Server;
const actionsLog = dropActionsLog();

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes.get(req.url ?? '');
    if (route) route(res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.MLG_TRIVY_RELEASES_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/download`;
});
after(() => {
  actionsLog.restore();
  server.close();
  rmSync(root, { recursive: true, force: true });
});

let counter = 0;
beforeEach(() => {
  work = join(root, String(counter++));
  for (const dir of ['tools', 'temp', 'trivy-cache']) mkdirSync(join(work, dir), { recursive: true });
  process.env.RUNNER_TOOL_CACHE = join(work, 'tools');
  process.env.RUNNER_TEMP = join(work, 'temp');
  process.env.TRIVY_CACHE_DIR = join(work, 'trivy-cache');
  process.env.GITHUB_TOKEN = 'ghs_must_not_reach_trivy';
  delete process.env.ACTIONS_CACHE_URL;
  delete process.env.ACTIONS_RESULTS_URL;
  routes.clear();
  requests.length = 0;
  warnings.length = 0;
});

/** A fake trivy: records that it ran, its argv and env, then acts as told. */
function fakeTrivyScript(behaviour: { report?: string; exitCode?: number; stderr?: string; version?: string }): string {
  return `#!/bin/sh
if [ "$1" = "--version" ]; then echo "Version: ${behaviour.version ?? VERSION}"; exit 0; fi
echo ran >> '${marker()}'
printf '%s\\n' "$@" > '${argsFile()}'
env > '${envFile()}'
out=
while [ $# -gt 0 ]; do
  if [ "$1" = "--output" ]; then out="$2"; fi
  shift
done
${behaviour.stderr ? `echo '${behaviour.stderr}' >&2` : ''}
${behaviour.report ? `cp '${behaviour.report}' "$out"` : ''}
exit ${behaviour.exitCode ?? 0}
`;
}

/** A release tarball; `trivy` may be given as a symlink target instead of a script. */
async function makeTarball(script: string, options: { symlink?: string } = {}): Promise<Buffer> {
  const dir = mkdtempSync(join(work, 'release-'));
  if (options.symlink) symlinkSync(options.symlink, join(dir, 'trivy'));
  else writeFileSync(join(dir, 'trivy'), script);
  if (!options.symlink) chmodSync(join(dir, 'trivy'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'Apache-2.0\n');
  const tarball = join(dir, 'out.tar.gz');
  const result = await exec('tar', ['-czf', tarball, '-C', dir, 'trivy', 'LICENSE']);
  assert.equal(result.exitCode, 0, result.stderr);
  return readFileSync(tarball);
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const assetName = (version: string) => trivyAssetName(version, process.platform, process.arch)!;
const tarballPath = (version: string) => `/download/v${version}/${assetName(version)}`;
const checksumsPath = (version: string) => `/download/v${version}/trivy_${version}_checksums.txt`;

/**
 * Serves a release: the tarball and, as GitHub does, a checksums file that lists the tarball's
 * own hash. We never read that file: whoever replaces a release replaces it too.
 */
async function serveRelease(version: string, options: { script?: string; tarball?: Buffer } = {}) {
  const tarball = options.tarball ?? (await makeTarball(options.script ?? fakeTrivyScript({ report: REPORT })));
  routes.set(checksumsPath(version), (res) => res.writeHead(200).end(`${sha256(tarball)}  ${assetName(version)}\n`));
  routes.set(tarballPath(version), (res) => res.writeHead(200, { 'content-length': tarball.length }).end(tarball));
  return tarball;
}

function config(overrides: Partial<ScanConfig> = {}): ScanConfig {
  return {
    enabled: true,
    version: VERSION,
    sha256: null,
    severities: ['CRITICAL', 'HIGH'],
    ignoreUnfixed: true,
    ignoreFile: null,
    reportPath: null,
    scanners: ['vuln'],
    timeoutSeconds: 300,
    dbRepository: null,
    failOnScanError: false,
    ...overrides,
  };
}

const target: ScanTarget = { dockerfile: 'Dockerfile', imageRef: 'mlg-test/app:pr' };
const mapLine: LineMapper = (historyIndex) => ({ 3: 7, 4: 9 })[historyIndex] ?? null;
const warnings: string[] = [];
const quiet: ScanOptions = { log: () => undefined, warn: (message) => warnings.push(message), install: { retryDelayMs: 0 } };
const withPins = (pinned: PinnedChecksums): ScanOptions => ({
  ...quiet,
  install: { ...quiet.install, pinned },
});

function assertNeverRan() {
  assert.equal(existsSync(marker()), false, 'the trivy binary must not have run');
}
function assertNotCached(version: string) {
  assert.equal(existsSync(join(work, 'tools', 'trivy', version)), false, 'nothing may enter the tool cache');
}
/** The files an install left in the tool cache for this runner. */
function cachedFiles(version: string): string[] {
  const dir = join(work, 'tools', 'trivy', version, process.arch);
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
}

describe('install and run', () => {
  it('downloads, verifies against trivy-sha256, caches and reuses the release', async () => {
    const tarball = await serveRelease(VERSION);
    const first = await runScan(config({ scanners: ['vuln', 'secret'], sha256: sha256(tarball) }), target, mapLine, quiet);
    assert.equal(first.scan.status, 'ok', first.scan.reason);
    assert.deepEqual(first.scan.counts, { CRITICAL: 1, HIGH: 2, MEDIUM: 1, LOW: 1, UNKNOWN: 1 });
    assert.deepEqual(first.scan.counted, { CRITICAL: 1, HIGH: 1, MEDIUM: 0, LOW: 0, UNKNOWN: 0 });
    assert.equal(first.scan.top[1].line, 7);
    assert.deepEqual(
      first.secretFindings.map((f) => [f.rule, f.line]),
      [['MLG105', 9]],
    );
    assert.deepEqual(requests, [tarballPath(VERSION)], 'only the tarball: the release’s own checksums file proves nothing');

    const argv = readFileSync(argsFile(), 'utf8').trim().split('\n');
    assert.deepEqual(argv.slice(0, 6), ['image', '--format', 'json', '--list-all-pkgs=false', '--scanners', 'vuln,secret']);
    assert.deepEqual(argv.slice(-2), ['--', 'mlg-test/app:pr']);
    const env = readFileSync(envFile(), 'utf8');
    assert.doesNotMatch(env, /ghs_must_not_reach_trivy/);
    assert.match(env, /^TRIVY_CACHE_DIR=/m);

    requests.length = 0;
    const second = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
    assert.equal(second.scan.status, 'ok', second.scan.reason);
    assert.deepEqual(requests, [], 'the second run downloads nothing');
    assert.equal(readFileSync(marker(), 'utf8'), 'ran\nran\n');
    assert.deepEqual(readFileSync(argsFile(), 'utf8').trim().split('\n').slice(-2), ['--', 'mlg-test/app:pr']);
    assert.deepEqual(warnings, []);
  });

  const refusals: [string, () => Promise<string | null>, RegExp][] = [
    [
      'a tarball that does not match trivy-sha256 (its release’s checksums file agrees with it)',
      () => serveRelease(VERSION).then(() => 'f'.repeat(64)),
      /checksum mismatch for trivy_0\.70\.0_.*expected sha256 f{64} \(from trivy-sha256\), downloaded file has [0-9a-f]{64}; refusing to run it/,
    ],
    [
      'a truncated download',
      async () => {
        const tarball = await serveRelease(VERSION);
        routes.set(tarballPath(VERSION), (res) => {
          res.writeHead(200, { 'content-length': tarball.length });
          res.write(tarball.subarray(0, tarball.length >> 1), () => res.destroy());
        });
        return sha256(tarball);
      },
      /trivy_0\.70\.0_.*(connection closed before the whole file arrived|checksum mismatch)/,
    ],
    [
      'an HTTP 404 for the tarball',
      async () => {
        const tarball = await serveRelease(VERSION);
        routes.delete(tarballPath(VERSION));
        return sha256(tarball);
      },
      /could not download http:\/\/127\.0\.0\.1:\d+\/download\/v0\.70\.0\/trivy_0\.70\.0_.*: Unexpected HTTP response: 404/,
    ],
    [
      'an HTTP 500 for the tarball, three times',
      async () => {
        const tarball = await serveRelease(VERSION);
        routes.set(tarballPath(VERSION), (res) => res.writeHead(500).end('boom'));
        return sha256(tarball);
      },
      /could not download .*trivy_0\.70\.0_.*: Unexpected HTTP response: 500/,
    ],
    [
      'a tarball whose trivy is a symlink',
      async () => {
        const tarball = await serveRelease(VERSION, { tarball: await makeTarball('', { symlink: '/bin/sh' }) });
        return sha256(tarball);
      },
      /trivy_0\.70\.0_.*'s trivy is a symlink, not a file; refusing it/,
    ],
    [
      'a tarball without trivy',
      async () => {
        const dir = mkdtempSync(join(work, 'empty-'));
        writeFileSync(join(dir, 'README.md'), 'no binary\n');
        const tarball = join(dir, 'out.tar.gz');
        await exec('tar', ['-czf', tarball, '-C', dir, 'README.md']);
        return sha256(await serveRelease(VERSION, { tarball: readFileSync(tarball) }));
      },
      /has no trivy executable at its top level/,
    ],
  ];
  for (const [name, arrange, reason] of refusals) {
    it(`fails the scan, without running anything, on ${name}`, async () => {
      const given = await arrange();
      const outcome = await runScan(config({ sha256: given }), target, mapLine, quiet);
      assert.equal(outcome.scan.status, 'failed');
      assert.match(outcome.scan.reason ?? '', reason);
      assert.deepEqual(outcome.scan.scanner, { name: 'trivy', version: VERSION });
      assert.deepEqual(outcome.scan.top, []);
      assert.equal(outcome.scan.keys, undefined, 'a failed scan must not read as "everything fixed"');
      assertNeverRan();
      assertNotCached(VERSION);
    });
  }

  it('refuses a tarball larger than the cap, without keeping it all in memory', async () => {
    const tarball = await serveRelease(VERSION);
    const options: ScanOptions = { ...quiet, install: { ...quiet.install, maxTarballBytes: tarball.length - 1 } };
    const outcome = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, options);
    assert.equal(outcome.scan.status, 'failed');
    assert.match(outcome.scan.reason ?? '', new RegExp(`is ${tarball.length} bytes, more than the ${tarball.length - 1}`));
    assertNeverRan();
    assertNotCached(VERSION);
  });

  it('refuses a tarball that unpacks to more than the cap (a decompression bomb), and leaves no binary behind', async () => {
    const dir = mkdtempSync(join(work, 'bomb-'));
    writeFileSync(join(dir, 'trivy'), fakeTrivyScript({ report: REPORT }));
    chmodSync(join(dir, 'trivy'), 0o755);
    writeFileSync(join(dir, 'zeros'), Buffer.alloc(4 * 1024 * 1024));
    await exec('tar', ['-czf', join(dir, 'out.tar.gz'), '-C', dir, 'trivy', 'zeros']);
    const tarball = await serveRelease(VERSION, { tarball: readFileSync(join(dir, 'out.tar.gz')) });
    assert.ok(tarball.length < 1024 * 1024, 'small on the wire');
    const options: ScanOptions = { ...quiet, install: { ...quiet.install, maxUnpackedBytes: 1024 * 1024 } };
    const outcome = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, options);
    assert.equal(outcome.scan.status, 'failed');
    assert.match(outcome.scan.reason ?? '', /trivy_0\.70\.0_.* unpacks to more than 1048576 bytes; refusing it/);
    assertNeverRan();
    assertNotCached(VERSION);
  });

  it('runs what it verified: a tarball swapped on disk between the check and the extraction is never run', async () => {
    // Stands for anything that can write the download folder: our `tar` replaces the archive it is
    // asked to extract. An install that verifies the bytes it extracts never calls it.
    const evil = await makeTarball(`#!/bin/sh\necho evil > '${join(work, 'evil-ran')}'\n`);
    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(work, 'evil.tar.gz'), evil);
    const realTar = (await exec('sh', ['-c', 'command -v tar'])).stdout.trim();
    writeFileSync(
      join(bin, 'tar'),
      `#!/bin/sh\nprev=\nfor a in "$@"; do [ "$prev" = "-f" ] && cp '${join(work, 'evil.tar.gz')}' "$a"; prev="$a"; done\nexec '${realTar}' "$@"\n`,
    );
    chmodSync(join(bin, 'tar'), 0o755);
    const tarball = await serveRelease(VERSION);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      const outcome = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
      assert.equal(existsSync(join(work, 'evil-ran')), false, 'the swapped binary ran');
      assert.equal(outcome.scan.status, 'ok', outcome.scan.reason);
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('the tool cache is checked again before every run', () => {
  it('a cached release changed after it was verified is downloaded again, and the changed one never runs', async () => {
    const tarball = await serveRelease(VERSION);
    const first = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
    assert.equal(first.scan.status, 'ok', first.scan.reason);

    // Whatever the cache holds (the binary or the tarball it came from) is replaced by a binary that tells on itself.
    const evilScript = `#!/bin/sh\necho evil > '${join(work, 'evil-ran')}'\nexit 0\n`;
    const evilTarball = await makeTarball(evilScript);
    const files = cachedFiles(VERSION);
    assert.ok(files.length > 0, 'the first run cached the release');
    for (const file of files) writeFileSync(file, file.endsWith('.tar.gz') ? evilTarball : evilScript);

    requests.length = 0;
    warnings.length = 0;
    const second = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
    assert.equal(existsSync(join(work, 'evil-ran')), false, 'the changed binary ran');
    assert.equal(second.scan.status, 'ok', second.scan.reason);
    assert.deepEqual(requests, [tarballPath(VERSION)], 'downloaded again');
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0],
      /tool cache's trivy_0\.70\.0_.* has sha256 [0-9a-f]{64}, not [0-9a-f]{64} \(from trivy-sha256\): it was changed after it was verified; downloading it again/,
    );

    requests.length = 0;
    const third = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
    assert.equal(third.scan.status, 'ok', third.scan.reason);
    assert.deepEqual(requests, [], 'the re-installed release is cached again');
  });

  it('when the release served is changed too, the scan fails with one line and nothing runs', async () => {
    const tarball = await serveRelease(VERSION);
    await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
    rmSync(marker());
    const evil = await makeTarball('#!/bin/sh\nexit 0\n');
    for (const file of cachedFiles(VERSION)) writeFileSync(file, evil);
    await serveRelease(VERSION, { tarball: evil });
    const outcome = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
    assert.equal(outcome.scan.status, 'failed');
    assert.match(outcome.scan.reason ?? '', /^checksum mismatch for trivy_0\.70\.0_[^\n]*refusing to run it$/);
    assertNeverRan();
  });
});

describe('the checksum a release must have comes from outside the release', () => {
  it('refuses a version we do not pin when trivy-sha256 is not given, before any download', async () => {
    await serveRelease(VERSION); // a self-consistent release: its checksums file matches its tarball
    const outcome = await runScan(config(), target, mapLine, quiet);
    assert.equal(outcome.scan.status, 'failed');
    assert.match(
      outcome.scan.reason ?? '',
      /^Trivy 0\.70\.0 has no checksum pinned by ml-image-guard \(pinned: 0\.69\.3\); set trivy-sha256 to the SHA-256 of trivy_0\.70\.0_\S+ from a source you trust/,
    );
    assert.deepEqual(requests, []);
    assertNeverRan();
    assertNotCached(VERSION);
  });

  it('accepts a release that matches the table, without trivy-sha256', async () => {
    const tarball = await serveRelease(VERSION);
    const outcome = await runScan(config(), target, mapLine, withPins({ [VERSION]: { [assetName(VERSION)]: sha256(tarball) } }));
    assert.equal(outcome.scan.status, 'ok', outcome.scan.reason);
  });

  it('refuses a release that differs from the table, whatever its checksums file says', async () => {
    await serveRelease(VERSION);
    const outcome = await runScan(config(), target, mapLine, withPins({ [VERSION]: { [assetName(VERSION)]: 'e'.repeat(64) } }));
    assert.equal(outcome.scan.status, 'failed');
    assert.match(outcome.scan.reason ?? '', /checksum mismatch for .*expected sha256 e{64} \(pinned by ml-image-guard\)/);
    assertNeverRan();
    assertNotCached(VERSION);
  });

  it('refuses a trivy-sha256 that disagrees with the table, before any download', async () => {
    const tarball = await serveRelease(VERSION);
    const pins = withPins({ [VERSION]: { [assetName(VERSION)]: sha256(tarball) } });
    const outcome = await runScan(config({ sha256: 'd'.repeat(64) }), target, mapLine, pins);
    assert.match(outcome.scan.reason ?? '', /trivy-sha256 d{64} disagrees with the sha256 ml-image-guard pins/);
    assert.deepEqual(requests, []);
    assertNeverRan();
  });

  it('guards the default version with the shipped table: a substituted release is refused', async () => {
    await serveRelease(DEFAULT_TRIVY_VERSION); // self-consistent checksums file, but not the real release
    const outcome = await runScan(config({ version: DEFAULT_TRIVY_VERSION }), target, mapLine, quiet);
    assert.equal(outcome.scan.status, 'failed');
    const pin = PINNED_TRIVY_CHECKSUMS[DEFAULT_TRIVY_VERSION][assetName(DEFAULT_TRIVY_VERSION)];
    assert.match(outcome.scan.reason ?? '', new RegExp(`expected sha256 ${pin} \\(pinned by ml-image-guard\\)`));
    assertNeverRan();
    assertNotCached(DEFAULT_TRIVY_VERSION);
  });
});

describe('versions that are refused before any download', () => {
  for (const [version, reason] of [
    ['0.69.4', /CVE-2026-33634/],
    ['0.69.6', /CVE-2026-33634/],
    ['latest', /not an exact release/],
  ] as const) {
    it(version, async () => {
      const tarball = await serveRelease('0.69.4');
      const outcome = await runScan(config({ version, sha256: sha256(tarball) }), target, mapLine, quiet);
      assert.equal(outcome.scan.status, 'failed');
      assert.match(outcome.scan.reason ?? '', reason);
      assert.deepEqual(requests, []);
      assertNeverRan();
    });
  }
});

describe('when Trivy itself fails', () => {
  const cases: [string, Parameters<typeof fakeTrivyScript>[0], RegExp][] = [
    [
      'the DB is unavailable',
      { exitCode: 1, stderr: 'FATAL Fatal error init error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS' },
      /^vulnerability DB unavailable/,
    ],
    ['it times out', { exitCode: 1, stderr: 'FATAL Fatal error scan error: context deadline exceeded' }, /^Trivy timed out after 300s/],
    ['it writes no report', {}, /wrote no report/],
    ['its report is not JSON', { report: join(FIXTURES, 'README.md') }, /not valid JSON/],
  ];
  for (const [name, behaviour, reason] of cases) {
    it(`fails the scan when ${name}`, async () => {
      const tarball = await serveRelease(VERSION, { script: fakeTrivyScript(behaviour) });
      const outcome = await runScan(config({ sha256: sha256(tarball) }), target, mapLine, quiet);
      assert.equal(outcome.scan.status, 'failed');
      assert.match(outcome.scan.reason ?? '', reason);
      assert.deepEqual(outcome.scan.counts, { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 });
      assert.equal(outcome.scan.keys, undefined);
    });
  }
});

describe('trivy-version: system', () => {
  function trivyOnPath(version: string) {
    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'trivy'), fakeTrivyScript({ report: REPORT, version }));
    chmodSync(join(bin, 'trivy'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    return () => void (process.env.PATH = saved);
  }

  it('uses the trivy on PATH without downloading', async () => {
    const restore = trivyOnPath('0.69.3');
    try {
      const outcome = await runScan(config({ version: 'system' }), target, mapLine, quiet);
      assert.equal(outcome.scan.status, 'ok', outcome.scan.reason);
      assert.deepEqual(requests, []);
    } finally {
      restore();
    }
  });

  for (const version of ['0.69.5', '0.69.5+dirty', '0.69.6-rc.1']) {
    it(`refuses a compromised trivy on PATH (${version}) before scanning with it`, async () => {
      const restore = trivyOnPath(version);
      try {
        const outcome = await runScan(config({ version: 'system' }), target, mapLine, quiet);
        assert.equal(outcome.scan.status, 'failed');
        assert.match(outcome.scan.reason ?? '', /trivy on PATH is 0\.69\.[56].*CVE-2026-33634/);
        assertNeverRan();
      } finally {
        restore();
      }
    });
  }
});

describe('without a download', () => {
  it('reads trivy-report instead of installing and running Trivy', async () => {
    const outcome = await runScan(config({ reportPath: REPORT, version: 'latest' }), { ...target, imageRef: null }, mapLine, quiet);
    assert.equal(outcome.scan.status, 'ok', outcome.scan.reason);
    assert.deepEqual(outcome.scan.scanner, { name: 'trivy', version: '0.69.3' });
    assert.deepEqual(outcome.scan.counted, { CRITICAL: 1, HIGH: 1, MEDIUM: 0, LOW: 0, UNKNOWN: 0 });
    assert.equal(outcome.secretFindings.length, 1);
    assert.deepEqual(requests, []);
  });

  it('fails when trivy-report cannot be read', async () => {
    const outcome = await runScan(config({ reportPath: join(work, 'missing.json') }), target, mapLine, quiet);
    assert.equal(outcome.scan.status, 'failed');
    assert.match(outcome.scan.reason ?? '', /cannot read trivy-report .*missing\.json: ENOENT/);
  });

  it('skips when Trivy is off or no image was built', async () => {
    const off = await runScan(config({ enabled: false }), target, mapLine, quiet);
    assert.deepEqual([off.scan.status, off.scan.reason, off.scan.scanner], ['skipped', 'Trivy is turned off (trivy: false)', null]);
    const noImage = await runScan(config(), { ...target, imageRef: null }, mapLine, quiet);
    assert.deepEqual([noImage.scan.status, noImage.scan.reason], ['skipped', 'no image was built, so there is nothing to scan']);
    assert.deepEqual(requests, []);
  });

  it('fails when the ignore file does not exist', async () => {
    const outcome = await runScan(config({ ignoreFile: join(work, '.trivyignore') }), target, mapLine, quiet);
    assert.equal(outcome.scan.status, 'failed');
    assert.match(outcome.scan.reason ?? '', /trivy-ignore-file .*\.trivyignore does not exist/);
    assert.deepEqual(requests, []);
  });
});
