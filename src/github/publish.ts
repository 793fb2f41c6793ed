// Everything the action does with a finished report, in order of what must never be lost:
// files (report.json, comment.md, SARIF), outputs, job summary, annotations, then the PR comment.
// A comment that cannot be posted (fork, read-only token, API down) is logged, never fatal.
import type { AnnotationProperties } from '@actions/core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../config/types.js';
import type { Report } from '../report/types.js';
import { renderComment, renderSummary, blobLinkBase, type RenderOptions } from '../report/markdown.js';
import { annotationOf, planAnnotations, hiddenSummary } from '../report/annotations.js';
import { toSarif } from '../report/sarif.js';
import { writeReportFiles, type ReportFiles } from '../report/files.js';
import { allRuleMetas } from '../rule-catalog.js';
import { MAX_REPORT_BYTES, parseReport, type ParsedReport } from '../baseline/report-schema.js';
import { readRegularFile } from '../util/confined-fs.js';
import { createGitHubClient, REQUEST_TIMEOUT_SECONDS, timeoutScale, type GitHubClient } from './client.js';
import { authorLogins, upsertStickyComment, viewerLogin, type UpsertResult } from './comment.js';
import { ownerAndRepo, type RunContext, type WorkflowRunFacts } from './context.js';
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
  // Not fatal here: the gate decides the step, the comment is in comment.md and the summary.
  if (wanted) comment = (await postComment(body, config.comment.key, run.pr, context)).result;
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
 * `mode: publish` (fork PRs, two-phase workflow_run): post the comment for a report saved by an
 * earlier run. The artifact is the fork's to write, so nothing in it is trusted but the report's
 * data: the PR comes from the event, the report must be for the event's head commit, and the
 * comment is rendered here from the schema-checked report (never a saved comment.md).
 * Returns why the step fails, or null.
 */
export async function publishSavedReport(config: Config, context: PublishContext): Promise<string | null> {
  const { core, run } = context;
  const workflowRun = run.event === 'workflow_run' ? (run.workflowRun ?? null) : null;
  if (run.event === 'workflow_run' && config.publish.prNumber !== null) {
    return 'ml-image-guard: pr-number is not allowed on a workflow_run event: the PR is taken from the event, never from an artifact; remove pr-number';
  }
  const reportFile = config.publish.reportFile;
  if (!reportFile) return 'ml-image-guard: mode: publish needs report-file: the report.json the check run saved in its artifact';
  if (config.publish.commentFile) core.warning('comment-file is ignored: mode: publish renders the comment from report-file itself.');
  let parsed: ParsedReport;
  try {
    parsed = parseReport(readRegularFile(resolve(config.workspace, reportFile), MAX_REPORT_BYTES).toString('utf8'));
  } catch (error) {
    return `ml-image-guard: cannot read report-file ${reportFile}: ${(error as Error).message}; download the artifact first`;
  }
  if (!parsed.report) return `ml-image-guard: report-file ${reportFile} is not an ml-image-guard report: ${parsed.reason}`;
  const report = parsed.report;
  core.setOutput('passed', String(report.passed));
  if (workflowRun && report.git.sha !== workflowRun.headSha) {
    return (
      `ml-image-guard: report-file ${reportFile} is for commit ${report.git.sha ?? '(none)'}, ` +
      `not ${workflowRun.headSha ?? '(none)'} that the workflow run checked: not published`
    );
  }
  const sha = report.git.sha;
  const linkBase = run.repository && sha ? blobLinkBase(run.serverUrl, run.repository, sha) : null;
  const body = renderComment(report, {
    linkBase,
    docsRef: context.env.GITHUB_ACTION_REF ?? null,
    minimumChange: config.comment.minimumChange,
    key: report.key,
  });
  const prNumber = workflowRun ? (workflowRun.pullRequests[0] ?? null) : (config.publish.prNumber ?? run.pr);
  const posted = await postComment(body, report.key, prNumber, context, workflowRun && prNumber === null ? workflowRun : null);
  if (posted.problem) return `ml-image-guard: ${posted.problem}`;
  if (posted.result?.id) core.setOutput('comment-id', String(posted.result.id));
  return report.passed ? null : 'ml-image-guard: the saved report did not pass its gates';
}

function writeFiles(report: Report, body: string, config: Config, context: PublishContext) {
  const sarif = config.sarifFile ? toSarif(report, allRuleMetas()) : undefined;
  const temp = context.env.RUNNER_TEMP || tmpdir();
  const roots = [config.workspace, temp];
  const files = writeReportFiles({ ...config, roots, fallbackDir: join(temp, 'ml-image-guard') }, report, body, sarif);
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

/** The whole publish phase (identity, PR lookup, list, write) ends by then, whatever the API does. */
export const PUBLISH_DEADLINE_SECONDS = 120;

class DeadlineError extends Error {}

interface Posted {
  result: UpsertResult | null;
  /** Why no comment was posted when one was wanted, in one line; null when posted or not wanted. */
  problem: string | null;
}

/**
 * Posts or updates the sticky comment. `lookup`: a fork's workflow_run, whose event names no PR:
 * the open PR from its head repository and branch at its head commit.
 */
async function postComment(
  body: string,
  key: string,
  prNumber: number | null,
  context: PublishContext,
  lookup: WorkflowRunFacts | null = null,
): Promise<Posted> {
  const { core, token } = context;
  const repository = ownerAndRepo(context.run);
  if ((prNumber === null && !lookup) || !repository) {
    core.info('No pull request for this run: the comment is in comment.md and the job summary.');
    return { result: null, problem: null };
  }
  if (!token) {
    core.warning('No github-token: the PR comment was not posted (it is in comment.md and the job summary).');
    return { result: null, problem: 'no github-token: the PR comment was not posted' };
  }
  const scale = timeoutScale(context.env);
  const deadlineMs = PUBLISH_DEADLINE_SECONDS * 1000 * scale;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineError());
    }, deadlineMs);
  });
  try {
    const octokit = createGitHubClient({ token, env: context.env, log: (message) => core.info(message), deadline: controller.signal });
    const work = async (): Promise<Posted> => {
      const issueNumber = prNumber ?? (await pullRequestOf(octokit, repository, lookup!));
      if (typeof issueNumber === 'string') return { result: null, problem: issueNumber };
      const viewer = await viewerLogin(octokit);
      if (!viewer)
        core.warning(
          "The token's identity is unknown (GraphQL viewer did not answer): a new comment is posted and no existing one edited.",
        );
      const authors = viewer ? authorLogins(viewer) : null;
      const result = await upsertStickyComment({ octokit, ...repository, issueNumber, key, body, authors });
      if (result.action === 'forbidden') {
        core.warning(result.message);
        return { result, problem: `HTTP 403: the token cannot comment on #${issueNumber}` };
      }
      core.info(`PR comment ${result.action}: ${result.url}`);
      return { result, problem: null };
    };
    return await Promise.race([work(), expired]);
  } catch (error) {
    const reason = apiFailure(error, deadlineMs / 1000, REQUEST_TIMEOUT_SECONDS * scale);
    core.warning(
      `The PR comment could not be posted (${reason}). ` +
        'The report, comment.md and the job summary were written; re-run the job or post the report with mode: publish.',
    );
    return { result: null, problem: `the PR comment could not be posted: ${reason}` };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** One line for a failed call: the deadline, a request without an answer, or GitHub's status and message. */
function apiFailure(error: unknown, deadlineSeconds: number, requestSeconds: number): string {
  if (error instanceof DeadlineError) return `the GitHub API did not finish within the ${deadlineSeconds} s publish deadline`;
  const message = (error as Error).message.split('\n')[0];
  if (/abort|timed? ?out/i.test(message)) return `a GitHub API request got no answer within ${requestSeconds} s`;
  const status = (error as { status?: number }).status;
  return `${status ? `HTTP ${status}: ` : ''}${message}`;
}

/** The open PR into this repository from the run's head repository and branch, at the run's head commit; a reason when not exactly one. */
async function pullRequestOf(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  run: WorkflowRunFacts,
): Promise<number | string> {
  if (!run.headOwner || !run.headBranch || !run.headSha)
    return 'the workflow_run event names no head repository, branch and commit: no PR to comment on';
  const { data } = await octokit.rest.pulls.list({
    ...repository,
    state: 'open',
    head: `${run.headOwner}:${run.headBranch}`,
    per_page: 100,
  });
  const matching = data.filter((pull) => pull.head.sha === run.headSha);
  if (matching.length === 1) return matching[0].number;
  return matching.length === 0
    ? `no open PR from ${run.headOwner}:${run.headBranch} at ${run.headSha}: the PR moved on or closed; nothing posted`
    : `${matching.length} open PRs from ${run.headOwner}:${run.headBranch} at ${run.headSha}: nothing posted`;
}
