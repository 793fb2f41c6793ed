// The CLI: `ml-image-guard lint` (Dockerfile checks only) and `ml-image-guard check` (the whole
// pipeline, same flags as the action's inputs). Exit 0 = nothing at or above --fail-on / gates
// passed, 1 = findings or a failed gate, 2 = usage error or unreadable input. No stack traces.
import { tmpdir } from 'node:os';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseCliArgs, UsageError, HELP } from './args.js';
import { buildConfig } from '../config/config.js';
import { ConfigError } from '../config/units.js';
import { LINT_FAILED } from '../report/assemble.js';
import type { Logger } from '../log.js';
import { readRunContext } from '../github/context.js';
import { runPipeline } from '../pipeline.js';
import { ruleNameIndex, allRuleMetas } from '../rule-catalog.js';
import { severitiesAtOrAbove } from '../report/evaluate.js';
import type { Report } from '../report/types.js';
import type { Config, FailOn } from '../config/types.js';
import { isInside } from '../util/confined-fs.js';
import { VERSION } from '../version.js';

type Format = 'text' | 'json' | 'sarif' | 'markdown';

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const workspace = process.cwd();
  const dockerfiles = args.dockerfiles.length > 0 ? args.dockerfiles : [String(args.inputs.dockerfile ?? 'Dockerfile')];
  const run = readRunContext(process.env);
  const log = stderrLogger();
  // A local check does not need the event: say why the PR facts are missing and go on.
  if (run.eventError) log.warning(run.eventError);
  const reports: Report[] = [];
  const failOns: FailOn[] = [];
  const refusedPaths: string[] = [];
  // Library code (the Actions toolkit) may print to stdout; the CLI's stdout is the report only.
  const restoreStdout = stdoutToStderr();
  try {
    for (const dockerfile of dockerfiles) {
      const inputs = { ...args.inputs, dockerfile };
      // Without --context the context is the Dockerfile's folder, as `docker build -f` users expect.
      if (args.inputs.context === undefined) inputs.context = resolve(workspace, dockerfile, '..');
      const config = await buildConfig(inputs, { workspace, tempDir: tmpdir(), ruleNames: ruleNameIndex() });
      const report = await runPipeline(config, run, log, args.command);
      if (args.inputs['output-dir'] !== undefined) {
        const [{ toSarif }, { renderComment }, { writeReportFiles }] = await Promise.all([
          import('../report/sarif.js'),
          import('../report/markdown.js'),
          import('../report/files.js'),
        ]);
        const sarif = config.sarifFile ? toSarif(report, allRuleMetas()) : undefined;
        const files = writeReportFiles({ ...config, roots: writeRoots(workspace, config) }, report, renderComment(report, {}), sarif);
        if (files.reportPath) log.info(`Report: ${files.reportPath}, comment: ${files.commentPath}`);
        refusedPaths.push(...files.errors);
      }
      reports.push(report);
      failOns.push(config.failOn);
    }
  } finally {
    restoreStdout();
  }

  process.stdout.write(await render(reports, args.format));
  if (refusedPaths.length > 0) {
    refusedPaths.forEach((error) => process.stderr.write(`ml-image-guard: ${error}\n`));
    return 2;
  }
  const lintFailure = reports.flatMap((r) => r.notes).find((n) => n.startsWith(LINT_FAILED));
  if (lintFailure) {
    process.stderr.write(`ml-image-guard: ${lintFailure.slice(LINT_FAILED.length)}\n`);
    return 2;
  }
  if (args.command === 'lint') {
    // Each Dockerfile's effective fail-on: the flag, tightened by the config file, or the file's.
    const failed = reports.some((report, i) => {
      const failOn = failOns[i];
      if (failOn === 'never') return false;
      const levels = severitiesAtOrAbove(failOn);
      return report.findings.some((f) => !f.suppressed && levels.includes(f.severity));
    });
    return failed ? 1 : 0;
  }
  return reports.every((r) => r.passed) ? 0 : 1;
}

/** Each renderer is loaded only for its format: the CLI's start-up time is mostly loading code. */
async function render(reports: Report[], format: Format): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n';
    case 'sarif': {
      const { toSarif } = await import('../report/sarif.js');
      const metas = allRuleMetas();
      const logs = reports.map((r) => toSarif(r, metas));
      const merged = { ...logs[0], runs: [{ ...logs[0].runs[0], results: logs.flatMap((l) => l.runs[0].results ?? []) }] };
      return JSON.stringify(merged, null, 2) + '\n';
    }
    case 'markdown': {
      const { renderComment } = await import('../report/markdown.js');
      return reports.map((r) => renderComment(r, {})).join('\n\n---\n\n') + '\n';
    }
    default: {
      const { renderText } = await import('../report/text.js');
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      return reports.map((r) => renderText(r, { color })).join('\n');
    }
  }
}

/**
 * Where the CLI may write: the project, the temp folder, and the output folders the user named
 * outside the project (a repository cannot change a command line; a path inside the project can
 * be a symlink planted by the repository, so it must stay inside).
 */
function writeRoots(workspace: string, config: Config): string[] {
  const named = [resolve(workspace, config.outputDir)];
  if (config.sarifFile) named.push(dirname(resolve(workspace, config.sarifFile)));
  const outside = named.filter((dir) => !isInside(dir, workspace));
  outside.forEach((dir) => mkdirSync(dir, { recursive: true }));
  return [workspace, tmpdir(), ...outside];
}

function stderrLogger(): Logger {
  return {
    info: (message) => process.stderr.write(`${message}\n`),
    warning: (message) => process.stderr.write(`warning: ${message}\n`),
    group: async (name, body) => {
      process.stderr.write(`── ${name}\n`);
      return body();
    },
    mask: () => undefined, // a local terminal is the user's own
  };
}

function stdoutToStderr(): () => void {
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: unknown, ...rest: unknown[]) => (process.stderr.write as (...a: unknown[]) => boolean)(chunk, ...rest);
  return () => {
    process.stdout.write = original;
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || error instanceof ConfigError;
    process.stderr.write(`ml-image-guard: ${(error as Error).message}${usage ? ' (see ml-image-guard --help)' : ''}\n`);
    if (process.env.MLG_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 2;
  },
);
