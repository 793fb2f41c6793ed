// Where this run stands: which PR, which head commit, which base branch. Read from the event
// payload GitHub writes to GITHUB_EVENT_PATH; the parsing is pure, the file read is the only I/O.
import { readFileSync } from 'node:fs';

export interface RunContext {
  eventName: string;
  owner: string | null;
  repo: string | null;
  prNumber: number | null;
  /** The PR's head commit (not the merge commit GITHUB_SHA points at): file links use it. */
  headSha: string | null;
  headRef: string | null;
  baseRef: string | null;
  defaultBranch: string | null;
  /** The head lives in another repository: the token is read-only, comments will be refused. */
  fromFork: boolean;
}

interface Json {
  [key: string]: unknown;
}

const object = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const integer = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

export function runContextFromPayload(eventName: string, payload: unknown, repository: string | null): RunContext {
  const event = object(payload);
  const repo = object(event['repository']);
  const fullName = repository ?? text(repo['full_name']);
  const [owner, name] = fullName?.includes('/') ? (fullName.split('/', 2) as [string, string]) : [null, null];
  const context: RunContext = {
    eventName,
    owner,
    repo: name,
    prNumber: null,
    headSha: null,
    headRef: null,
    baseRef: null,
    defaultBranch: text(repo['default_branch']),
    fromFork: false,
  };
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = object(event['pull_request']);
    const head = object(pr['head']);
    const base = object(pr['base']);
    const headRepo = text(object(head['repo'])['full_name']);
    const baseRepo = text(object(base['repo'])['full_name']);
    return {
      ...context,
      prNumber: integer(pr['number']) ?? integer(event['number']),
      headSha: text(head['sha']),
      headRef: text(head['ref']),
      baseRef: text(base['ref']),
      fromFork: headRepo !== null && baseRepo !== null && headRepo !== baseRepo,
    };
  }
  if (eventName === 'workflow_run') {
    const run = object(event['workflow_run']);
    // GitHub leaves pull_requests empty for runs from forks: then the PR number must be given.
    const pr = object((Array.isArray(run['pull_requests']) ? run['pull_requests'] : [])[0]);
    const headRepo = text(object(run['head_repository'])['full_name']);
    return {
      ...context,
      prNumber: integer(pr['number']),
      headSha: text(object(pr['head'])['sha']) ?? text(run['head_sha']),
      headRef: text(object(pr['head'])['ref']) ?? text(run['head_branch']),
      baseRef: text(object(pr['base'])['ref']),
      fromFork: headRepo !== null && fullName !== null && headRepo !== fullName,
    };
  }
  if (eventName === 'push') {
    const ref = text(event['ref']);
    return { ...context, headSha: text(event['after']), headRef: ref?.replace(/^refs\/heads\//, '') ?? null };
  }
  return context;
}

/** The run context from the environment GitHub Actions sets; without a payload file, only the names. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const path = env['GITHUB_EVENT_PATH'];
  let payload: unknown = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`);
    }
  }
  return runContextFromPayload(env['GITHUB_EVENT_NAME'] ?? '', payload, env['GITHUB_REPOSITORY'] || null);
}
