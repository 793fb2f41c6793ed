// Where this run stands: which repository, commit, branch, PR and base branch. One type for the
// action and the CLI (which reads the same GITHUB_* variables when it runs in a workflow step).
// Read from the event payload GitHub writes to GITHUB_EVENT_PATH and the GITHUB_* variables;
// the parsing is pure, the file read is the only I/O.
import { readRegularFile } from '../util/confined-fs.js';

/** GitHub caps webhook payloads at 25 MB. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

export interface RunContext {
  /** push, pull_request, workflow_run, …; null outside GitHub Actions. */
  event: string | null;
  /** owner/name */
  repository: string | null;
  /** The commit under test: a PR's head commit (not the merge commit GITHUB_SHA points at). */
  sha: string | null;
  ref: string | null;
  /** The branch this run builds (a PR's head branch). */
  branch: string | null;
  pr: number | null;
  /** A PR's base branch. */
  baseBranch: string | null;
  defaultBranch: string | null;
  /** The head lives in another repository: the token is read-only, comments will be refused. */
  fromFork: boolean;
  /** https://github.com, or the GitHub Enterprise server: the base of file links. */
  serverUrl: string;
  /** A workflow_run event: the run it follows, which `mode: publish` trusts instead of its artifact. */
  workflowRun?: WorkflowRunFacts;
  /** The event payload could not be read: one line; the context is then the GITHUB_* variables alone. */
  eventError?: string;
}

export interface WorkflowRunFacts {
  /** The commit the earlier run checked out. */
  headSha: string | null;
  headBranch: string | null;
  /** The owner of the repository the head branch is in (a fork's owner for a fork PR). */
  headOwner: string | null;
  /** PRs into this repository whose head is headSha, as the event lists them (empty for forks). */
  pullRequests: number[];
}

interface Json {
  [key: string]: unknown;
}

const object = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const integer = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/** The parts of a run context that the event payload says, before the environment fills the gaps. */
type PayloadFacts = Pick<RunContext, 'sha' | 'branch' | 'pr' | 'baseBranch' | 'fromFork' | 'workflowRun'> & {
  repository: string | null;
  defaultBranch: string | null;
};

function runContextFromPayload(eventName: string, payload: unknown, repository: string | null): PayloadFacts {
  const event = object(payload);
  const repo = object(event['repository']);
  const fullName = repository ?? text(repo['full_name']);
  const facts: PayloadFacts = {
    repository: fullName,
    defaultBranch: text(repo['default_branch']),
    sha: null,
    branch: null,
    pr: null,
    baseBranch: null,
    fromFork: false,
  };
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = object(event['pull_request']);
    const head = object(pr['head']);
    const base = object(pr['base']);
    const headRepo = text(object(head['repo'])['full_name']);
    const baseRepo = text(object(base['repo'])['full_name']);
    return {
      ...facts,
      pr: integer(pr['number']) ?? integer(event['number']),
      sha: text(head['sha']),
      branch: text(head['ref']),
      baseBranch: text(base['ref']),
      fromFork: headRepo !== null && baseRepo !== null && headRepo !== baseRepo,
    };
  }
  if (eventName === 'workflow_run') {
    const run = object(event['workflow_run']);
    // GitHub leaves pull_requests empty for runs from forks: then mode: publish looks the PR up.
    const headRepo = text(object(run['head_repository'])['full_name']);
    const headSha = text(run['head_sha']);
    // The list can name PRs of other repositories (a fork's own PRs of that branch): only ours, at this commit.
    const repoId = integer(repo['id']);
    const ours = (Array.isArray(run['pull_requests']) ? run['pull_requests'] : []).map(object).filter((entry) => {
      const baseRepo = integer(object(object(entry['base'])['repo'])['id']);
      return (
        (repoId === null || baseRepo === repoId) && integer(entry['number']) !== null && text(object(entry['head'])['sha']) === headSha
      );
    });
    const pullRequests = ours.map((entry) => entry['number'] as number);
    return {
      ...facts,
      workflowRun: {
        headSha,
        headBranch: text(run['head_branch']),
        headOwner: text(object(object(run['head_repository'])['owner'])['login']),
        pullRequests,
      },
      pr: pullRequests[0] ?? null,
      sha: headSha,
      branch: text(run['head_branch']),
      baseBranch: text(object(ours[0]?.['base'])['ref']),
      fromFork: headRepo !== null && fullName !== null && headRepo !== fullName,
    };
  }
  if (eventName === 'push') {
    const ref = text(event['ref']);
    return { ...facts, sha: text(event['after']), branch: ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null };
  }
  return facts;
}

/** The run context from the environment GitHub Actions sets; without a payload file, from the variables alone. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const path = env['GITHUB_EVENT_PATH'];
  let payload: unknown = {};
  let eventError: string | undefined;
  if (path) {
    try {
      payload = JSON.parse(readRegularFile(path, MAX_EVENT_BYTES).toString('utf8'));
    } catch (error) {
      // Not thrown: the run goes on without the payload's facts, and fails after the report is written.
      eventError = `cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message.split('\n')[0]}`;
    }
  }
  const event = env['GITHUB_EVENT_NAME'] || null;
  const facts = runContextFromPayload(event ?? '', payload, env['GITHUB_REPOSITORY'] || null);
  const ref = env['GITHUB_REF'] || null;
  return {
    ...facts,
    event,
    ref,
    sha: facts.sha ?? (env['GITHUB_SHA'] || null),
    branch: facts.branch ?? (env['GITHUB_HEAD_REF'] || (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null)),
    baseBranch: facts.baseBranch ?? (env['GITHUB_BASE_REF'] || null),
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
    ...(eventError ? { eventError } : {}),
  };
}

/** owner and name of the repository, or null when the run does not know it. */
export function ownerAndRepo(run: Pick<RunContext, 'repository'>): { owner: string; repo: string } | null {
  const [owner, repo] = run.repository?.split('/') ?? [];
  return owner && repo ? { owner, repo } : null;
}
