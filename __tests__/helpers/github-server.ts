// A small GitHub API on 127.0.0.1 for tests: the issue-comment and pull endpoints the action
// uses, and GraphQL's viewer (who the token is), answering as GitHub does (pagination Link headers, 403/404/422 bodies, rate-limit
// headers), with programmable faults, and a record of every request it got.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string; // with the query string
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

export interface Fault {
  method?: string;
  /** Matched against the path without the query string. */
  path?: RegExp;
  /** How many matching requests get the fault; Infinity for all. */
  times: number;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (a stalled API or proxy): the connection stays open until the client gives up. */
  stall?: boolean;
}

export interface GitHubServerState {
  comments: StoredComment[];
  pulls: Map<string, unknown>; // "owner/repo#number" → pull request JSON
  faults: Fault[];
  /**
   * Who the server says created a comment (GITHUB_TOKEN comments are by github-actions[bot]).
   * GraphQL's viewer is the same account without [bot], as GitHub answers for an app token.
   */
  login: string;
  repositoryIds: Map<string, number>;
  nextCommentId: number;
}

export interface GitHubServer {
  url: string;
  requests: RecordedRequest[];
  state: GitHubServerState;
  /** Comments on one issue or PR, oldest first. */
  commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[];
  /** Comments someone else wrote before the run. */
  seedComments(owner: string, repo: string, issueNumber: number, bodies: string[], login?: string): void;
  /** Commenting on this PR answers 403 "Resource not accessible by integration" (a fork PR's token). */
  forbid(owner: string, repo: string, issueNumber: number): void;
  /** The next `times` matching requests fail with `status` (500s, 502s...). */
  failNext(times: number, status: number, match?: { method?: string; path?: RegExp }): void;
  /** The next `times` matching requests get no answer at all. */
  stallNext(times: number, match?: { method?: string; path?: RegExp }): void;
  /** The next matching request hits the secondary rate limit (403, or 429 when asked) with retry-after. */
  rateLimitNext(retryAfterSeconds: number, match?: { method?: string; path?: RegExp; status?: 403 | 429 }): void;
  close(): Promise<void>;
}

/** GitHub's limit on a comment body, in characters (Ruby counts code points). */
export const BODY_LIMIT = 65_536;

const DOCS = 'https://docs.github.com/rest';

export async function startGitHubServer(): Promise<GitHubServer> {
  const state: GitHubServerState = {
    comments: [],
    pulls: new Map(),
    faults: [],
    login: 'github-actions[bot]',
    repositoryIds: new Map(),
    nextCommentId: 1_000_001,
  };
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  const repositoryId = (owner: string, repo: string) => {
    const name = `${owner}/${repo}`.toLowerCase();
    if (!state.repositoryIds.has(name)) state.repositoryIds.set(name, 100_000 + state.repositoryIds.size);
    return state.repositoryIds.get(name)!;
  };
  const repositoryById = (id: number) =>
    [...state.repositoryIds].find(([, value]) => value === id)?.[0]?.split('/') as [string, string] | undefined;

  const commentJson = (comment: StoredComment) => ({
    id: comment.id,
    node_id: `IC_${Buffer.from(String(comment.id)).toString('base64')}`,
    url: `${baseUrl}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.owner}/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${baseUrl}/repos/${comment.owner}/${comment.repo}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: { login: comment.login, id: 41898282, type: comment.login.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
  });

  const commentsOn = (owner: string, repo: string, issueNumber: number) =>
    state.comments.filter(
      (c) => c.owner.toLowerCase() === owner.toLowerCase() && c.repo.toLowerCase() === repo.toLowerCase() && c.issueNumber === issueNumber,
    );

  const addComment = (owner: string, repo: string, issueNumber: number, body: string, login: string) => {
    const now = new Date().toISOString();
    const comment: StoredComment = { id: state.nextCommentId++, owner, repo, issueNumber, body, login, createdAt: now, updatedAt: now };
    state.comments.push(comment);
    return comment;
  };

  const forbidden = new Set<string>();

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const payload = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `TEST:${requests.length}`,
      ...headers,
    });
    res.end(payload);
    return status;
  }

  const notFound = (res: ServerResponse) => send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });

  function tooLong(res: ServerResponse, documentation: string) {
    return send(res, 422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${BODY_LIMIT} characters)`,
        },
      ],
      documentation_url: documentation,
      status: '422',
    });
  }

  function readBody(body: string): { body?: unknown } | null {
    try {
      const parsed: unknown = JSON.parse(body || '{}');
      return typeof parsed === 'object' && parsed !== null ? parsed : null;
    } catch {
      return null;
    }
  }

  function validCommentBody(res: ServerResponse, raw: string, documentation: string): string | number {
    const parsed = readBody(raw);
    if (!parsed) return send(res, 400, { message: 'Problems parsing JSON', documentation_url: documentation, status: '400' });
    if (typeof parsed.body !== 'string' || parsed.body === '') {
      return send(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: documentation, status: '422' });
    }
    if ([...parsed.body].length > BODY_LIMIT) return tooLong(res, documentation);
    return parsed.body;
  }

  function listComments(res: ServerResponse, url: URL, owner: string, repo: string, issueNumber: number) {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const all = commentsOn(owner, repo, issueNumber);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const items = all.slice((page - 1) * perPage, page * perPage).map(commentJson);
    // GitHub's links point at /repositories/:id/..., keep the other query parameters, and
    // list prev, next, last, first in that order, leaving out those that do not apply.
    const link = (target: number, rel: string) => {
      const query = new URLSearchParams(url.searchParams);
      query.set('page', String(target));
      return `<${baseUrl}/repositories/${repositoryId(owner, repo)}/issues/${issueNumber}/comments?${query.toString()}>; rel="${rel}"`;
    };
    const links = [
      page > 1 ? link(page - 1, 'prev') : null,
      page < lastPage ? link(page + 1, 'next') : null,
      page < lastPage ? link(lastPage, 'last') : null,
      page > 1 ? link(1, 'first') : null,
    ].filter((entry): entry is string => entry !== null);
    return send(res, 200, items, links.length > 0 ? { link: links.join(', ') } : {});
  }

  /** Only the viewer query; anything else is an error, as GitHub answers a field it does not know. */
  function graphql(res: ServerResponse, raw: string) {
    const query = (readBody(raw) as { query?: unknown } | null)?.query;
    if (typeof query !== 'string') return send(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS });
    if (!/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      return send(res, 200, { errors: [{ message: `test server answers only viewer { login }, not ${query}` }] });
    }
    return send(res, 200, { data: { viewer: { login: state.login.replace(/\[bot\]$/, '') } } });
  }

  /** GET /repos/:owner/:repo/pulls?state=open&head=user:ref, as GitHub filters it (head is the head repository's owner and branch). */
  function listPulls(res: ServerResponse, url: URL, owner: string, repo: string) {
    const wanted = url.searchParams.get('state') ?? 'open';
    const head = url.searchParams.get('head');
    const prefix = `${owner}/${repo}#`.toLowerCase();
    const pulls = [...state.pulls]
      .filter(([name]) => name.startsWith(prefix))
      .map(([, pull]) => pull as { state?: string; head?: { ref?: string; repo?: { owner?: { login?: string } } } })
      .filter((pull) => wanted === 'all' || (pull.state ?? 'open') === wanted)
      .filter((pull) => !head || `${pull.head?.repo?.owner?.login ?? ''}:${pull.head?.ref ?? ''}`.toLowerCase() === head.toLowerCase());
    return send(res, 200, pulls);
  }

  function route(req: IncomingMessage, res: ServerResponse, raw: string): number {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const path = url.pathname;

    const fault = state.faults.find(
      (entry) => entry.times > 0 && (!entry.method || entry.method === method) && (!entry.path || entry.path.test(path)),
    );
    if (fault) {
      fault.times -= 1;
      if (fault.stall) return 0;
      return send(res, fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    }
    if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? '')) {
      return send(res, 401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
    }

    if (path === '/graphql' && method === 'POST') return graphql(res, raw);

    let match = /^\/(?:repos\/([^/]+)\/([^/]+)|repositories\/(\d+))\/issues\/(\d+)\/comments$/.exec(path);
    if (match) {
      const [owner, repo] = match[3]
        ? (repositoryById(Number(match[3])) ?? [])
        : [decodeURIComponent(match[1]), decodeURIComponent(match[2])];
      if (!owner || !repo) return notFound(res);
      repositoryId(owner, repo);
      const issueNumber = Number(match[4]);
      if (method === 'GET') return listComments(res, url, owner, repo, issueNumber);
      if (method === 'POST') {
        const documentation = 'https://docs.github.com/rest/issues/comments#create-an-issue-comment';
        if (forbidden.has(`${owner}/${repo}#${issueNumber}`.toLowerCase())) {
          return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: documentation, status: '403' });
        }
        const body = validCommentBody(res, raw, documentation);
        if (typeof body === 'number') return body;
        const comment = addComment(owner, repo, issueNumber, body, state.login);
        return send(res, 201, commentJson(comment), { location: commentJson(comment).url });
      }
    }

    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    if (match && method === 'PATCH') {
      const documentation = 'https://docs.github.com/rest/issues/comments#update-an-issue-comment';
      const comment = state.comments.find(
        (entry) =>
          entry.id === Number(match![3]) &&
          entry.owner.toLowerCase() === match![1].toLowerCase() &&
          entry.repo.toLowerCase() === match![2].toLowerCase(),
      );
      if (!comment) return notFound(res);
      if (forbidden.has(`${comment.owner}/${comment.repo}#${comment.issueNumber}`.toLowerCase())) {
        return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: documentation, status: '403' });
      }
      const body = validCommentBody(res, raw, documentation);
      if (typeof body === 'number') return body;
      comment.body = body;
      comment.updatedAt = new Date().toISOString();
      return send(res, 200, commentJson(comment));
    }

    match = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(path);
    if (match && method === 'GET') return listPulls(res, url, match[1], match[2]);

    match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path);
    if (match && method === 'GET') {
      const pull = state.pulls.get(`${match[1]}/${match[2]}#${match[3]}`.toLowerCase());
      return pull ? send(res, 200, pull) : notFound(res);
    }
    return notFound(res);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const record: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body, status: 0 };
      requests.push(record);
      try {
        record.status = route(req, res, body);
      } catch (error) {
        record.status = send(res, 500, { message: `test server error: ${String(error)}` });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    state,
    commentsOn,
    seedComments(owner, repo, issueNumber, bodies, login = 'octocat') {
      for (const body of bodies) addComment(owner, repo, issueNumber, body, login);
    },
    forbid(owner, repo, issueNumber) {
      forbidden.add(`${owner}/${repo}#${issueNumber}`.toLowerCase());
    },
    failNext(times, status, match = {}) {
      state.faults.push({ ...match, times, status, body: { message: status >= 500 ? 'Server Error' : 'Error' } });
    },
    stallNext(times, match = {}) {
      state.faults.push({ ...match, times, status: 0, stall: true });
    },
    rateLimitNext(retryAfterSeconds, match = {}) {
      const { status = 403, ...where } = match;
      state.faults.push({
        ...where,
        times: 1,
        status,
        headers: { 'retry-after': String(retryAfterSeconds) },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: String(status),
        },
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
