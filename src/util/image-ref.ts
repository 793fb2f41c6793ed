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
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : null;
  const named = at >= 0 ? reference.slice(0, at) : reference;
  const slash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const tag = colon > slash ? named.slice(colon + 1) : null;
  const name = colon > slash ? named.slice(0, colon) : named;
  const first = name.indexOf('/');
  const head = first >= 0 ? name.slice(0, first) : '';
  const isDomain = first >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost');
  return { domain: isDomain ? head : null, path: isDomain ? name.slice(first + 1) : name, tag, digest };
}

/** The repository: domain and path, without tag or digest (what `REPO@sha256:…` is built on). */
export function repositoryOf(reference: string): string {
  const { domain, path } = parseImageReference(reference);
  return domain ? `${domain}/${path}` : path;
}
