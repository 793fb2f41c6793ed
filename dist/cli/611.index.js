export const id = 611;
export const ids = [611];
export const modules = {

/***/ 6611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipeline: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/lint-report.ts + 1 modules
var lint_report = __webpack_require__(2730);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
// EXTERNAL MODULE: ./src/report/defaults.ts
var defaults = __webpack_require__(5118);
;// CONCATENATED MODULE: ./src/baseline/report-schema.ts
// Reading a stored report back. Baselines outlive the code that wrote them, so a report from
// an older ml-image-guard must still load: fields are added without bumping SCHEMA_VERSION,
// and an older writer simply left them out. A report from a newer version, or anything that is
// not a report, is refused with a reason instead of being half-understood.


function parseReport(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        return { report: null, reason: `not valid JSON (${e.message})` };
    }
    return upgradeReport(json);
}
/** Checks the version and fills what older versions did not write with neutral defaults. */
function upgradeReport(json) {
    if (!isObject(json))
        return refuse('not a JSON object');
    const version = json.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        return refuse('no valid schemaVersion: not an ml-image-guard report');
    }
    if (version > types/* SCHEMA_VERSION */.f$) {
        return refuse(`schemaVersion ${version} is newer than this ml-image-guard reads (${types/* SCHEMA_VERSION */.f$}); update the action`);
    }
    const wrongField = firstWrongField(json);
    if (wrongField)
        return refuse(`field ${wrongField} has the wrong type`);
    const git = isObject(json.git) ? json.git : {};
    const report = {
        tool: { name: 'ml-image-guard', version: 'unknown' },
        createdAt: '',
        key: '',
        dockerfile: 'Dockerfile',
        context: '.',
        target: null,
        ...(0,defaults/* emptySections */._)(),
        ...json,
        git: { repository: null, sha: null, ref: null, branch: null, pr: null, ...git },
        schemaVersion: types/* SCHEMA_VERSION */.f$,
    };
    if (report.image)
        report.image = { ...report.image, layers: report.image.layers ?? [] };
    if (report.build)
        report.build = { ...report.build, steps: report.build.steps ?? [] };
    return { report };
}
/** The fields compare() and the renderings rely on: present ones must have the right shape. */
const FIELD_SHAPES = [
    ['findings', arrayOf(isObject)],
    ['budgets', Array.isArray],
    ['notes', Array.isArray],
    ['git', isObject],
    ['build', isObjectOrNull],
    ['build.seconds', isNumberOrNull],
    ['image', isObjectOrNull],
    ['image.size', isNumberOrNull],
    ['image.compressedSize', isNumberOrNull],
    ['image.layers', arrayOf((layer) => isObject(layer) && typeof layer.size === 'number')],
    ['scan', isObjectOrNull],
    ['scan.keys', arrayOf((key) => typeof key === 'string')],
];
function firstWrongField(json) {
    for (const [path, isValid] of FIELD_SHAPES) {
        const value = path.split('.').reduce((at, name) => (isObject(at) ? at[name] : undefined), json);
        if (value !== undefined && !isValid(value))
            return path;
    }
    return null;
}
function refuse(reason) {
    return { report: null, reason };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function arrayOf(isValidItem) {
    return (value) => Array.isArray(value) && value.every(isValidItem);
}
function isObjectOrNull(value) {
    return value === null || isObject(value);
}
function isNumberOrNull(value) {
    return value === null || typeof value === 'number';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/util/exec.ts
// The one way this project runs a command: an argument array (never a shell string),
// output captured, optional line streaming, optional stdin, and a non-zero exit returned
// rather than thrown so callers can put the error into the report.

function exec(command, args, options = {}) {
    const maxBuffer = options.maxBuffer ?? 8 * 1024 * 1024;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = collector(maxBuffer, options.onStdoutLine);
        const err = collector(maxBuffer, options.onStderrLine);
        let spawnError;
        let timedOut = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.stdout.on('data', out.push);
        child.stderr.on('data', err.push);
        child.on('error', (e) => {
            spawnError = e;
        });
        child.stdin.on('error', () => undefined); // the command may exit before reading stdin
        child.stdin.end(options.input ?? '');
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                exitCode: spawnError ? 127 : (code ?? 1),
                stdout: out.finish(),
                stderr: err.finish(),
                spawnError,
                timedOut,
            });
        });
    });
}
function collector(maxBuffer, onLine) {
    const chunks = [];
    let kept = 0;
    let partial = '';
    return {
        push: (chunk) => {
            if (kept < maxBuffer) {
                chunks.push(chunk.subarray(0, maxBuffer - kept));
                kept += Math.min(chunk.length, maxBuffer - kept);
            }
            if (onLine) {
                const lines = (partial + chunk.toString('utf8')).split('\n');
                partial = lines.pop() ?? '';
                for (const line of lines)
                    onLine(line.replace(/\r$/, ''));
            }
        },
        finish: () => {
            if (onLine && partial)
                onLine(partial);
            return Buffer.concat(chunks).toString('utf8');
        },
    };
}
/** Like exec, for commands whose output is data to stream (docker save), not text to collect. */
function execStream(command, args, options = {}) {
    const child = (0,external_node_child_process_.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const err = collector(4096);
    child.stderr.on('data', err.push);
    const done = new Promise((resolve) => {
        let spawnError;
        child.on('error', (e) => {
            spawnError = e;
        });
        child.on('close', (code) => resolve({ exitCode: spawnError ? 127 : (code ?? 1), stdout: '', stderr: err.finish(), spawnError }));
    });
    return { stdout: child.stdout, done, kill: () => child.kill('SIGTERM') };
}

;// CONCATENATED MODULE: ./src/baseline/registry-store.ts
// A report stored as a one-file image (FROM scratch + report.json) under a registry tag,
// written and read with docker buildx alone: the user's `docker login` authorises it, any
// registry works, and no other service is needed. Errors are returned, never thrown.




const REPORT_FILE = 'report.json';
const TIMEOUT_MS = 120_000;
async function pushReport({ ref, builder }, reportJson) {
    return withTempDir(async (dir) => {
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, REPORT_FILE), reportJson);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'Dockerfile'), `FROM scratch\nCOPY ${REPORT_FILE} /${REPORT_FILE}\n`);
        const result = await buildx(builder, [
            // Attestations would turn the one-file image into an index for nothing.
            '--provenance=false',
            '--sbom=false',
            '--output',
            `type=image,name=${ref},push=true`,
            dir,
        ]);
        return result.exitCode === 0 ? { ok: true } : { ok: false, ...failure(result) };
    });
}
async function pullReport({ ref, builder }) {
    return withTempDir(async (dir) => {
        const emptyContext = (0,external_node_path_.join)(dir, 'context');
        const out = (0,external_node_path_.join)(dir, 'out');
        await (0,promises_.mkdir)(emptyContext);
        const result = await buildx(builder, 
        // --pull: a tag left in the local image store by an earlier save must not shadow the registry's.
        ['--pull', '--output', `type=local,dest=${out}`, '-f', '-', emptyContext], `FROM ${ref}\n`);
        if (result.exitCode !== 0)
            return failure(result);
        try {
            return { text: await (0,promises_.readFile)((0,external_node_path_.join)(out, REPORT_FILE), 'utf8') };
        }
        catch {
            return { problem: 'failed', detail: `${ref} holds no ${REPORT_FILE}: not a report image` };
        }
    });
}
/**
 * What went wrong, from buildx's error line. "not found" is the registry answering that the tag
 * does not exist; everything else means we could not ask it.
 */
function classifyBuildxError(stderr) {
    const detail = errorDetail(stderr);
    if (/\b(401|403)\b|unauthori[sz]ed|denied|authentication required|failed to authorize|no basic auth/i.test(detail)) {
        return { problem: 'unauthorized', detail };
    }
    if (/: not found$|manifest unknown|name unknown|\b404 Not Found/i.test(detail))
        return { problem: 'missing', detail };
    const unreachable = /connection refused|no such host|dial tcp|tls:|server gave HTTP response|network is unreachable|timeout/i;
    if (unreachable.test(detail))
        return { problem: 'unreachable', detail };
    return { problem: 'failed', detail };
}
function failure(result) {
    if (result.spawnError) {
        return { problem: 'failed', detail: `docker could not be started (${result.spawnError.message})` };
    }
    if (result.timedOut)
        return { problem: 'unreachable', detail: `no answer within ${TIMEOUT_MS / 1000}s` };
    return classifyBuildxError(result.stderr);
}
function errorDetail(stderr) {
    const lines = stderr.trim().split('\n');
    const errorLine = lines.filter((line) => line.startsWith('ERROR:')).pop() ?? lines.pop() ?? '';
    return errorLine.replace(/^ERROR:\s*/, '').replace(/^failed to solve:\s*/, '').trim() || 'docker buildx failed';
}
function buildx(builder, args, input) {
    const builderArgs = builder ? ['--builder', builder] : [];
    return exec('docker', ['buildx', 'build', ...builderArgs, '--quiet', ...args], { input, timeoutMs: TIMEOUT_MS });
}
async function withTempDir(use) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlg-baseline-'));
    try {
        return await use(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/baseline/tag.ts
// Where a branch's baseline report lives: a tag in the cache-ref's repository, so the
// registry login that already authorises the build cache authorises the baseline too.

const MAX_TAG_LENGTH = 128; // the OCI distribution spec's limit
const HASH_LENGTH = 12;
/**
 * `mlg-report-<branch>-<key>-<hash>`. The readable part is for people browsing the registry;
 * the hash of the raw branch and key is what keeps tags apart, because sanitising is lossy
 * (`feature/a` and `feature-a` read the same) and joining with "-" is ambiguous.
 */
function reportTag(branch, key) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${branch}\n${key}`).digest('hex').slice(0, HASH_LENGTH);
    const readable = ['mlg-report', sanitizeTagPart(branch), sanitizeTagPart(key)].filter(Boolean).join('-');
    const room = MAX_TAG_LENGTH - HASH_LENGTH - 1;
    return `${readable.slice(0, room).replace(/[.-]+$/, '')}-${hash}`;
}
/** The repository of a registry reference: without its tag or digest. null when unusable. */
function repositoryOf(cacheRef) {
    const withoutDigest = cacheRef.trim().split('@')[0] ?? '';
    const lastSlash = withoutDigest.lastIndexOf('/');
    const tagColon = withoutDigest.indexOf(':', lastSlash + 1);
    const repository = tagColon === -1 ? withoutDigest : withoutDigest.slice(0, tagColon);
    // The reference goes into a generated Dockerfile's FROM line: nothing that could end it.
    return /^[A-Za-z0-9][A-Za-z0-9._:/[\]-]*$/.test(repository) && !repository.endsWith('/') ? repository : null;
}
function reportRef(cacheRef, branch, key) {
    const repository = repositoryOf(cacheRef);
    return repository ? `${repository}:${reportTag(branch, key)}` : null;
}
function sanitizeTagPart(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+|[.-]+$/g, '');
}

;// CONCATENATED MODULE: ./src/baseline/compare.ts
/** All base-image layers count as one row: a new base image is one cause, not dozens. */
const BASE_IMAGE_ROW = '(base image layers)';
function compare(current, baseline) {
    const [newFindings, fixedFindings] = findingsDiff(current.findings, baseline.findings);
    const [newVulnerabilities, fixedVulnerabilities] = vulnerabilityDiff(current, baseline);
    return {
        size: delta(imageValue(current, 'size'), imageValue(baseline, 'size')),
        compressedSize: delta(imageValue(current, 'compressedSize'), imageValue(baseline, 'compressedSize')),
        buildSeconds: delta(buildSeconds(current), buildSeconds(baseline)),
        grownInstructions: grownInstructions(layersOf(current), layersOf(baseline)),
        newFindings,
        fixedFindings,
        newVulnerabilities,
        fixedVulnerabilities,
    };
}
function delta(actual, baseline) {
    return { actual, baseline, delta: actual !== null && baseline !== null ? actual - baseline : null };
}
function imageValue(report, field) {
    return report.image?.status === 'ok' ? report.image[field] : null;
}
// A failed build's wall time says how long it took to fail, not how long the image takes.
function buildSeconds(report) {
    return report.build?.status === 'ok' ? report.build.seconds : null;
}
function layersOf(report) {
    return report.image?.status === 'ok' ? report.image.layers : [];
}
/**
 * Instructions whose layers grew, largest growth first. A layer is matched to the base
 * branch's by its instruction text (lines shift when a PR adds lines above it), then, when
 * the text changed (a package added to a RUN), by the same line and instruction keyword.
 * Instructions with no counterpart are new: they grew from 0.
 */
function grownInstructions(current, baseline) {
    const currentRows = instructionRows(current);
    const unmatched = instructionRows(baseline);
    const take = (isMatch) => {
        const index = unmatched.findIndex(isMatch);
        return index === -1 ? undefined : unmatched.splice(index, 1)[0];
    };
    const pairs = currentRows.map((row) => ({ row, before: take((b) => b.matchText === row.matchText) }));
    for (const pair of pairs) {
        if (pair.before || pair.row.line === null)
            continue;
        const keyword = instructionKeyword(pair.row.matchText);
        pair.before = take((b) => b.line === pair.row.line && instructionKeyword(b.matchText) === keyword);
    }
    return pairs
        .map(({ row, before }) => ({
        line: row.line,
        createdBy: row.createdBy,
        before: before?.size ?? 0,
        after: row.size,
        delta: row.size - (before?.size ?? 0),
    }))
        .filter((grown) => grown.delta > 0)
        .sort((a, b) => b.delta - a.delta || (a.line ?? 0) - (b.line ?? 0));
}
function instructionRows(layers) {
    const baseSize = layers.filter((layer) => layer.fromBase).reduce((sum, layer) => sum + layer.size, 0);
    const rows = layers
        .filter((layer) => !layer.fromBase)
        .map(({ line, createdBy, size }) => ({ line, createdBy, size, matchText: normalizeCreatedBy(createdBy) }));
    return layers.some((layer) => layer.fromBase)
        ? [{ line: null, createdBy: BASE_IMAGE_ROW, size: baseSize, matchText: BASE_IMAGE_ROW }, ...rows]
        : rows;
}
/**
 * The instruction as written, from an image history entry: BuildKit appends "# buildkit",
 * runs RUN through "/bin/sh -c" and prefixes "|N NAME=value ..." with the build args in scope,
 * whose values (versions, dates) would otherwise break the match on every bump.
 */
function normalizeCreatedBy(createdBy) {
    let text = createdBy.replace(/\s+#\s*buildkit\s*$/, '').trim();
    const args = /^RUN \|(\d+) /.exec(text);
    if (args) {
        const tokens = text.slice(args[0].length).split(/\s+/);
        text = `RUN ${tokens.slice(Number(args[1])).join(' ')}`;
    }
    return text
        .replace(/^RUN \/bin\/(?:ba)?sh -c /, 'RUN ')
        .replace(/\s+/g, ' ')
        .trim();
}
function instructionKeyword(text) {
    return text.split(' ', 1)[0]?.toUpperCase() ?? '';
}
/**
 * Findings are matched by rule, file and message, counted as a multiset. Findings carry only a
 * line number, which moves whenever a PR edits above it, so the line is not part of the key.
 * Suppressed findings are left out on both sides: the comment lists what is reported.
 */
function findingsDiff(current, baseline) {
    const reported = (findings) => findings.filter((finding) => !finding.suppressed);
    return multisetDiff(reported(current), reported(baseline), (f) => `${f.rule}\u0000${f.file}\u0000${f.message}`);
}
/** Only comparable when both runs scanned: otherwise every vulnerability would look new or fixed. */
function vulnerabilityDiff(current, baseline) {
    const currentKeys = current.scan?.status === 'ok' ? current.scan.keys : undefined;
    const baselineKeys = baseline.scan?.status === 'ok' ? baseline.scan.keys : undefined;
    if (!currentKeys || !baselineKeys)
        return [[], []];
    const baselineSet = new Set(baselineKeys);
    const currentSet = new Set(currentKeys);
    return [
        [...currentSet].filter((key) => !baselineSet.has(key)).sort(),
        [...baselineSet].filter((key) => !currentSet.has(key)).sort(),
    ];
}
/** [in current but not baseline, in baseline but not current], duplicates counted. */
function multisetDiff(current, baseline, keyOf) {
    return [subtract(current, baseline, keyOf), subtract(baseline, current, keyOf)];
}
/** The items left after each of `others` has cancelled one item with the same key. */
function subtract(items, others, keyOf) {
    const cancellable = new Map();
    for (const other of others)
        cancellable.set(keyOf(other), (cancellable.get(keyOf(other)) ?? 0) + 1);
    return items.filter((item) => {
        const count = cancellable.get(keyOf(item)) ?? 0;
        cancellable.set(keyOf(item), count - 1);
        return count <= 0;
    });
}

;// CONCATENATED MODULE: ./src/baseline/index.ts
// The base branch's report: saved by runs on the default branch, loaded by pull requests.
// Never throws: a missing or unreadable baseline is a reason in the report, and the run goes
// on comparing with budgets only.







async function loadBaseline(options) {
    try {
        const { baselineReportPath, branch } = options;
        return baselineReportPath ? await loadFromFile(baselineReportPath, branch) : await loadFromRegistry(options);
    }
    catch (e) {
        return notLoaded(`baseline could not be loaded: ${e.message}`);
    }
}
async function saveBaseline(options) {
    const { cacheRef, branch, key, report, builder } = options;
    const notSaved = (reason, ref = '') => ({ ok: false, ref, reason });
    if (!branch)
        return notSaved('no branch known: baseline not saved');
    if (!cacheRef)
        return notSaved('no cache-ref set: the baseline is stored beside the cache, so it was not saved');
    const ref = reportRef(cacheRef, branch, key);
    if (!ref)
        return notSaved(`cache-ref ${JSON.stringify(cacheRef)} is not a registry reference: baseline not saved`);
    try {
        const pushed = await pushReport({ ref, builder }, JSON.stringify(report, null, 2));
        if (pushed.ok)
            return { ok: true, ref };
        return notSaved(`baseline not saved to ${ref}: ${explain(pushed.problem, pushed.detail)}`, ref);
    }
    catch (e) {
        return notSaved(`baseline not saved to ${ref}: ${e.message}`, ref);
    }
}
async function loadFromFile(path, branch) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            return notLoaded(`${noBaselineYet(branch)}: baseline-report ${path} does not exist`);
        }
        return notLoaded(`baseline-report ${path} could not be read (${e.message})`);
    }
    const { report, reason } = parseReport(text);
    if (!report)
        return notLoaded(`baseline-report ${path} was not used: ${reason}`);
    return { report, ref: { source: 'file', ref: path, commit: report.git.sha, branch: report.git.branch } };
}
async function loadFromRegistry({ cacheRef, branch, key, builder }) {
    if (!branch)
        return notLoaded('no base branch known: nothing to compare with');
    if (!cacheRef) {
        return notLoaded(`${noBaselineYet(branch)}: no cache-ref set (the baseline is stored beside the cache) and no baseline-report given`);
    }
    const ref = reportRef(cacheRef, branch, key);
    if (!ref)
        return notLoaded(`cache-ref ${JSON.stringify(cacheRef)} is not a registry reference: no baseline loaded`);
    const pulled = await pullReport({ ref, builder });
    if ('problem' in pulled) {
        if (pulled.problem === 'missing')
            return notLoaded(noBaselineYet(branch));
        return notLoaded(`baseline ${ref} could not be loaded: ${explain(pulled.problem, pulled.detail)}`);
    }
    const { report, reason } = parseReport(pulled.text);
    if (!report)
        return notLoaded(`baseline ${ref} was not used: ${reason}`);
    return { report, ref: { source: 'registry', ref, commit: report.git.sha, branch } };
}
function explain(problem, detail) {
    switch (problem) {
        case 'unauthorized':
            return `not authorised by the registry (is docker logged in to it?): ${detail}`;
        case 'unreachable':
            return `registry unreachable: ${detail}`;
        case 'missing':
        case 'failed':
            return detail;
    }
}
function noBaselineYet(branch) {
    return `no baseline yet for ${branch ?? 'the base branch'}`;
}
function notLoaded(reason) {
    return { report: null, ref: null, reason };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/scan/argv.ts
// The `trivy image` command line, built in one pure function so every flag is tested.
function trivyImageArgs(args) {
    const argv = [
        'image',
        '--format', 'json',
        // Since 0.67 Trivy lists every package by default: a large array we do not read.
        '--list-all-pkgs=false',
        '--scanners', args.scanners.length > 0 ? args.scanners.join(',') : 'vuln',
        '--timeout', `${args.timeoutSeconds}s`,
        '--cache-dir', args.cacheDir,
        '--output', args.outputPath,
        '--quiet',
    ];
    // No --severity: Trivy then reports all of them and the gate filters, so the report keeps the full picture.
    if (args.ignoreFile)
        argv.push('--ignorefile', args.ignoreFile);
    // Unset keeps Trivy's default mirrors (mirror.gcr.io, then ghcr.io), which avoid ghcr.io's rate limits.
    if (args.dbRepository)
        argv.push('--db-repository', args.dbRepository);
    if ('archivePath' in args.target)
        argv.push('--input', args.target.archivePath);
    // "--" so that an image reference can never be read as a flag.
    else
        argv.push('--', args.target.imageRef);
    return argv;
}
// Trivy runs with only what it needs from the environment: a replaced binary (as in
// CVE-2026-33634) then cannot read the job's tokens from its own environment.
const PASSED_ENV = /^(PATH|HOME|USER|TMPDIR|TMP|TEMP|LANG|LC_[A-Z]+|XDG_CACHE_HOME|SSL_CERT_(FILE|DIR)|(HTTPS?|NO)_PROXY|(https?|no)_proxy|DOCKER_[A-Z_]+|CONTAINERD_[A-Z_]+|TRIVY_[A-Z_]+)$/;
function trivyEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([name, value]) => value !== undefined && PASSED_ENV.test(name)));
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
;// CONCATENATED MODULE: ./src/scan/db-cache.ts
// Adapter: keeps Trivy's vulnerability DB in the Actions cache, one entry a day, so runs
// do not all pull it from the registries (whose rate limits are trivy-action's best-known
// failure). Outside Actions there is no cache service: skipped without a word. A cache
// problem is never a scan problem: it is logged and the scan goes on.



const KEY_PREFIX = 'ml-image-guard-trivy-db-';
/** One key a day: yesterday's DB is restored by prefix, and Trivy refreshes it when it is stale. */
function dbCacheKey(now) {
    return `${KEY_PREFIX}${now.toISOString().slice(0, 10)}`;
}
function actionsCacheAvailable(env) {
    return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
/** Trivy's own default, passed explicitly so the paths we cache are the ones it uses. */
function trivyCacheDir(env) {
    return env.TRIVY_CACHE_DIR || (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'trivy');
}
/** Only the DBs: the rest of Trivy's cache holds per-image layer analyses we would never hit again. */
function dbPaths(cacheDir) {
    return [(0,external_node_path_.join)(cacheDir, 'db'), (0,external_node_path_.join)(cacheDir, 'java-db')];
}
async function restoreDbCache(cacheDir, now, log) {
    if (!actionsCacheAvailable(process.env))
        return null;
    const key = dbCacheKey(now);
    try {
        const restored = await cache/* restoreCache */.P3(dbPaths(cacheDir), key, [KEY_PREFIX]);
        log(restored ? `Trivy DB restored from cache ${restored}` : 'No cached Trivy DB yet; Trivy will download it');
        return { cacheDir, key, hit: restored === key };
    }
    catch (error) {
        log(`Trivy DB cache not restored: ${error.message}`);
        return { cacheDir, key, hit: false };
    }
}
async function saveDbCache(state, log) {
    if (!state || state.hit)
        return;
    try {
        await cache/* saveCache */.Io(dbPaths(state.cacheDir), state.key);
        log(`Trivy DB saved to cache ${state.key}`);
    }
    catch (error) {
        // Parallel matrix jobs race for the same key; the loser's DB is the same DB.
        log(`Trivy DB cache not saved: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/scan/failure.ts
function trivyFailureReason(result, timeoutSeconds) {
    if (result.spawnError)
        return `could not start trivy: ${result.spawnError.message}`;
    if (result.timedOut)
        return `Trivy did not finish within ${timeoutSeconds}s (timeout) and was stopped`;
    const detail = lastErrorLine(result.stderr);
    // The DB check comes first: a DB download that times out is a DB problem, not a slow scan.
    if (/\bDB error\b|vulnerability DB|trivy-db|java DB/i.test(result.stderr)) {
        return `vulnerability DB unavailable (set trivy-db-repository to a reachable mirror): ${detail}`;
    }
    if (/context deadline exceeded|\btimeout\b/i.test(result.stderr)) {
        return `Trivy timed out after ${timeoutSeconds}s (raise trivy-timeout): ${detail}`;
    }
    return `Trivy exited with code ${result.exitCode}: ${detail || 'no error output'}`;
}
function lastErrorLine(stderr) {
    const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    const line = [...lines].reverse().find((l) => /FATAL|ERROR|error/.test(l)) ?? lines.at(-1) ?? '';
    return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
;// CONCATENATED MODULE: ./src/scan/pinned-checksums.ts
// SHA-256 of the release tarballs for the versions we ship pinned, keyed by version and
// asset name. A download must match BOTH the release's checksums file and this table:
// the checksums file alone is served by the same place as the tarball, so it catches a
// corrupt download but not a replaced release; this table changes only in a reviewed diff.
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
const PINNED_TRIVY_CHECKSUMS = {
    '0.69.3': {
        'trivy_0.69.3_Linux-64bit.tar.gz': '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
        'trivy_0.69.3_Linux-ARM64.tar.gz': '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
        'trivy_0.69.3_macOS-64bit.tar.gz': 'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
        'trivy_0.69.3_macOS-ARM64.tar.gz': 'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
    },
};

// EXTERNAL MODULE: ./src/scan/release.ts
var release = __webpack_require__(8012);
;// CONCATENATED MODULE: ./src/scan/install.ts
// Adapter: puts a verified Trivy binary on disk (download, check, tool cache) or finds
// the one on PATH when the user asked for `trivy-version: system`. Every failure throws
// an InstallError whose message goes into the report as the scan's reason.









const TOOL_NAME = 'trivy';
class InstallError extends Error {
}
/** Installs `version` (already accepted by checkTrivyVersion) and returns the binary's path. */
async function installTrivy(version, options = {}) {
    const log = options.log ?? (() => undefined);
    const platform = options.platform ?? process.platform;
    const arch = options.arch ?? process.arch;
    useDefaultRunnerDirs();
    // Only verified binaries are ever put in the tool cache, so a hit needs no new check.
    const cachedDir = tool_cache/* find */.I6(TOOL_NAME, version, arch);
    if (cachedDir) {
        log(`Using Trivy ${version} from the tool cache`);
        return { path: (0,external_node_path_.join)(cachedDir, TOOL_NAME), version };
    }
    const asset = (0,release/* trivyAssetName */._v)(version, platform, arch);
    if (!asset) {
        throw new InstallError(`Trivy publishes no release for ${platform}/${arch}; set trivy-version: system to use a trivy on PATH`);
    }
    const urls = (0,release/* releaseUrls */.Ci)(options.releasesUrl ?? process.env[release/* RELEASES_URL_ENV */.pW] ?? release/* DEFAULT_RELEASES_URL */.je, version, asset);
    const expected = await expectedChecksum(urls.checksums, version, asset, options.pinned ?? PINNED_TRIVY_CHECKSUMS);
    log(`Downloading ${urls.tarball}`);
    const tarball = await download(urls.tarball);
    let extracted;
    try {
        const actual = (0,external_node_crypto_.createHash)('sha256').update(await (0,promises_.readFile)(tarball)).digest('hex');
        if (actual !== expected) {
            throw new InstallError(`checksum mismatch for ${asset}: expected sha256 ${expected}, downloaded file has ${actual}; refusing to run it`);
        }
        extracted = await tool_cache/* extractTar */.nN(tarball);
        const binary = (0,external_node_path_.join)(extracted, TOOL_NAME);
        if (!(await (0,promises_.stat)(binary).catch(() => null))?.isFile()) {
            throw new InstallError(`${asset} has no ${TOOL_NAME} executable at its top level`);
        }
        const toolDir = await tool_cache/* cacheFile */.NJ(binary, TOOL_NAME, TOOL_NAME, version, arch);
        const path = (0,external_node_path_.join)(toolDir, TOOL_NAME);
        await (0,promises_.chmod)(path, 0o755);
        log(`Trivy ${version} verified (sha256 ${expected}) and cached`);
        return { path, version };
    }
    finally {
        await (0,promises_.rm)(tarball, { force: true });
        if (extracted)
            await (0,promises_.rm)(extracted, { recursive: true, force: true });
    }
}
/** The checksum the release lists for the asset, which must also equal our pinned value when we pin this version. */
async function expectedChecksum(url, version, asset, pinned) {
    const file = await download(url);
    let listed;
    try {
        listed = (0,release/* checksumFor */.xs)(await (0,promises_.readFile)(file, 'utf8'), asset);
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
    if (!listed)
        throw new InstallError(`the release's checksums file (${url}) has no line for ${asset}; refusing to install`);
    const pinnedForVersion = pinned[version];
    if (!pinnedForVersion)
        return listed;
    const pin = pinnedForVersion[asset];
    if (!pin)
        throw new InstallError(`no pinned checksum for ${asset} although Trivy ${version} is pinned; refusing to install`);
    if (pin !== listed) {
        throw new InstallError(`the release's checksums file lists sha256 ${listed} for ${asset}, but ml-image-guard pins ${pin}: the release may have been replaced; refusing to install`);
    }
    return pin;
}
async function download(url) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        const { code, message } = error;
        const why = message === 'aborted' || code === 'ECONNRESET' ? 'the connection closed before the whole file arrived' : message;
        throw new InstallError(`could not download ${url}: ${why}`);
    }
}
/** @actions/tool-cache needs both; outside Actions (the CLI) give it per-user directories. */
function useDefaultRunnerDirs() {
    process.env.RUNNER_TOOL_CACHE ||= (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'ml-image-guard', 'tools');
    process.env.RUNNER_TEMP ||= (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ml-image-guard');
}
/** `trivy-version: system`: the trivy on PATH, refused when it is one of the compromised releases. */
async function findSystemTrivy() {
    const result = await exec(TOOL_NAME, ['--version'], { env: trivyEnv(process.env), timeoutMs: 30_000 });
    if (result.spawnError)
        throw new InstallError('trivy-version is "system" but no trivy was found on PATH');
    if (result.exitCode !== 0)
        throw new InstallError(`\`trivy --version\` failed (exit ${result.exitCode}): ${lastLine(result.stderr)}`);
    const version = /Version:\s*v?(\S+)/.exec(result.stdout)?.[1] ?? null;
    if (version && (0,release/* isCompromisedVersion */.HW)(version)) {
        throw new InstallError(`the trivy on PATH is ${version}, one of the releases published with malicious binaries (CVE-2026-33634); remove it and rotate the runner's secrets`);
    }
    return { path: TOOL_NAME, version };
}
function lastLine(text) {
    return text.trim().split('\n').pop() ?? '';
}

// EXTERNAL MODULE: ./src/util/compare.ts
var util_compare = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/scan/summarize.ts
// From a decoded Trivy report to the report's scan numbers and MLG105 findings. Pure.


const TOP_LIMIT = 20;
function summarizeVulnerabilities(report, gate, mapLine, topLimit = TOP_LIMIT) {
    const counts = zeroCounts();
    const fixable = zeroCounts();
    const counted = zeroCounts();
    const byClass = { os: 0, lang: 0 };
    for (const v of report.vulnerabilities) {
        counts[v.severity]++;
        if (v.fixed)
            fixable[v.severity]++;
        if (gate.severities.includes(v.severity) && (v.fixed || !gate.ignoreUnfixed))
            counted[v.severity]++;
        if (v.class)
            byClass[v.class]++;
    }
    const lines = layerLines(report.layers, mapLine);
    const top = [...report.vulnerabilities]
        .sort(byImportance)
        .slice(0, topLimit)
        .map((v) => toVulnerability(v, lines));
    const keys = [...new Set(report.vulnerabilities.map((v) => `${v.id} ${v.pkg}`))].sort();
    return { counts, fixable, counted, byClass, top, keys };
}
function zeroCounts() {
    return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}
/** Most severe first; within a severity, the ones with a fix first (they are actionable); then stable by id and package. */
function byImportance(a, b) {
    return (types/* VULN_SEVERITIES */.aw.indexOf(a.severity) - types/* VULN_SEVERITIES */.aw.indexOf(b.severity) ||
        Number(!a.fixed) - Number(!b.fixed) ||
        (0,util_compare/* compareText */.n)(a.id, b.id) ||
        (0,util_compare/* compareText */.n)(a.pkg, b.pkg));
}
function toVulnerability(v, lines) {
    const result = {
        id: v.id,
        severity: v.severity,
        pkg: v.pkg,
        installed: v.installed ?? '',
        fixed: v.fixed ?? null,
        line: lineOf(lines, v.diffId),
    };
    if (v.pkgType)
        result.pkgType = v.pkgType;
    if (v.class)
        result.class = v.class;
    if (v.title)
        result.title = v.title;
    return result;
}
/**
 * Layer DiffID → Dockerfile line. The i-th DiffID was added by the i-th history entry that
 * is not `empty_layer`; when those counts differ the image's history cannot be trusted to
 * say which instruction added a layer, so no layer gets a line.
 */
function layerLines(layers, mapLine) {
    const lines = new Map();
    if (!layers)
        return lines;
    const layerEntries = layers.history.flatMap((entry, index) => (entry.emptyLayer ? [] : [{ index, createdBy: entry.createdBy }]));
    if (layerEntries.length !== layers.diffIds.length)
        return lines;
    layers.diffIds.forEach((diffId, i) => lines.set(diffId, mapLine(layerEntries[i].index, layerEntries[i].createdBy)));
    return lines;
}
function lineOf(lines, diffId) {
    return diffId === undefined ? null : (lines.get(diffId) ?? null);
}
const SECRET_RULE = { id: 'MLG105', name: 'secret-file-in-image', severity: 'error' };
/** Secrets Trivy found in the image, as MLG105 findings on the Dockerfile: where and which rule, never the value. */
function secretFindings(report, dockerfile, mapLine) {
    const lines = layerLines(report.layers, mapLine);
    return report.secrets.map((secret) => {
        const line = lineOf(lines, secret.diffId) ?? 0; // 0: about the Dockerfile as a whole
        return {
            rule: SECRET_RULE.id,
            name: SECRET_RULE.name,
            severity: SECRET_RULE.severity,
            message: secretMessage(secret),
            file: dockerfile,
            line,
            endLine: line,
            suppressed: false,
        };
    });
}
function secretMessage(secret) {
    const where = secret.startLine ? `${secret.target}:${secret.startLine}` : secret.target;
    const what = secret.title ? `${secret.title} (${secret.ruleId})` : secret.ruleId;
    const severity = secret.severity ? ` [${secret.severity}]` : '';
    return `Secret in image file ${where}: ${what}${severity}. Remove it from the image and rotate it; pass secrets with RUN --mount=type=secret.`;
}

;// CONCATENATED MODULE: ./src/scan/trivy-report.ts
// Decodes Trivy's JSON report (SchemaVersion 2) into the few fields we use. Pure.
// Trivy leaves missing values out (never null): no `Results` when nothing was found, no
// `Vulnerabilities` on a result without any, no `FixedVersion` when there is no fix.
// Secrets keep only where and what was found: the `Match` and `Code` lines, which hold
// the secret itself, are never copied out of the raw JSON.

function decodeTrivyReport(text) {
    let root;
    try {
        root = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, reason: `Trivy's output is not valid JSON: ${error.message}` };
    }
    if (!trivy_report_isObject(root))
        return { ok: false, reason: "Trivy's output is not a JSON report object" };
    if (root.SchemaVersion !== 2) {
        return { ok: false, reason: `unsupported Trivy report SchemaVersion ${JSON.stringify(root.SchemaVersion)} (expected 2)` };
    }
    const results = root.Results ?? [];
    if (!Array.isArray(results))
        return { ok: false, reason: 'Trivy report: Results is not an array' };
    const report = { vulnerabilities: [], secrets: [] };
    const version = trivy_report_isObject(root.Trivy) ? str(root.Trivy.Version) : undefined;
    if (version)
        report.version = version;
    const layers = imageLayers(root.Metadata);
    if (layers)
        report.layers = layers;
    for (const [i, result] of results.entries()) {
        if (!trivy_report_isObject(result))
            return { ok: false, reason: `Trivy report: Results[${i}] is not an object` };
        const vulnerabilities = result.Vulnerabilities ?? [];
        const secrets = result.Secrets ?? [];
        if (!Array.isArray(vulnerabilities) || !Array.isArray(secrets)) {
            return { ok: false, reason: `Trivy report: Results[${i}] has a Vulnerabilities or Secrets that is not an array` };
        }
        for (const [j, raw] of vulnerabilities.entries()) {
            const vulnerability = decodeVulnerability(raw, result);
            if (!vulnerability)
                return { ok: false, reason: `Trivy report: Results[${i}].Vulnerabilities[${j}] lacks VulnerabilityID or PkgName` };
            report.vulnerabilities.push(vulnerability);
        }
        for (const [j, raw] of secrets.entries()) {
            const secret = decodeSecret(raw, str(result.Target) ?? '');
            if (!secret)
                return { ok: false, reason: `Trivy report: Results[${i}].Secrets[${j}] lacks RuleID` };
            report.secrets.push(secret);
        }
    }
    return { ok: true, report };
}
function decodeVulnerability(raw, result) {
    if (!trivy_report_isObject(raw))
        return null;
    const id = str(raw.VulnerabilityID);
    const pkg = str(raw.PkgName);
    if (!id || !pkg)
        return null;
    const vulnerability = { id, pkg, severity: severity(raw.Severity) };
    trivy_report_assign(vulnerability, 'installed', str(raw.InstalledVersion));
    trivy_report_assign(vulnerability, 'fixed', str(raw.FixedVersion));
    trivy_report_assign(vulnerability, 'title', str(raw.Title));
    trivy_report_assign(vulnerability, 'pkgType', str(result.Type));
    trivy_report_assign(vulnerability, 'class', packageClass(result.Class));
    trivy_report_assign(vulnerability, 'diffId', trivy_report_isObject(raw.Layer) ? str(raw.Layer.DiffID) : undefined);
    return vulnerability;
}
function decodeSecret(raw, target) {
    if (!trivy_report_isObject(raw))
        return null;
    const ruleId = str(raw.RuleID);
    if (!ruleId)
        return null;
    const secret = { target, ruleId };
    trivy_report_assign(secret, 'title', str(raw.Title));
    trivy_report_assign(secret, 'severity', str(raw.Severity));
    trivy_report_assign(secret, 'startLine', typeof raw.StartLine === 'number' ? raw.StartLine : undefined);
    trivy_report_assign(secret, 'diffId', trivy_report_isObject(raw.Layer) ? str(raw.Layer.DiffID) : undefined);
    return secret;
}
function imageLayers(metadata) {
    if (!trivy_report_isObject(metadata) || !Array.isArray(metadata.DiffIDs))
        return undefined;
    const config = trivy_report_isObject(metadata.ImageConfig) ? metadata.ImageConfig : {};
    const history = Array.isArray(config.history) ? config.history : [];
    return {
        diffIds: metadata.DiffIDs.filter((d) => typeof d === 'string'),
        history: history.filter(trivy_report_isObject).map((entry) => ({
            createdBy: str(entry.created_by) ?? '',
            emptyLayer: entry.empty_layer === true,
        })),
    };
}
function severity(value) {
    return types/* VULN_SEVERITIES */.aw.find((s) => s === value) ?? 'UNKNOWN';
}
function packageClass(value) {
    return value === 'os-pkgs' ? 'os' : value === 'lang-pkgs' ? 'lang' : undefined;
}
function trivy_report_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** Sets the key only when there is a value: missing stays missing, never undefined or null. */
function trivy_report_assign(target, key, value) {
    if (value !== undefined)
        target[key] = value;
}

;// CONCATENATED MODULE: ./src/scan/run.ts
// The scan stage: install (or find) Trivy, run it on the built image, summarize. Never
// throws: whatever goes wrong becomes a `failed` scan with the reason, and a failed scan
// carries no vulnerability keys, so it can never read as "0 vulnerabilities" or as
// "every vulnerability fixed" next to the baseline.













async function runScan(config, target, mapLine, options = {}) {
    try {
        return await scan(config, target, mapLine, options);
    }
    catch (error) {
        const reason = error instanceof InstallError ? error.message : `unexpected error: ${error.message}`;
        return failed(reason, requestedVersion(config));
    }
}
async function scan(config, target, mapLine, options) {
    const log = options.log ?? ((message) => core/* info */.pq(message));
    if (!config.enabled)
        return skipped('Trivy is turned off (trivy: false)');
    if (config.reportPath)
        return fromReportFile(config, target, mapLine);
    const trivyTarget = target.archivePath
        ? { archivePath: target.archivePath }
        : target.imageRef
            ? { imageRef: target.imageRef }
            : null;
    if (!trivyTarget)
        return skipped('no image was built, so there is nothing to scan');
    if (config.ignoreFile && !(0,external_node_fs_.existsSync)(config.ignoreFile)) {
        return failed(`trivy-ignore-file ${config.ignoreFile} does not exist`, requestedVersion(config));
    }
    const binary = await trivyBinary(config.version, options, log);
    const cacheDir = trivyCacheDir(process.env);
    const dbCache = await restoreDbCache(cacheDir, (options.now ?? (() => new Date()))(), log);
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'mlg-trivy-'));
    try {
        const outputPath = (0,external_node_path_.join)(workDir, 'trivy.json');
        const args = trivyImageArgs({
            target: trivyTarget,
            scanners: config.scanners,
            timeoutSeconds: config.timeoutSeconds,
            ignoreFile: config.ignoreFile,
            dbRepository: config.dbRepository,
            cacheDir,
            outputPath,
        });
        log(`Scanning ${'archivePath' in trivyTarget ? trivyTarget.archivePath : trivyTarget.imageRef} with Trivy ${binary.version ?? '(system)'}`);
        // Our own deadline is a backstop for a Trivy that ignores its --timeout.
        const result = await exec(binary.path, args, { env: trivyEnv(process.env), timeoutMs: (config.timeoutSeconds + 60) * 1000 });
        if (result.exitCode !== 0 || result.timedOut || result.spawnError) {
            return failed(trivyFailureReason(result, config.timeoutSeconds), binary.version);
        }
        const text = await (0,promises_.readFile)(outputPath, 'utf8').catch(() => null);
        if (text === null)
            return failed('Trivy exited successfully but wrote no report', binary.version);
        const outcome = summarize(text, config, target, mapLine, binary.version);
        if (outcome.scan.status === 'ok')
            await saveDbCache(dbCache, log);
        return outcome;
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** The exact version asked for, for the report; null for "system" or an unusable value. */
function requestedVersion(config) {
    const check = (0,release/* checkTrivyVersion */.db)(config.version);
    return check.ok ? check.version : null;
}
async function trivyBinary(requested, options, log) {
    if (requested === 'system')
        return findSystemTrivy();
    const check = (0,release/* checkTrivyVersion */.db)(requested);
    if (!check.ok)
        throw new InstallError(check.reason);
    return installTrivy(check.version, { pinned: options.pinnedChecksums, log });
}
/** `trivy-report`: a report another step produced; nothing is installed or run. */
async function fromReportFile(config, target, mapLine) {
    const path = config.reportPath;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        return failed(`cannot read trivy-report ${path}: ${error.code ?? error.message}`, null);
    }
    return summarize(text, config, target, mapLine, null);
}
function summarize(text, config, target, mapLine, version) {
    const decoded = decodeTrivyReport(text);
    if (!decoded.ok)
        return failed(decoded.reason, version);
    const report = decoded.report;
    const summary = summarizeVulnerabilities(report, { severities: config.severities, ignoreUnfixed: config.ignoreUnfixed }, mapLine);
    return {
        scan: { status: 'ok', scanner: { name: 'trivy', version: report.version ?? version }, ...summary },
        secretFindings: secretFindings(report, target.dockerfile, mapLine),
    };
}
function skipped(reason) {
    return { scan: { status: 'skipped', reason, scanner: null, ...emptyCounts() }, secretFindings: [] };
}
function failed(reason, version) {
    return { scan: { status: 'failed', reason, scanner: { name: 'trivy', version }, ...emptyCounts() }, secretFindings: [] };
}
function emptyCounts() {
    return { counts: zeroCounts(), fixable: zeroCounts(), counted: zeroCounts(), top: [] };
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/lint/index.ts + 1 modules
var src_lint = __webpack_require__(5617);
// EXTERNAL MODULE: ./src/lint/engine.ts
var engine = __webpack_require__(807);
// EXTERNAL MODULE: ./src/image/rules/index.ts + 6 modules
var rules = __webpack_require__(2932);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(4529);
;// CONCATENATED MODULE: ./src/build/argv.ts
// BuildKit 0.12 added image-manifest (moby/buildkit#3724) and buildx 0.12 ships with it;
// older ones reject or ignore the key, so we leave it out and say so.
const IMAGE_MANIFEST_MIN_BUILDX = [0, 12];
function buildxArgv(input) {
    const { build } = input;
    const warnings = [];
    const tags = build.tags.length > 0 ? build.tags : [defaultTag(input.repository, input.sha)];
    const derived = build.cacheRef ? registryCache(input, build.cacheRef, warnings) : { from: [], to: [] };
    // Raw values are for users who want full control: they replace what cache-ref derives.
    const cacheFrom = build.noCache ? [] : build.cacheFrom.length > 0 ? build.cacheFrom : derived.from;
    const cacheTo = build.cacheTo.length > 0 ? build.cacheTo : derived.to;
    const argv = ['buildx', 'build', '--progress=rawjson'];
    if (build.builder)
        argv.push('--builder', build.builder);
    argv.push('--file', input.dockerfile);
    if (input.target)
        argv.push('--target', input.target);
    if (build.platform)
        argv.push('--platform', build.platform);
    if (build.noCache)
        argv.push('--no-cache');
    for (const arg of build.buildArgs)
        argv.push('--build-arg', arg);
    for (const secret of build.secrets)
        argv.push('--secret', secret);
    for (const tag of tags)
        argv.push('--tag', tag);
    for (const from of cacheFrom)
        argv.push('--cache-from', from);
    for (const to of cacheTo)
        argv.push('--cache-to', to);
    argv.push('--metadata-file', input.metadataFile, '--iidfile', input.iidFile);
    if (build.push)
        argv.push('--push');
    else if (input.load)
        argv.push('--load');
    argv.push(input.context);
    return { argv, tags, cache: { from: cacheFrom, to: cacheTo }, warnings };
}
function registryCache(input, cacheRef, warnings) {
    const branchRef = cacheRefFor(cacheRef, input.branch ?? input.defaultBranch ?? 'main');
    const fallbackRef = input.defaultBranch ? cacheRefFor(cacheRef, input.defaultBranch) : branchRef;
    const from = [...new Set([branchRef, fallbackRef])].map((ref) => `type=registry,ref=${ref}`);
    const options = [`type=registry`, `ref=${branchRef}`, `mode=${input.build.cacheMode}`, 'ignore-error=true'];
    const version = parseVersion(input.buildxVersion);
    if (version && !olderThan(version, IMAGE_MANIFEST_MIN_BUILDX)) {
        options.push('image-manifest=true', 'oci-mediatypes=true');
    }
    else {
        const seen = version ? `buildx ${version.join('.')}` : 'an unknown buildx version';
        warnings.push(`cache export without image-manifest=true: it needs buildx >= ${IMAGE_MANIFEST_MIN_BUILDX.join('.')} ` +
            `(found ${seen}); some registries reject the older cache format`);
    }
    return { from, to: [options.join(',')] };
}
/**
 * The per-branch cache reference: `REF:cache-<branch>`, or `REF:<tag>-<branch>` when the
 * configured ref already has a tag. Branch names become valid tag characters.
 */
function cacheRefFor(cacheRef, branch) {
    const { repository, tag } = splitTag(cacheRef);
    return `${repository}:${sanitizeTag(`${tag ?? 'cache'}-${branch}`)}`;
}
/** `ml-image-guard/<owner>/<name>:<sha7>`, lower-cased and restricted to valid characters. */
function defaultTag(repository, sha) {
    const path = (repository ?? 'image')
        .toLowerCase()
        .split('/')
        .map((part) => part.replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || 'x')
        .join('/');
    return `ml-image-guard/${path}:${sanitizeTag(sha ? sha.slice(0, 7) : 'dev')}`;
}
/** A docker tag: [A-Za-z0-9_.-], not starting with '.' or '-', at most 128 characters. */
function sanitizeTag(text) {
    const tag = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    return (tag || 'x').slice(0, 128);
}
function splitTag(ref) {
    const withoutDigest = ref.split('@')[0] ?? ref;
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    if (colon > slash)
        return { repository: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
    return { repository: withoutDigest, tag: null };
}
/** [major, minor] from `docker buildx version` output ("github.com/docker/buildx v0.13.1 …"). */
function parseVersion(text) {
    const match = text ? /\bv?(\d+)\.(\d+)\.\d+/.exec(text) : null;
    return match ? [Number(match[1]), Number(match[2])] : null;
}
function olderThan(version, min) {
    return version[0] < min[0] || (version[0] === min[0] && version[1] < min[1]);
}
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS/i;
/**
 * The argv as it may be logged: `--secret` specs keep only their id, build args whose name
 * looks secret lose their value.
 */
function redactArgv(argv) {
    return argv.map((arg, i) => {
        const flag = argv[i - 1];
        if (flag === '--secret') {
            const id = /(?:^|,)id=([^,]*)/.exec(arg)?.[1];
            return id ? `id=${id},***` : '***';
        }
        if (flag === '--build-arg') {
            const eq = arg.indexOf('=');
            if (eq > 0 && SECRET_NAME.test(arg.slice(0, eq)))
                return `${arg.slice(0, eq)}=***`;
        }
        return arg;
    });
}
/** A cache-from/cache-to spec as it may be reported: secret-looking options lose their value. */
function redactCacheSpec(spec) {
    return spec
        .split(',')
        .map((part) => {
        const eq = part.indexOf('=');
        return eq > 0 && SECRET_NAME.test(part.slice(0, eq)) ? `${part.slice(0, eq)}=***` : part;
    })
        .join(',');
}

;// CONCATENATED MODULE: ./src/build/rawjson.ts
// Splits buildx's `--progress=rawjson` stderr into BuildKit SolveStatus objects. buildx 0.13
// pretty-prints each object over many lines, newer versions write one per line, and plain
// text (the Dockerfile excerpt and "ERROR: …" of a failed build) is mixed in: so we track
// brace depth outside JSON strings rather than trusting line boundaries.
class RawJsonSplitter {
    buffer = [];
    depth = 0;
    inString = false;
    escaped = false;
    /** Feeds one line (without its newline); returns the items it completed. */
    feed(line) {
        if (this.depth === 0 && !line.trimStart().startsWith('{')) {
            return line.trim() ? [{ kind: 'text', line }] : [];
        }
        const items = [];
        let start = 0;
        for (let i = 0; i < line.length; i++) {
            const ch = line[i];
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (ch === '\\')
                    this.escaped = true;
                else if (ch === '"')
                    this.inString = false;
            }
            else if (ch === '"')
                this.inString = true;
            else if (ch === '{')
                this.depth++;
            else if (ch === '}' && --this.depth === 0) {
                this.buffer.push(line.slice(start, i + 1));
                items.push(this.parse(this.buffer.join('\n')));
                this.buffer = [];
                start = i + 1;
            }
        }
        const rest = line.slice(start);
        if (this.depth > 0)
            this.buffer.push(rest);
        else if (rest.trim())
            items.push({ kind: 'text', line: rest });
        return items;
    }
    /** Whatever is left when the stream ends (a truncated object) comes back as text. */
    end() {
        const left = this.buffer.join('\n');
        this.buffer = [];
        this.depth = 0;
        this.inString = false;
        return left.trim() ? left.split('\n').map((line) => ({ kind: 'text', line })) : [];
    }
    parse(text) {
        try {
            return { kind: 'status', status: JSON.parse(text) };
        }
        catch {
            return { kind: 'text', line: text };
        }
    }
}

;// CONCATENATED MODULE: ./src/image/instructions.ts
// The small view of a Dockerfile that the build and image stages need: instructions with
// their 1-based line, so build steps and image layers can point back at the line that made
// them. The lint engine (which parses the Dockerfile) provides these lists.
/** Collapses whitespace and line continuations so texts from different sources compare equal. */
function normalizeCommand(text) {
    return text
        .replace(/\\\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Instruction arguments without leading `--flag[=value]` options, whitespace collapsed. */
function withoutFlags(args) {
    return normalizeCommand(args).replace(/^(?:--[a-z-]+(?:=(?:"[^"]*"|\S)*)?\s+)+/i, '');
}

;// CONCATENATED MODULE: ./src/build/progress.ts

// `[<platform>? <stage>? n/total] KEYWORD args`: the stage is left out when the Dockerfile
// has one stage, the platform when one platform is built.
const STEP_NAME = /^\[((?:\S+ )*)(\d+)\/(\d+)\] (\S+)(?: ([\s\S]*))?$/;
// buildx counts these instructions as steps (plus FROM when the base is not scratch).
const COUNTED = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
class BuildProgress {
    stages;
    vertices = new Map();
    constructor(stages = []) {
        this.stages = stages;
    }
    apply(status) {
        for (const v of status.vertexes ?? [])
            this.applyVertex(v);
    }
    state() {
        const vertices = [...this.vertices.values()];
        const stepVertices = vertices
            .filter((v) => v.step)
            .sort((a, b) => (a.step.line ?? Infinity) - (b.step.line ?? Infinity) || (a.started ?? 0) - (b.started ?? 0));
        const counted = stepVertices.filter((v) => v.step.keyword !== 'FROM');
        const miss = counted.find((v) => !v.cached && v.completed !== null);
        const starts = vertices.map((v) => v.started).filter((t) => t !== null);
        const ends = vertices.map((v) => v.completed).filter((t) => t !== null);
        return {
            vertices,
            steps: stepVertices.map((v) => ({
                name: v.name,
                line: v.step.line,
                seconds: v.started !== null && v.completed !== null ? round((v.completed - v.started) / 1000) : 0,
                cached: v.cached,
            })),
            cacheHits: counted.filter((v) => v.cached).length,
            totalSteps: counted.length,
            firstMiss: miss ? { name: miss.name, line: miss.step.line } : null,
            wallSeconds: starts.length && ends.length ? round((Math.max(...ends) - Math.min(...starts)) / 1000) : null,
            ...this.cacheReport(vertices),
            errors: vertices.filter((v) => v.error && !isCacheVertex(v.name)).map((v) => `${v.name}: ${v.error}`),
        };
    }
    applyVertex(update) {
        let vertex = this.vertices.get(update.digest);
        if (!vertex) {
            const name = update.name ?? update.digest;
            vertex = { digest: update.digest, name, started: null, completed: null, cached: false, error: null, step: this.locate(name) };
            this.vertices.set(update.digest, vertex);
        }
        const started = time(update.started);
        const completed = time(update.completed);
        // A vertex reappears when it restarts or finishes: keep its first start and last end.
        if (started !== null && (vertex.started === null || started < vertex.started))
            vertex.started = started;
        if (completed !== null && (vertex.completed === null || completed > vertex.completed))
            vertex.completed = completed;
        if (update.cached)
            vertex.cached = true;
        if (update.error)
            vertex.error = update.error;
    }
    locate(name) {
        const match = STEP_NAME.exec(name);
        if (!match)
            return null;
        const [, prefix, index, total, keyword, args = ''] = match;
        // Platforms contain a slash, stage names cannot.
        const stageName = prefix.split(' ').filter((word) => word && !word.includes('/')).pop() ?? null;
        const step = { stage: stageName, index: Number(index), total: Number(total), keyword: keyword.toUpperCase(), line: null };
        const stage = this.findStage(stageName);
        return { ...step, line: stage ? findLine(stage, step.keyword, args, step.index, step.total) : null };
    }
    findStage(name) {
        if (name === null)
            return this.stages.length === 1 ? this.stages[0] : null;
        const byName = this.stages.find((s) => s.name?.toLowerCase() === name.toLowerCase());
        if (byName)
            return byName;
        const unnamed = /^stage-(\d+)$/.exec(name);
        return unnamed ? (this.stages[Number(unnamed[1])] ?? null) : null;
    }
    cacheReport(vertices) {
        const warnings = [];
        const notes = [];
        for (const v of vertices) {
            if (!v.error || !isCacheVertex(v.name))
                continue;
            const importing = /^importing cache manifest from (.*)$/.exec(v.name);
            if (importing && /: not found$/.test(v.error)) {
                notes.push(`no cache at ${importing[1]} yet (first build of this ref)`);
            }
            else if (importing) {
                warnings.push(`cache registry unreachable: could not import cache from ${importing[1]} (${v.error}); the build went on without it`);
            }
            else {
                warnings.push(`cache registry unreachable: could not export the cache (${v.error}); the build itself succeeded without it`);
            }
        }
        return { warnings, notes };
    }
}
/**
 * The Dockerfile line of step `index/total` of a stage: the instruction of that keyword whose
 * text matches, else the index-th counted instruction (when build args changed the text).
 */
function findLine(stage, keyword, args, index, total) {
    const counted = stage.instructions.filter((i) => COUNTED.has(i.keyword.toUpperCase()));
    const fromOffset = total - counted.length; // 1 when FROM is a step (base is not scratch)
    if (keyword === 'FROM')
        return stage.fromLine ?? null;
    const byPosition = counted[index - 1 - fromOffset];
    const wanted = withoutFlags(args);
    const sameText = (i) => i.keyword.toUpperCase() === keyword && withoutFlags(i.args) === wanted;
    if (byPosition && sameText(byPosition))
        return byPosition.line;
    const byText = stage.instructions.find(sameText);
    if (byText)
        return byText.line;
    return byPosition && byPosition.keyword.toUpperCase() === keyword ? byPosition.line : null;
}
function isCacheVertex(name) {
    return name.startsWith('importing cache manifest from ') || name.startsWith('exporting cache');
}
function time(text) {
    if (!text || text.startsWith('0001-'))
        return null;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : ms;
}
const round = (seconds) => Math.round(seconds * 1000) / 1000;

;// CONCATENATED MODULE: ./src/build/log.ts
class PlainProgressLog {
    writeLine;
    vertices = new Map();
    running = new Set();
    constructor(writeLine) {
        this.writeLine = writeLine;
    }
    apply(status) {
        for (const v of status.vertexes ?? []) {
            const log = this.vertex(v.digest, v.name);
            if (v.started && !log.started && !v.completed) {
                log.started = true;
                this.running.add(v.digest);
                if (this.running.size === 1) {
                    this.writeLine(`#${log.number} ${log.name}`);
                    log.headerShown = true;
                }
            }
            if (v.completed && !log.done) {
                log.done = true;
                this.running.delete(v.digest);
                const seconds = v.started ? (Date.parse(v.completed) - Date.parse(v.started)) / 1000 : 0;
                const outcome = v.error ? `ERROR: ${v.error}` : v.cached ? 'CACHED' : `DONE ${seconds.toFixed(1)}s`;
                this.flush(log, outcome);
            }
        }
        for (const entry of status.logs ?? []) {
            const log = this.vertices.get(entry.vertex);
            if (!log || !entry.data)
                continue;
            const text = log.partial + Buffer.from(entry.data, 'base64').toString('utf8');
            const lines = text.split(/\r?\n/);
            log.partial = lines.pop() ?? '';
            for (const line of lines)
                this.output(entry.vertex, log, line);
        }
    }
    /** Plain text buildx wrote between the JSON (a failed build's excerpt and ERROR line). */
    text(line) {
        this.writeLine(line);
    }
    output(digest, log, line) {
        const formatted = `#${log.number} ${line}`;
        const streaming = this.running.size === 1 && this.running.has(digest) && log.held.length === 0;
        if (streaming)
            this.writeLine(formatted);
        else
            log.held.push(formatted);
    }
    flush(log, outcome) {
        if (log.partial)
            log.held.push(`#${log.number} ${log.partial}`);
        if (!log.headerShown || log.held.length > 0)
            this.writeLine(`#${log.number} ${log.name}`);
        for (const line of log.held)
            this.writeLine(line);
        this.writeLine(`#${log.number} ${outcome}`);
        log.held = [];
        log.partial = '';
    }
    vertex(digest, name) {
        let log = this.vertices.get(digest);
        if (!log) {
            log = { number: this.vertices.size + 1, name: name ?? digest, started: false, headerShown: false, done: false, held: [], partial: '' };
            this.vertices.set(digest, log);
        }
        return log;
    }
}

;// CONCATENATED MODULE: ./src/build/runner.ts
// Runs `docker buildx build` (argv from buildxArgv, through the one exec helper), streams a
// readable log while parsing the rawjson progress, and turns the outcome into the report's
// BuildSection. Never throws: a failed build is a report with the error's last lines.









const ERROR_TAIL_LINES = 20;
async function runBuild(input) {
    const log = input.log ?? ((line) => process.stdout.write(`${line}\n`));
    const version = await exec('docker', ['buildx', 'version'], { cwd: input.cwd });
    if (version.exitCode !== 0) {
        const why = version.spawnError ? 'docker is not installed' : firstLine(version.stderr) || 'docker buildx does not answer';
        return unbuilt(input, 'skipped', `${why}: install Docker with the buildx plugin (on GitHub, docker/setup-buildx-action) or set build: false to lint only`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlg-build-'));
    try {
        const metadataFile = (0,external_node_path_.join)(dir, 'metadata.json');
        const iidFile = (0,external_node_path_.join)(dir, 'iid');
        const args = buildxArgv({ ...input, metadataFile, iidFile, buildxVersion: version.stdout.trim() || null });
        log(`docker ${redactArgv(args.argv).join(' ')}`);
        const splitter = new RawJsonSplitter();
        const progress = new BuildProgress(input.stages);
        const writer = new PlainProgressLog(log);
        const textTail = [];
        const handle = (item) => {
            if (item.kind === 'status') {
                progress.apply(item.status);
                writer.apply(item.status);
            }
            else {
                writer.text(item.line);
                textTail.push(item.line);
                if (textTail.length > ERROR_TAIL_LINES)
                    textTail.shift();
            }
        };
        const started = external_node_perf_hooks_.performance.now();
        const result = await exec('docker', args.argv, {
            cwd: input.cwd,
            maxBuffer: 64 * 1024, // the stream is parsed as it comes; keep only a little
            onStderrLine: (line) => splitter.feed(line).forEach(handle),
            onStdoutLine: (line) => handle({ kind: 'text', line }),
        });
        splitter.end().forEach(handle);
        const seconds = Math.round(external_node_perf_hooks_.performance.now() - started) / 1000;
        const state = progress.state();
        const section = {
            status: result.exitCode === 0 ? 'ok' : 'failed',
            seconds,
            steps: state.steps,
            cacheHits: state.cacheHits,
            totalSteps: state.totalSteps,
            firstMiss: state.firstMiss,
            warnings: [...args.warnings, ...state.warnings],
            ...(input.build.platform ? { platform: input.build.platform } : {}),
            ...(input.build.builder ? { builder: input.build.builder } : {}),
            cache: { from: args.cache.from.map(redactCacheSpec), to: args.cache.to.map(redactCacheSpec) },
        };
        if (result.exitCode !== 0) {
            const tail = textTail.length > 0 ? textTail : [...state.errors, ...lastLines(result.stderr)];
            section.errorTail = tail.slice(-ERROR_TAIL_LINES);
            const down = daemonDown(tail);
            section.reason = down ?? buildFailureReason(tail, result.exitCode);
            if (down)
                section.status = 'skipped';
        }
        const ok = result.exitCode === 0;
        return {
            section,
            imageId: ok ? await readTrimmed(iidFile) : null,
            digest: ok ? await readDigest(metadataFile) : null,
            tags: args.tags,
            notes: state.notes,
        };
    }
    catch (error) {
        return unbuilt(input, 'failed', `build could not run: ${error.message}`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** The builder's own last ERROR line, in one line; a base image that cannot be pulled said plainly. */
function buildFailureReason(tail, exitCode) {
    const error = [...tail].reverse().find((line) => line.startsWith('ERROR:'));
    if (!error)
        return `docker buildx build exited with code ${exitCode}`;
    const pull = /failed to resolve source metadata for (\S+?): (.*)$/.exec(error);
    if (pull)
        return `base image ${pull[1]} cannot be pulled (${pull[2].split(': ').pop()})`;
    const message = error.replace(/^ERROR:\s*(failed to solve:\s*)?/, '');
    return message.length > 300 ? `${message.slice(0, 299)}…` : message;
}
function unbuilt(input, status, reason) {
    return {
        section: { status, reason, seconds: null, steps: [], cacheHits: 0, totalSteps: 0, firstMiss: null, warnings: [] },
        imageId: null,
        digest: null,
        tags: input.build.tags,
        notes: [],
    };
}
function daemonDown(lines) {
    const line = lines.find((l) => /Cannot connect to the Docker daemon|docker daemon is not running/i.test(l));
    return line ? `the Docker daemon is not running (${line.trim()}): start dockerd, or set build: false to lint only` : undefined;
}
async function readTrimmed(path) {
    try {
        return (await (0,promises_.readFile)(path, 'utf8')).trim() || null;
    }
    catch {
        return null;
    }
}
async function readDigest(metadataFile) {
    const text = await readTrimmed(metadataFile);
    if (!text)
        return null;
    try {
        const digest = JSON.parse(text)['containerimage.digest'];
        return typeof digest === 'string' ? digest : null;
    }
    catch {
        return null;
    }
}
function lastLines(text) {
    return text.trim().split('\n').slice(-ERROR_TAIL_LINES);
}
function firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}

;// CONCATENATED MODULE: ./src/image/history.ts

/** Parses `docker history --no-trunc --human=false --format '{{json .}}'` (newest first) into oldest-first entries. */
function parseHistory(output) {
    return output
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
        const row = JSON.parse(line);
        const size = Number(row.Size ?? 0);
        if (!Number.isFinite(size))
            throw new Error(`docker history gave a size that is not a byte count: ${row.Size}`);
        return { createdBy: row.CreatedBy ?? '', size, comment: row.Comment ?? '' };
    })
        .reverse();
}
/**
 * Which history entries carry a layer. The image config's empty_layer flags say so exactly
 * (pass them when known); otherwise entries with bytes are layers, and zero-byte entries of
 * filesystem instructions fill up to the layer count, newest first.
 */
function layerEntryIndexes(history, layerCount, emptyLayer) {
    if (emptyLayer && emptyLayer.length === history.length) {
        return history.map((_, i) => i).filter((i) => !emptyLayer[i]);
    }
    const chosen = new Set(history.map((e, i) => (e.size > 0 ? i : -1)).filter((i) => i >= 0));
    for (let i = history.length - 1; i >= 0 && chosen.size < layerCount; i--) {
        if (!chosen.has(i) && makesFilesystemChange(history[i].createdBy))
            chosen.add(i);
    }
    return [...chosen].sort((a, b) => a - b).slice(-layerCount);
}
function makesFilesystemChange(createdBy) {
    if (createdBy.endsWith('# buildkit'))
        return true;
    if (createdBy.includes('#(nop)'))
        return /#\(nop\)\s+(ADD|COPY)\b/.test(createdBy);
    return /^(RUN|COPY|ADD|WORKDIR)\b/.test(createdBy) || createdBy.startsWith('/bin/sh -c');
}
/**
 * The Dockerfile line of each history entry (oldest first), null when none. `chain` is the
 * final stage's instructions with its FROM <stage> ancestors (ancestors first, FROM excluded).
 * Entries older than the first one matched come from the base image.
 */
function matchHistoryToInstructions(history, chain) {
    const instructions = chain.filter((i) => i.keyword.toUpperCase() !== 'FROM');
    const n = history.length;
    const m = instructions.length;
    // Monotonic alignment maximizing score: same keyword and text 3, same keyword 1. Almost
    // always every instruction has one entry and this is the diagonal from the end.
    const score = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            const pair = matchScore(history[i].createdBy, instructions[j]);
            score[i][j] = Math.max(score[i + 1][j], score[i][j + 1], pair > 0 ? pair + score[i + 1][j + 1] : 0);
        }
    }
    const lines = new Array(n).fill(null);
    let firstMatched = n;
    for (let i = 0, j = 0; i < n && j < m;) {
        const pair = matchScore(history[i].createdBy, instructions[j]);
        if (pair > 0 && score[i][j] === pair + score[i + 1][j + 1]) {
            lines[i] = instructions[j].line;
            firstMatched = Math.min(firstMatched, i);
            i++;
            j++;
        }
        else if (score[i][j] === score[i + 1][j])
            i++;
        else
            j++;
    }
    return lines.map((line, i) => ({ line, fromBase: i < firstMatched }));
}
function matchScore(createdBy, instruction) {
    const entry = historyCommand(createdBy);
    const keyword = instruction.keyword.toUpperCase();
    if (entry.keyword !== keyword)
        return 0;
    const args = instructionText(instruction);
    return args && (entry.text === args || entry.text.endsWith(` ${args}`) || entry.text.includes(args)) ? 3 : 1;
}
/** Keyword and text of a history entry, buildkit's "# buildkit" marker and RUN's arg prefix removed. */
function historyCommand(createdBy) {
    let text = normalizeCommand(createdBy.replace(/\s*# buildkit$/, ''));
    const nop = /^\/bin\/sh -c #\(nop\)\s*(.*)$/.exec(text);
    if (nop)
        text = nop[1];
    else if (text.startsWith('/bin/sh -c '))
        text = `RUN ${text}`; // the legacy builder's RUN
    const space = text.indexOf(' ');
    const keyword = (space < 0 ? text : text.slice(0, space)).toUpperCase();
    return { keyword, text: space < 0 ? '' : text.slice(space + 1) };
}
/** What the history shows of an instruction: flags dropped, exec-form JSON joined with spaces. */
function instructionText(instruction) {
    const args = withoutFlags(instruction.args);
    if (args.startsWith('[')) {
        try {
            const words = JSON.parse(args);
            if (Array.isArray(words) && words.every((w) => typeof w === 'string'))
                return normalizeCommand(words.join(' '));
        }
        catch {
            // not JSON: shell form that starts with a bracket
        }
    }
    return args;
}
/** LayerInfo for each layer (oldest first) from the history and the instruction match. */
function layersFromHistory(history, diffIds, chain, emptyLayer) {
    const lines = matchHistoryToInstructions(history, chain);
    const entries = layerEntryIndexes(history, diffIds.length, emptyLayer);
    // Newest layers belong to the newest entries; layers without an entry are old base layers.
    const missing = diffIds.length - entries.length;
    return diffIds.map((diffId, position) => {
        const entry = entries[position - missing];
        if (entry === undefined)
            return { diffId, size: 0, createdBy: '', line: null, fromBase: true };
        return { diffId, size: history[entry].size, createdBy: history[entry].createdBy, ...lines[entry] };
    });
}

;// CONCATENATED MODULE: ./src/image/inspect.ts


async function inspectImage(input) {
    const inspected = await exec('docker', ['image', 'inspect', '--format', '{{json .}}', input.ref]);
    if (inspected.exitCode !== 0)
        return inspect_failed(input, `docker image inspect ${input.ref} failed: ${inspect_firstLine(inspected.stderr)}`);
    const image = JSON.parse(inspected.stdout);
    const diffIds = image.RootFS?.Layers ?? [];
    const historyRun = await exec('docker', ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', input.ref]);
    if (historyRun.exitCode !== 0)
        return inspect_failed(input, `docker history ${input.ref} failed: ${inspect_firstLine(historyRun.stderr)}`);
    const history = parseHistory(historyRun.stdout);
    const layers = layersFromHistory(history, diffIds, input.chain);
    const lines = matchHistoryToInstructions(history, input.chain);
    const section = {
        status: 'ok',
        ref: input.ref,
        digest: input.digest ?? null,
        id: image.Id ?? null,
        size: history.reduce((total, entry) => total + entry.size, 0),
        compressedSize: null,
        layers,
        analysis: null,
    };
    if (input.registryRef) {
        const blobs = await registryLayerBlobs(input.registryRef, input.platform ?? null);
        if (blobs && blobs.length === layers.length)
            applyCompressedSizes(section, blobs);
    }
    return { section, history, diffIds, lineOfHistory: (index) => lines[index]?.line ?? null };
}
/** Sets per-layer blob digests and sizes, and their sum as the compressed size. */
function applyCompressedSizes(section, blobs) {
    section.layers = section.layers.map((layer, i) => ({ ...layer, digest: blobs[i].digest, compressedSize: blobs[i].size }));
    section.compressedSize = blobs.reduce((total, blob) => total + blob.size, 0);
}
/** The layer descriptors of the image manifest in the registry (an index resolved to one platform). */
async function registryLayerBlobs(ref, platform) {
    const top = await rawManifest(ref);
    if (!top)
        return null;
    if (top.layers)
        return top.layers;
    const wanted = platform ?? `linux/${process.arch === 'x64' ? 'amd64' : process.arch}`;
    const chosen = (top.manifests ?? []).find((m) => m.platform && platformOf(m.platform) === wanted)
        ?? (top.manifests ?? []).find((m) => m.platform?.os !== 'unknown'); // skip attestation manifests
    if (!chosen)
        return null;
    const repository = ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    return (await rawManifest(`${repository}@${chosen.digest}`))?.layers ?? null;
}
async function rawManifest(ref) {
    const result = await exec('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref]);
    if (result.exitCode !== 0)
        return null;
    try {
        return JSON.parse(result.stdout);
    }
    catch {
        return null;
    }
}
function platformOf(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
function inspect_failed(input, reason) {
    return {
        section: { status: 'failed', reason, ref: input.ref, digest: input.digest ?? null, id: null, size: null, compressedSize: null, layers: [], analysis: null },
        history: [],
        diffIds: [],
        lineOfHistory: () => null,
    };
}
function inspect_firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/image/archive.ts
// Indexes an image archive (`docker save` output) as it streams: every layer blob is
// gunzipped in the stream and its tar walked entry by entry, file contents drained, never
// written to disk nor held in memory. Works on both the OCI layout `docker save` writes since
// Docker 25 and the legacy `<id>/layer.tar` layout.
//
// `docker save` writes blobs in digest order and manifest.json last, so a layer is placed by
// its diff id (the sha256 of its uncompressed tar, computed while walking) rather than by the
// manifest: a walk cut short still knows where each finished layer belongs.




class WalkStopped extends Error {
}
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const SMALL_JSON_LIMIT = 4 * 1024 * 1024;
async function indexImageArchive(source, options = {}) {
    const index = { layers: new Map(), blobSizes: new Map(), manifestLayers: null, config: null, complete: true, unsupported: [] };
    const jsonBlobs = new Map();
    const stopCheck = () => {
        const reason = options.stopReason?.();
        if (reason)
            throw new WalkStopped(reason);
    };
    const extract = tar_stream.extract();
    source.on('error', (error) => extract.destroy(error));
    source.pipe(extract);
    try {
        for await (const entry of extract) {
            stopCheck();
            const name = entry.header.name.replace(/^\.\//, '');
            const size = entry.header.size ?? 0;
            if (entry.header.type !== 'file') {
                entry.resume();
                continue;
            }
            index.blobSizes.set(name, size);
            const chunks = await withHead(entry, 512);
            const head = chunks.head;
            if (startsWith(head, ZSTD)) {
                index.unsupported.push(name);
                await drain(chunks.rest);
            }
            else if (startsWith(head, GZIP) || isTar(head)) {
                const gzipped = startsWith(head, GZIP);
                const layer = await indexLayer(chunks.all(), gzipped, stopCheck);
                index.layers.set(layer.diffId, { ...layer, blobPath: name, compressed: gzipped });
            }
            else if (size <= SMALL_JSON_LIMIT) {
                jsonBlobs.set(name, Buffer.concat(await collect(chunks.all())).toString('utf8'));
            }
            else {
                await drain(chunks.rest);
            }
        }
    }
    catch (error) {
        if (!(error instanceof WalkStopped))
            throw error;
        index.complete = false;
        index.stoppedBecause = error.message;
        extract.destroy();
    }
    readManifest(index, jsonBlobs);
    return index;
}
function readManifest(index, jsonBlobs) {
    const manifest = parseJson(jsonBlobs.get('manifest.json'));
    const image = Array.isArray(manifest) ? manifest[0] : null;
    if (!image)
        return;
    index.manifestLayers = image.Layers ?? null;
    if (image.Config)
        index.config = parseJson(jsonBlobs.get(image.Config));
}
/** Walks one layer's tar (gunzipping when needed) and returns its entries and diff id. */
async function indexLayer(chunks, gzipped, stopCheck) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const hasher = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            try {
                stopCheck();
            }
            catch (error) {
                callback(error);
                return;
            }
            hash.update(chunk);
            callback(null, chunk);
        },
    });
    const source = external_node_stream_.Readable.from(chunks, { objectMode: false });
    const inner = tar_stream.extract();
    const fail = (error) => inner.destroy(error);
    let stream = source;
    source.on('error', fail);
    if (gzipped) {
        // Bigger output chunks than zlib's 16 KiB: fewer thread-pool round trips per layer.
        const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 });
        gunzip.on('error', fail);
        stream = stream.pipe(gunzip);
    }
    hasher.on('error', fail);
    stream.pipe(hasher).pipe(inner);
    const entries = [];
    const whiteouts = [];
    for await (const entry of inner) {
        const path = normalizePath(entry.header.name);
        const slash = path.lastIndexOf('/');
        const base = path.slice(slash + 1);
        if (base === '.wh..wh..opq')
            whiteouts.push({ path: path.slice(0, slash) || '/', opaque: true });
        else if (base.startsWith('.wh.'))
            whiteouts.push({ path: `${path.slice(0, slash)}/${base.slice(4)}`, opaque: false });
        else
            entries.push({ path, size: entry.header.type === 'file' || entry.header.type === 'contiguous-file' ? (entry.header.size ?? 0) : 0, type: entryType(entry.header.type) });
        entry.resume();
    }
    // A stop inside the hasher surfaces as the inner extract's error, thrown by the loop above.
    await new Promise((resolve) => (hasher.writableFinished ? resolve() : hasher.once('finish', () => resolve())));
    return { diffId: `sha256:${hash.digest('hex')}`, entries, whiteouts };
}
function entryType(type) {
    switch (type) {
        case 'file':
        case 'contiguous-file':
            return 'file';
        case 'directory':
            return 'dir';
        case 'symlink':
            return 'symlink';
        case 'link':
            return 'hardlink';
        default:
            return 'other';
    }
}
function normalizePath(name) {
    const path = `/${name}`.replace(/\/\.\//g, '/').replace(/\/+/g, '/').replace(/\/$/, '');
    return path || '/';
}
/** Reads until `bytes` are available (or the stream ends) so the blob's format can be sniffed. */
async function withHead(stream, bytes) {
    const iterator = stream[Symbol.asyncIterator]();
    const first = [];
    let length = 0;
    while (length < bytes) {
        const next = await iterator.next();
        if (next.done)
            break;
        first.push(next.value);
        length += next.value.length;
    }
    const rest = { [Symbol.asyncIterator]: () => iterator };
    return {
        head: Buffer.concat(first),
        rest,
        async *all() {
            yield* first;
            yield* rest;
        },
    };
}
async function drain(stream) {
    for await (const _chunk of stream) {
        // contents not needed
    }
}
async function collect(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return chunks;
}
function startsWith(buffer, magic) {
    return magic.every((byte, i) => buffer[i] === byte);
}
/** A tar header ("ustar" magic), or the zero blocks that are all an empty layer's tar holds. */
function isTar(head) {
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return true;
    return head.length >= 512 && head.subarray(0, 512).every((byte) => byte === 0);
}
function parseJson(text) {
    if (text === undefined)
        return null;
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/image/walk.ts
// Streams `docker save <image>` into the archive indexer, never writing the tarball to disk.



const READ_AHEAD_BYTES = 16 * 1024 * 1024;
async function walkImage(ref, options = {}) {
    const child = execStream('docker', ['save', ref]);
    const deadline = options.timeBudgetMs === undefined ? Infinity : Date.now() + options.timeBudgetMs;
    const budgetSeconds = Math.round((options.timeBudgetMs ?? 0) / 1000);
    try {
        // A few MB of slack let docker save run ahead while a chunk is being gunzipped: without it
        // the 64 KiB pipe fills at every pause and the export, the real floor, stalls.
        const buffered = child.stdout.pipe(new external_node_stream_.PassThrough({ highWaterMark: READ_AHEAD_BYTES }));
        const archive = await indexImageArchive(buffered, {
            stopReason: () => (Date.now() > deadline ? `the layer walk stopped at its time budget of ${budgetSeconds}s` : null),
        });
        if (!archive.complete)
            child.kill();
        const exit = await child.done;
        if (archive.complete && exit.exitCode !== 0)
            return { ok: false, reason: saveFailure(ref, exit) };
        return { ok: true, archive };
    }
    catch (error) {
        child.kill();
        const exit = await child.done;
        return { ok: false, reason: exit.exitCode !== 0 ? saveFailure(ref, exit) : `reading docker save output failed: ${error.message}` };
    }
}
function saveFailure(ref, exit) {
    if (exit.spawnError)
        return `docker save could not run (${exit.spawnError.message})`;
    return `docker save ${ref} exited with code ${exit.exitCode}: ${exit.stderr.trim().split('\n')[0] ?? ''}`;
}

// EXTERNAL MODULE: ./src/image/filesystem.ts
var filesystem = __webpack_require__(422);
;// CONCATENATED MODULE: ./src/image/analyze.ts




const LARGEST_FILES = 20;
/**
 * Analyses the archive and updates `section` in place: exact layer lines once the image
 * config's empty_layer flags are known, compressed sizes when the archive's blobs are compressed.
 */
function analyzeArchive(section, archive, history, chain, seconds) {
    const diffIds = section.layers.map((l) => l.diffId ?? '');
    const emptyLayer = archive.config?.history?.map((h) => h.empty_layer === true);
    if (emptyLayer)
        section.layers = layersFromHistory(history, diffIds, chain, emptyLayer);
    const walked = diffIds.map((id) => archive.layers.get(id));
    if (section.compressedSize === null && archive.manifestLayers?.length === diffIds.length && walked.every((l) => l?.compressed)) {
        applyCompressedSizes(section, walked.map((layer) => ({ digest: `sha256:${layer.blobPath.split('/').pop()}`, size: archive.blobSizes.get(layer.blobPath) ?? 0 })));
    }
    const index = (0,filesystem/* buildFileIndex */.LM)(section.layers.map((layer, position) => ({
        position,
        line: layer.line,
        createdBy: layer.createdBy,
        fromBase: layer.fromBase,
        entries: walked[position]?.entries ?? null,
        whiteouts: walked[position]?.whiteouts ?? [],
    })));
    const findings = (0,rules/* imageFindings */.Qb)(index);
    const bytesByRule = { MLG101: 0, MLG102: 0, MLG103: 0, MLG104: 0, MLG105: 0 };
    for (const { meta, finding } of findings)
        bytesByRule[meta.id] = (bytesByRule[meta.id] ?? 0) + (finding.bytes ?? 0);
    const missing = walked.filter((l) => !l).length;
    const reasons = [
        archive.stoppedBecause,
        missing > 0 ? `${missing} of ${walked.length} layers were not walked` : undefined,
        archive.unsupported.length > 0 ? `${archive.unsupported.length} zstd-compressed layer blobs cannot be read yet` : undefined,
    ].filter((r) => Boolean(r));
    const analysis = {
        status: reasons.length > 0 ? 'partial' : 'ok',
        ...(reasons.length > 0 ? { reason: `${reasons.join('; ')}: image findings cover only the walked layers` } : {}),
        bytesByRule,
        largestFiles: (0,filesystem/* largestFiles */.Sd)(index, LARGEST_FILES),
        byInstruction: (0,filesystem/* bytesByLayer */.QM)(index).map(({ line, createdBy, added, wasted }) => ({ line, createdBy, added, wasted })),
        seconds,
    };
    return { analysis, index, findings };
}

;// CONCATENATED MODULE: ./src/image/stage.ts
// The build-and-measure stage of the pipeline: build with buildx, inspect the image, walk
// its layers within the analyze-layers budget, and turn image rule results into findings.
// Every outcome, including "could not run", lands in the returned sections and notes.









// analyze-layers: auto walks images up to this uncompressed size, and for at most this long.
// `docker save` streams about 60 MB/s here (the engine's export is the floor), so 20 GB is the
// size at which the walk would take several minutes of a CI job; past the time budget the
// analysis stops and is reported partial.
const AUTO_MAX_IMAGE_BYTES = 20_000_000_000;
const AUTO_TIME_BUDGET_MS = 5 * 60 * 1000;
async function buildAndInspect(config, git, lint, log) {
    const notes = [];
    const built = await log.group('Build', () => runBuild({
        build: config.build,
        dockerfile: config.dockerfile,
        context: config.context,
        target: config.target,
        branch: git.branch,
        defaultBranch: git.defaultBranch,
        repository: git.repository,
        sha: git.sha,
        load: !config.build.push,
        stages: (0,src_lint/* instructionView */.Gv)(lint),
        cwd: config.workspace,
        log: (line) => log.info(line),
    }));
    notes.push(...built.notes);
    if (config.build.platform)
        notes.push(`Measured for ${config.build.platform} only: sizes and layers are per platform.`);
    const nothing = { image: null, findings: [], imageRef: null, archivePath: null, lineOfHistory: () => null };
    if (built.section.status !== 'ok') {
        notes.push(`Build ${built.section.status}: ${built.section.reason ?? 'see the build log'}`);
        return { build: built.section, notes, ...nothing };
    }
    const imageRef = built.tags[0] ?? built.imageId;
    if (!imageRef)
        return { build: built.section, notes: [...notes, 'Image not inspected: the build reported no image.'], ...nothing };
    const chain = (0,src_lint/* finalChainView */.py)(lint);
    const inspection = await inspectImage({
        ref: imageRef,
        chain,
        registryRef: config.build.push ? imageRef : null,
        digest: built.digest,
        platform: config.build.platform,
    });
    const section = inspection.section;
    const findings = [];
    if (section.status === 'ok') {
        const skip = walkSkipReason(config.build.analyzeLayers, section.size ?? 0);
        if (skip) {
            section.analysis = { status: 'skipped', reason: skip, bytesByRule: {}, largestFiles: [], byInstruction: [] };
        }
        else {
            const started = external_node_perf_hooks_.performance.now();
            const walk = await log.group('Layer analysis', () => walkImage(imageRef, { timeBudgetMs: config.build.analyzeLayers === 'auto' ? AUTO_TIME_BUDGET_MS : undefined }));
            const seconds = Math.round(external_node_perf_hooks_.performance.now() - started) / 1000;
            if (!walk.ok) {
                section.analysis = { status: 'failed', reason: walk.reason, bytesByRule: {}, largestFiles: [], byInstruction: [], seconds };
            }
            else {
                const result = analyzeArchive(section, walk.archive, inspection.history, chain, seconds);
                section.analysis = result.analysis;
                // `# ml-image-guard ignore=MLG101` above the COPY that added the file works as for Dockerfile rules.
                const suppressions = (0,engine/* readSuppressions */.Hl)(lint.model, rules/* imageRuleMetas */.W3);
                for (const { meta, finding } of result.findings) {
                    const setting = config.rules[meta.id];
                    if (setting === 'off')
                        continue;
                    const imageFinding = (0,engine/* toFinding */.N6)(meta, finding, config.dockerfile, setting);
                    imageFinding.suppressed = suppressions.isSuppressed(meta.id, imageFinding.line);
                    findings.push(imageFinding);
                }
            }
        }
        if (section.analysis && section.analysis.status !== 'ok')
            notes.push(`Layer analysis ${section.analysis.status}: ${section.analysis.reason}`);
        if (section.compressedSize === null)
            notes.push('Compressed size unknown: it is read from the pushed manifest or from compressed layer blobs of the local image store.');
    }
    else {
        notes.push(`Image not inspected: ${section.reason}`);
    }
    return {
        build: built.section,
        image: section,
        notes,
        findings,
        imageRef,
        archivePath: null,
        lineOfHistory: (index) => inspection.lineOfHistory(index),
    };
}
/** Why the layer walk is skipped under the analyze-layers setting, or null to walk. */
function walkSkipReason(mode, imageBytes) {
    if (mode === 'false')
        return 'analyze-layers is false';
    if (mode === 'auto' && imageBytes > AUTO_MAX_IMAGE_BYTES) {
        return `the image is ${(0,units/* formatBytes */.z3)(imageBytes)}, above the ${(0,units/* formatBytes */.z3)(AUTO_MAX_IMAGE_BYTES)} that analyze-layers: auto walks; set analyze-layers: true to walk it anyway`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/pipeline.ts




/** The whole check: lint, then build, measure, scan and compare, then the gates. */
async function runPipeline(config, git, baseLog) {
    const linted = (0,lint_report/* lintReport */.AC)(config, git, baseLog);
    const { report, lint, log } = linted;
    let built = null;
    if (!config.build.enabled) {
        report.notes.push('Build skipped: build is false (lint only), so size, build time and layers were not measured.');
    }
    else if (!lint.result) {
        report.notes.push('Build skipped: the Dockerfile could not be read or parsed (see the error above).');
    }
    else {
        built = await buildAndInspect(config, git, lint.result, log);
        report.build = built.build;
        report.image = built.image;
        report.notes.push(...built.notes);
        (0,lint_report/* addFindings */.W7)(report, built.findings);
    }
    // A Trivy report from another step needs no image of ours.
    if (built || config.scan.reportPath) {
        const scanned = await log.group('Vulnerability scan', () => runScan(config.scan, { dockerfile: config.dockerfile, imageRef: built?.imageRef ?? null, archivePath: built?.archivePath ?? null }, built?.lineOfHistory ?? (() => null), { log: log.info }));
        report.scan = scanned.scan;
        (0,lint_report/* addFindings */.W7)(report, scanned.secretFindings);
    }
    await compareWithBaseline(report, config, git, log);
    const finished = (0,lint_report/* finishReport */.Ux)(linted, config);
    await saveBaselineOnDefaultBranch(finished, config, git, log);
    return finished;
}
async function compareWithBaseline(report, config, git, log) {
    const branch = git.baseBranch ?? (git.pr === null ? null : git.defaultBranch);
    if (!config.baselineReport && (git.pr === null || !branch)) {
        report.baselineReason = 'not a pull request: compared with budgets only';
        return;
    }
    const loaded = await loadBaseline({
        cacheRef: config.build.cacheRef,
        branch,
        key: report.key,
        baselineReportPath: config.baselineReport,
        builder: config.build.builder,
    });
    if (!loaded.report) {
        report.baselineReason = loaded.reason ?? `no baseline yet for ${branch ?? 'the base branch'}`;
        log.info(`Baseline: ${report.baselineReason}`);
        return;
    }
    report.baseline = loaded.ref;
    report.comparison = compare(report, loaded.report);
}
async function saveBaselineOnDefaultBranch(report, config, git, log) {
    const onDefaultBranch = git.event === 'push' && git.branch !== null && git.branch === git.defaultBranch;
    if (!onDefaultBranch || report.build?.status !== 'ok')
        return;
    if (!config.build.cacheRef) {
        // Not an error: without a registry there is nowhere to keep it, and baseline-report can stand in.
        log.info('Baseline not saved: no cache-ref is set (the baseline is stored beside the build cache).');
        return;
    }
    const saved = await saveBaseline({ cacheRef: config.build.cacheRef, branch: git.branch, key: report.key, report, builder: config.build.builder });
    if (saved.ok)
        log.info(`Baseline saved for ${git.branch}: ${saved.ref}`);
    else {
        report.notes.push(`Baseline not saved: ${saved.reason}`);
        log.warning(`Baseline not saved: ${saved.reason}`);
    }
}


/***/ })

};
