// Everything the action does with a finished report, in order of what must never be lost:
// files (report.json, comment.md, SARIF), outputs, job summary, annotations, then the PR comment.
// A comment that cannot be posted (fork, read-only token, API down) is logged, never fatal.
import type { AnnotationProperties } from '@actions/core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Config } from '../config/types.js';
import type { Report } from '../report/types.js';
import { renderComment, renderSummary, blobLinkBase, type RenderOptions } from '../report/markdown.js';
import { annotationOf, planAnnotations, hiddenSummary } from '../report/annotations.js';
import { toSarif } from '../report/sarif.js';
import { writeReportFiles, type ReportFiles } from '../report/files.js';
import { allRuleMetas } from '../rule-catalog.js';
import { createGitHubClient } from './client.js';
import { upsertStickyComment, type UpsertResult } from './comment.js';
import { ownerAndRepo, type RunContext } from './context.js';
import type { ActionsCore } from './actions-core.js';
import { assembleReport } from '../report/assemble.js';
import { evaluate } from '../report/evaluate.js';

export interface Published extends ReportFiles {
  comment: UpsertResult | null;
}

/** Who publishes: the Actions toolkit, where the run stands, and the token for the PR comment. */
export interface PublishContext {
  core: ActionsCore;
  run: RunContext;
  token: string;
  /** The runner's environment, for the GitHub API's address. */
  env: NodeJS.ProcessEnv;
}

export async function publish(report: Report, config: Config, context: PublishContext): Promise<Published> {
  const { core, run } = context;
  const sha = run.sha ?? report.git.sha;
  const linkBase = run.repository && sha ? blobLinkBase(run.serverUrl, run.repository, sha) : null;
  // Rule links point at the docs of the release that produced the comment (the tag or commit of `uses:`).
  const rendering = { linkBase, docsRef: context.env.GITHUB_ACTION_REF ?? null, minimumChange: config.comment.minimumChange };
  const body = renderComment(report, { ...rendering, key: config.comment.key });
  const files = writeFiles(report, body, config, context);
  setOutputs(report, files, core);
  await writeSummary(report, rendering, core);
  annotate(report, core);

  let comment: UpsertResult | null = null;
  const wanted = config.comment.mode === 'always' || (config.comment.mode === 'auto' && run.pr !== null);
  if (wanted) comment = await postComment(body, config.comment.key, run.pr, context);
  if (comment?.id) core.setOutput('comment-id', String(comment.id));
  return { ...files, comment };
}

/** Bad input values: a report that says so, with outputs and summary, and no PR comment. */
export async function publishInputError(message: string, fallback: Config, context: PublishContext): Promise<void> {
  const report = assembleReport(fallback, context.run, { findings: [], notes: [`Input error: ${message}`] });
  const failed = { ...report, passed: false, budgets: evaluate(report, fallback.budgets, 'never').budgets };
  await publish(failed, { ...fallback, comment: { ...fallback.comment, mode: 'never' } }, context);
}

/**
 * `mode: publish`: post a comment saved by an earlier run (fork PRs, two-phase workflow_run).
 * Returns why the step fails, or null.
 */
export async function publishSavedComment(config: Config, context: PublishContext): Promise<string | null> {
  const { core } = context;
  const prNumber = config.publish.prNumber ?? context.run.pr;
  const commentFile = config.publish.commentFile;
  if (prNumber === null || !commentFile) {
    return 'ml-image-guard: mode: publish needs pr-number (or a pull_request/workflow_run event that names one) and comment-file';
  }
  let body: string;
  try {
    body = readFileSync(resolve(config.workspace, commentFile), 'utf8');
  } catch (error) {
    return `ml-image-guard: cannot read comment-file ${commentFile}: ${(error as Error).message}; download the artifact first`;
  }
  // The saved comment names its own key in its marker; reuse it so the same comment is updated.
  const marker = /^<!-- ml-image-guard:key=(.*?) -->/.exec(body);
  if (!marker) return `ml-image-guard: ${commentFile} is not a comment saved by ml-image-guard (no marker on its first line)`;
  const comment = await postComment(body, decodeURIComponent(marker[1]), prNumber, context);
  if (comment?.id) core.setOutput('comment-id', String(comment.id));
  if (!config.publish.reportFile) return null;
  try {
    const report = JSON.parse(readFileSync(resolve(config.workspace, config.publish.reportFile), 'utf8')) as Report;
    core.setOutput('passed', String(report.passed));
    return report.passed ? null : 'ml-image-guard: the saved report did not pass its gates';
  } catch (error) {
    core.warning(`report-file ${config.publish.reportFile} not read: ${(error as Error).message}`);
    return null;
  }
}

function writeFiles(report: Report, body: string, config: Config, context: PublishContext) {
  const sarif = config.sarifFile ? toSarif(report, allRuleMetas()) : undefined;
  const roots = [config.workspace, context.env.RUNNER_TEMP || tmpdir()];
  const files = writeReportFiles({ ...config, roots }, report, body, sarif);
  const written = [
    ['Report', files.reportPath],
    ['Comment', files.commentPath],
    ['SARIF', files.sarifPath],
  ].filter(([, path]) => path);
  if (written.length > 0) context.core.info(written.map(([what, path]) => `${what}: ${path}`).join('\n'));
  files.errors.forEach((error) => context.core.error(error));
  return files;
}

function setOutputs(report: Report, files: Pick<ReportFiles, 'reportPath' | 'sarifPath'>, core: ActionsCore) {
  const active = report.findings.filter((f) => !f.suppressed);
  const build = report.build;
  core.setOutput('passed', String(report.passed));
  core.setOutput('image-size', report.image?.size ?? '');
  core.setOutput('compressed-size', report.image?.compressedSize ?? '');
  core.setOutput('build-seconds', build?.seconds ?? '');
  core.setOutput('cache-hit-ratio', build && build.totalSteps > 0 ? (build.cacheHits / build.totalSteps).toFixed(3) : '');
  core.setOutput('findings', String(active.length));
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('vulnerabilities', report.scan?.status === 'ok' ? JSON.stringify(report.scan.counts) : '');
  core.setOutput('report', files.reportPath ?? '');
  core.setOutput('sarif-file', files.sarifPath ?? '');
  // build-push-action's outputs, for steps written against it.
  core.setOutput('imageid', build?.imageId ?? report.image?.id ?? '');
  core.setOutput('digest', build?.digest ?? '');
  core.setOutput('metadata', build?.metadata ? JSON.stringify(build.metadata, null, 2) : '');
}

async function writeSummary(report: Report, options: Omit<RenderOptions, 'key'>, core: ActionsCore) {
  try {
    await core.summary.addRaw(renderSummary(report, options), true).write();
  } catch (error) {
    // No GITHUB_STEP_SUMMARY (a local run): the report files and log still carry everything.
    core.info(`Job summary not written: ${(error as Error).message}`);
  }
}

function annotate(report: Report, core: ActionsCore) {
  const { shown, hidden } = planAnnotations(report.findings);
  for (const finding of shown) {
    const { title, message } = annotationOf(finding);
    const properties: AnnotationProperties = {
      title,
      file: finding.file,
      ...(finding.line > 0 ? { startLine: finding.line, endLine: finding.endLine } : {}),
    };
    if (finding.severity === 'error') core.error(message, properties);
    else if (finding.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  const more = hiddenSummary(hidden);
  if (more) core.notice(more);
}

async function postComment(body: string, key: string, prNumber: number | null, context: PublishContext): Promise<UpsertResult | null> {
  const { core, token } = context;
  const repository = ownerAndRepo(context.run);
  if (prNumber === null || !repository) {
    core.info('No pull request for this run: the comment is in comment.md and the job summary.');
    return null;
  }
  if (!token) {
    core.warning('No github-token: the PR comment was not posted (it is in comment.md and the job summary).');
    return null;
  }
  try {
    const octokit = createGitHubClient({ token, env: context.env, log: (message) => core.info(message) });
    const result = await upsertStickyComment({ octokit, ...repository, issueNumber: prNumber, key, body });
    if (result.action === 'forbidden') core.warning(result.message);
    else core.info(`PR comment ${result.action}: ${result.url}`);
    return result;
  } catch (error) {
    const status = (error as { status?: number }).status;
    core.warning(
      `The PR comment could not be posted (${status ? `HTTP ${status}: ` : ''}${(error as Error).message.split('\n')[0]}). ` +
        'The report, comment.md and the job summary were written; re-run the job or post comment.md with mode: publish.',
    );
    return null;
  }
}
