// The sticky PR comment: one per image key, found again by its hidden marker and its author (the
// token's own identity), edited in place. Anyone can paste our marker into a comment: a comment by
// someone else is never edited or adopted, whatever its text.
import { commentMarker } from '../report/markdown.js';
import type { GitHubClient } from './client.js';

export interface UpsertInput {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  /** The rendered comment; must start with commentMarker(key) (renderComment does). */
  body: string;
  /** The logins whose comments are ours (authorLogins); null when unknown: then a new comment is posted. */
  authors: readonly string[] | null;
}

export type UpsertResult =
  { action: 'created' | 'updated' | 'unchanged'; id: number; url: string } | { action: 'forbidden'; id: null; url: null; message: string };

export const PUBLISH_HINT =
  'To post it, save report.json as an artifact and run ml-image-guard with `mode: publish` and `report-file` in a ' +
  "`workflow_run` job (it runs with the base repository's token and `pull-requests: write`; the PR comes from the event).";

/**
 * Who the token is, asked once per run: GraphQL's viewer (REST's GET /user refuses app tokens).
 * Null when GraphQL does not answer.
 */
export async function viewerLogin(octokit: GitHubClient): Promise<string | null> {
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = answer.viewer?.login;
    return typeof login === 'string' && login !== '' ? login : null;
  } catch {
    return null;
  }
}

/**
 * The authors of our comments: the viewer, and for an app token (GITHUB_TOKEN is the
 * github-actions app) the same name with [bot], which REST shows as the author. A user's login
 * cannot contain brackets, so `<login>[bot]` is always that app.
 */
export function authorLogins(viewer: string): string[] {
  return viewer.endsWith('[bot]') ? [viewer] : [viewer, `${viewer}[bot]`];
}

export async function upsertStickyComment(input: UpsertInput): Promise<UpsertResult> {
  const { octokit, owner, repo, issueNumber, key, body, authors } = input;
  const marker = commentMarker(key);
  if (!body.startsWith(marker)) throw new Error(`the comment body must start with its marker ${marker}`);
  try {
    // Paginated: a busy PR has more than one page of comments, and missing ours would duplicate it.
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    const ours = authors
      ? comments.find((comment) => comment.body?.startsWith(marker) && authors.includes(comment.user?.login ?? ''))
      : undefined;
    if (ours && ours.body === body) return { action: 'unchanged', id: ours.id, url: ours.html_url };
    if (ours) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (isForbidden(error)) {
      return {
        action: 'forbidden',
        id: null,
        url: null,
        message: `The token cannot comment on ${owner}/${repo}#${issueNumber} (HTTP 403: a pull request from a fork, or a read-only GITHUB_TOKEN). ${PUBLISH_HINT}`,
      };
    }
    throw error;
  }
}

/** A 403 that is about permissions, not a rate limit (those are retried by the client and then rethrown). */
function isForbidden(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || (error as { status?: unknown }).status !== 403) return false;
  const message = error instanceof Error ? error.message : '';
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  return !/rate limit/i.test(message) && headers['x-ratelimit-remaining'] !== '0';
}
