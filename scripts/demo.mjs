// `npm run demo`: the whole pipeline on examples/bad-inference and examples/good-inference,
// printing the PR comment each would get and where the report files are. With Docker it
// builds and measures for real; without Docker, or when a base image cannot be pulled,
// it says so in one line and shows the lint-only comment.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli/index.js');
const OUT = resolve('.mlg/demo');
const EXAMPLES = ['bad-inference', 'good-inference'];

function dockerReason() {
  const buildx = spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8' });
  if (buildx.error || buildx.status !== 0) return 'docker buildx is not installed';
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8' });
  if (info.status !== 0) return 'the Docker daemon is not running';
  return null;
}

function check(example, build) {
  const dir = join(OUT, example);
  mkdirSync(dir, { recursive: true });
  const args = [
    CLI,
    'check',
    '--dockerfile',
    `examples/${example}/Dockerfile`,
    '--context',
    `examples/${example}`,
    '--build',
    String(build),
    '--trivy',
    'false',
    '--output-dir',
    dir,
    '--format',
    'markdown',
  ];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report = {};
  try {
    report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  } catch {
    console.log(`${example}: no report was written (${run.stderr.trim().split('\n').pop()})`);
  }
  return { dir, comment: run.stdout, status: run.status, report };
}

const noDocker = dockerReason();
if (noDocker)
  console.log(
    `Building skipped: ${noDocker}, so this demo lints only (sizes, build time and layers need Docker; see README "Docker setup").\n`,
  );

for (const example of EXAMPLES) {
  let result = check(example, !noDocker);
  if (!noDocker && result.report.build?.status === 'failed') {
    const why = (result.report.build.reason ?? 'the build failed').split('\n')[0];
    console.log(`${example}: not built: ${why}. Showing the lint-only comment instead.`);
    result = check(example, false);
  }
  console.log(`\n===== examples/${example}: the PR comment it would get =====\n`);
  console.log(result.comment);
  console.log(`Report files: ${join(result.dir, 'report.json')} and ${join(result.dir, 'comment.md')} (exit status ${result.status})`);
}
