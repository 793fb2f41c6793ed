// Image references as Docker reads them (distribution/reference): [domain/]path[:tag][@digest].
// The first path component is a registry domain when it has a `.` or `:` or is `localhost`;
// a tag follows the last `:` after the last `/`. No npm library implements this grammar in plain
// JavaScript (docker-parse-image splits at most three components; parse-docker-image-name is a
// GopherJS build of the Go package), so this is the one parser every module uses.

export interface ImageReference {
  /** Registry host[:port], or null for Docker Hub's default. */
  domain: string | null;
  /** Repository path without the domain: nvidia/cuda, library/python is written python. */
  path: string;
  tag: string | null;
  digest: string | null;
}

export function parseImageReference(reference: string): ImageReference {
  const { at, slash, colon, first } = separators(reference);
  const digest = at >= 0 ? reference.slice(at + 1) : null;
  const named = at >= 0 ? reference.slice(0, at) : reference;
  const tag = colon > slash ? named.slice(colon + 1) : null;
  const name = colon > slash ? named.slice(0, colon) : named;
  const head = first >= 0 ? name.slice(0, first) : '';
  const isDomain = first >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost');
  return { domain: isDomain ? head : null, path: isDomain ? name.slice(first + 1) : name, tag, digest };
}

/**
 * Where the separators are: the first `@`, and before it the last `/`, the last `:` and the first
 * `/`. A FROM value keeps the variables no ARG resolved, and `${VAR:?message}`, `${VAR#pattern}` or
 * `${VAR/a/b}` may hold any of them: inside `${…}` nothing separates (a bare `$VAR` holds none).
 */
function separators(reference: string): { at: number; slash: number; colon: number; first: number } {
  let slash = -1;
  let colon = -1;
  let first = -1;
  let depth = 0;
  for (let i = 0; i < reference.length; i++) {
    const char = reference[i];
    if (char === '$' && reference[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0) {
      if (char === '}') depth--;
    } else if (char === '@') {
      return { at: i, slash, colon, first };
    } else if (char === '/') {
      slash = i;
      if (first < 0) first = i;
    } else if (char === ':') {
      colon = i;
    }
  }
  return { at: -1, slash, colon, first };
}

/** The repository: domain and path, without tag or digest (what `REPO@sha256:…` is built on). */
export function repositoryOf(reference: string): string {
  const { domain, path } = parseImageReference(reference);
  return domain ? `${domain}/${path}` : path;
}

/** The reference pinned to `digest`, its tag kept for the reader: python:3.11@sha256:…. */
export function withDigest(reference: string, digest: string): string {
  const { tag } = parseImageReference(reference);
  return `${repositoryOf(reference)}${tag === null ? '' : `:${tag}`}@${digest}`;
}
