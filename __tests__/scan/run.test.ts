// runScan end to end against a Trivy release server on 127.0.0.1 that serves a tarball
// holding a fake `trivy` shell script. The script leaves a marker file when it runs, so
// every refused download can assert that nothing was ever executed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ScanConfig } from '../../src/config/types.js';
import { PINNED_TRIVY_CHECKSUMS } from '../../src/scan/pinned-checksums.js';
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

// Retries of @actions/tool-cache wait 10-20 s by default; it reads these globals for tests.
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

async function makeTarball(script: string): Promise<Buffer> {
  const dir = mkdtempSync(join(work, 'release-'));
  writeFileSync(join(dir, 'trivy'), script);
  chmodSync(join(dir, 'trivy'), 0o755);
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

/** Serves a release whose checksums file lists `listed` (default: the tarball's real hash). */
async function serveRelease(version: string, options: { script?: string; listed?: string | null } = {}) {
  const tarball = await makeTarball(options.script ?? fakeTrivyScript({ report: REPORT }));
  const listed = options.listed === undefined ? sha256(tarball) : options.listed;
  const lines = [`${'0'.repeat(64)}  trivy_${version}_windows-64bit.zip`];
  if (listed) lines.push(`${listed}  ${assetName(version)}`);
  routes.set(checksumsPath(version), (res) => res.writeHead(200).end(lines.join('\n') + '\n'));
  routes.set(tarballPath(version), (res) => res.writeHead(200, { 'content-length': tarball.length }).end(tarball));
  return tarball;
}

function config(overrides: Partial<ScanConfig> = {}): ScanConfig {
  return {
    enabled: true,
    version: VERSION,
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
const quiet: ScanOptions = { log: () => undefined };

function assertNeverRan() {
  assert.equal(existsSync(marker()), false, 'the trivy binary must not have run');
}
function assertNotCached(version: string) {
  assert.equal(existsSync(join(work, 'tools', 'trivy', version)), false, 'nothing may enter the tool cache');
}

describe('install and run', () => {
  it('downloads, verifies, caches and reuses the binary', async () => {
    await serveRelease(VERSION);
    const first = await runScan(config({ scanners: ['vuln', 'secret'] }), target, mapLine, quiet);
    assert.equal(first.scan.status, 'ok', first.scan.reason);
    assert.deepEqual(first.scan.counts, { CRITICAL: 1, HIGH: 2, MEDIUM: 1, LOW: 1, UNKNOWN: 1 });
    assert.deepEqual(first.scan.counted, { CRITICAL: 1, HIGH: 1, MEDIUM: 0, LOW: 0, UNKNOWN: 0 });
    assert.equal(first.scan.top[1].line, 7);
    assert.deepEqual(
      first.secretFindings.map((f) => [f.rule, f.line]),
      [['MLG105', 9]],
    );
    assert.deepEqual(requests, [checksumsPath(VERSION), tarballPath(VERSION)]);

    const argv = readFileSync(argsFile(), 'utf8').trim().split('\n');
    assert.deepEqual(argv.slice(0, 6), ['image', '--format', 'json', '--list-all-pkgs=false', '--scanners', 'vuln,secret']);
    assert.deepEqual(argv.slice(-2), ['--', 'mlg-test/app:pr']);
    const env = readFileSync(envFile(), 'utf8');
    assert.doesNotMatch(env, /ghs_must_not_reach_trivy/);
    assert.match(env, /^TRIVY_CACHE_DIR=/m);

    requests.length = 0;
    const second = await runScan(config(), target, mapLine, quiet);
    assert.equal(second.scan.status, 'ok', second.scan.reason);
    assert.deepEqual(requests, [], 'the second run downloads nothing');
    assert.equal(readFileSync(marker(), 'utf8'), 'ran\nran\n');
    assert.deepEqual(readFileSync(argsFile(), 'utf8').trim().split('\n').slice(-2), ['--', 'mlg-test/app:pr']);
  });

  const refusals: [string, () => Promise<void>, RegExp][] = [
    [
      'a checksum mismatch',
      () => serveRelease(VERSION, { listed: 'f'.repeat(64) }).then(() => undefined),
      /checksum mismatch for trivy_0\.70\.0_.*expected sha256 f{64}/,
    ],
    [
      'a checksums file without the asset’s line',
      () => serveRelease(VERSION, { listed: null }).then(() => undefined),
      /checksums file .* has no line for trivy_0\.70\.0_/,
    ],
    [
      'a truncated download',
      async () => {
        const tarball = await serveRelease(VERSION);
        routes.set(tarballPath(VERSION), (res) => {
          res.writeHead(200, { 'content-length': tarball.length });
          res.write(tarball.subarray(0, tarball.length >> 1), () => res.destroy());
        });
      },
      /trivy_0\.70\.0_.*(connection closed before the whole file arrived|checksum mismatch)/,
    ],
    [
      'an HTTP 404 for the tarball',
      async () => {
        await serveRelease(VERSION);
        routes.delete(tarballPath(VERSION));
      },
      /could not download http:\/\/127\.0\.0\.1:\d+\/download\/v0\.70\.0\/trivy_0\.70\.0_.*: Unexpected HTTP response: 404/,
    ],
    [
      'an HTTP 500 for the checksums file',
      async () => {
        await serveRelease(VERSION);
        routes.set(checksumsPath(VERSION), (res) => res.writeHead(500).end('boom'));
      },
      /could not download .*trivy_0\.70\.0_checksums\.txt: Unexpected HTTP response: 500/,
    ],
  ];
  for (const [name, arrange, reason] of refusals) {
    it(`fails the scan, without running anything, on ${name}`, async () => {
      await arrange();
      const outcome = await runScan(config(), target, mapLine, quiet);
      assert.equal(outcome.scan.status, 'failed');
      assert.match(outcome.scan.reason ?? '', reason);
      assert.deepEqual(outcome.scan.scanner, { name: 'trivy', version: VERSION });
      assert.deepEqual(outcome.scan.top, []);
      assert.equal(outcome.scan.keys, undefined, 'a failed scan must not read as "everything fixed"');
      assertNeverRan();
      assertNotCached(VERSION);
    });
  }
});

describe('the pinned checksum table', () => {
  it('accepts a release that matches both the checksums file and the table', async () => {
    const tarball = await serveRelease(VERSION);
    const pinnedChecksums = { [VERSION]: { [assetName(VERSION)]: sha256(tarball) } };
    const outcome = await runScan(config(), target, mapLine, { ...quiet, pinnedChecksums });
    assert.equal(outcome.scan.status, 'ok', outcome.scan.reason);
  });

  it('refuses a release whose checksums file disagrees with the table', async () => {
    await serveRelease(VERSION);
    const pinnedChecksums = { [VERSION]: { [assetName(VERSION)]: 'e'.repeat(64) } };
    const outcome = await runScan(config(), target, mapLine, { ...quiet, pinnedChecksums });
    assert.equal(outcome.scan.status, 'failed');
    assert.match(outcome.scan.reason ?? '', /but ml-image-guard pins e{64}: the release may have been replaced/);
    assert.deepEqual(requests, [checksumsPath(VERSION)], 'the tarball is not even downloaded');
    assertNeverRan();
  });

  it('refuses a pinned version without a pin for this asset', async () => {
    await serveRelease(VERSION);
    const outcome = await runScan(config(), target, mapLine, { ...quiet, pinnedChecksums: { [VERSION]: {} } });
    assert.match(outcome.scan.reason ?? '', /no pinned checksum for trivy_0\.70\.0_/);
    assertNeverRan();
  });

  it('guards the default version with the shipped table: a substituted release is refused', async () => {
    await serveRelease(DEFAULT_TRIVY_VERSION); // self-consistent checksums file, but not the real release
    const outcome = await runScan(config({ version: DEFAULT_TRIVY_VERSION }), target, mapLine, quiet);
    assert.equal(outcome.scan.status, 'failed');
    const pin = PINNED_TRIVY_CHECKSUMS[DEFAULT_TRIVY_VERSION][assetName(DEFAULT_TRIVY_VERSION)];
    assert.match(outcome.scan.reason ?? '', new RegExp(`ml-image-guard pins ${pin}`));
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
      await serveRelease('0.69.4');
      const outcome = await runScan(config({ version }), target, mapLine, quiet);
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
      await serveRelease(VERSION, { script: fakeTrivyScript(behaviour) });
      const outcome = await runScan(config(), target, mapLine, quiet);
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

  it('refuses a compromised trivy on PATH before scanning with it', async () => {
    const restore = trivyOnPath('0.69.5');
    try {
      const outcome = await runScan(config({ version: 'system' }), target, mapLine, quiet);
      assert.equal(outcome.scan.status, 'failed');
      assert.match(outcome.scan.reason ?? '', /trivy on PATH is 0\.69\.5.*CVE-2026-33634/);
      assertNeverRan();
    } finally {
      restore();
    }
  });
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
