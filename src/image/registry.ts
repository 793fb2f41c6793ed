// A registry client for what the measure stage reads: an image's index, manifests, config and
// layer blobs (OCI distribution API), with docker's credentials and the bearer-token flow. No
// npm library fits: @docker/actions-toolkit's ImageTools shells out to `docker buildx imagetools`
// (no blobs) and its regclient needs the regctl binary downloaded at run time. Plain HTTP only
// for loopback registries; every request has a time limit, every document a size limit, and
// every blob is verified against its digest as it streams.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { parseImageReference } from '../util/image-ref.js';
import {
  BlobError,
  MANIFEST_ACCEPT,
  MANIFEST_MAX_BYTES,
  parseManifestDocument,
  readBounded,
  verifiedBlob,
  type BlobStore,
  type Descriptor,
  type ManifestDocument,
} from './blobs.js';
import { IDENTITY_TOKEN_USER, dockerCredentials, isDockerHub, type RegistryCredentials } from './docker-credentials.js';

export interface RegistryOptions {
  /** Credentials for a registry host; default docker's (config.json, credential helpers). */
  credentials?: (host: string) => Promise<RegistryCredentials | null>;
  /** Time to wait for a response's headers, and for the next bytes of a body. */
  timeoutSeconds?: number;
}

const DEFAULT_TIMEOUT_SECONDS = 60;
const TOKEN_MAX_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;

export class RegistryError extends BlobError {
  override name = 'RegistryError';
}

/** One repository of one registry, e.g. 127.0.0.1:5000/acme/app or ghcr.io/acme/app. */
export class RegistryClient implements BlobStore {
  readonly label: string;
  private readonly host: string;
  private readonly repository: string;
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly credentials: (host: string) => Promise<RegistryCredentials | null>;
  private readonly reference: string;
  private authorization: string | null = null;

  constructor(reference: string, options: RegistryOptions = {}) {
    const { domain, path, tag, digest } = parseImageReference(reference);
    this.reference = digest ?? tag ?? 'latest';
    const host = domain === null || isDockerHub(domain) ? 'registry-1.docker.io' : domain;
    this.host = host;
    this.repository = host === 'registry-1.docker.io' && !path.includes('/') ? `library/${path}` : path;
    this.base = `${isLoopback(host) ? 'http' : 'https'}://${host}`;
    this.label = `${domain ?? 'docker.io'}/${path}`;
    this.timeoutMs = (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    this.credentials = options.credentials ?? ((h) => dockerCredentials(h));
  }

  /** The index or manifest of a tag or digest; null means the client's own reference. */
  async document(wanted: string | null): Promise<ManifestDocument> {
    const reference = wanted ?? this.reference;
    const response = await this.get(`/v2/${this.repository}/manifests/${encodeURIComponent(reference)}`, MANIFEST_ACCEPT);
    const bytes = await readBounded(response, MANIFEST_MAX_BYTES, `${this.label}: manifest ${reference}`);
    return parseManifestDocument(bytes, reference.startsWith('sha256:') ? reference : null, `${this.label}@${reference.slice(0, 80)}`);
  }

  async blob(descriptor: Descriptor): Promise<Readable> {
    return verifiedBlob(await this.get(`/v2/${this.repository}/blobs/${descriptor.digest}`, '*/*'), descriptor, this.label);
  }

  /**
   * A GET on the registry: authenticates on a 401 challenge (again when a token expired during a
   * long walk), follows redirects (blobs often live elsewhere).
   */
  private async get(path: string, accept: string): Promise<IncomingMessage> {
    let response = await this.follow(`${this.base}${path}`, accept);
    if (response.statusCode === 401) {
      response.resume();
      this.authorization = await this.authorize(header(response, 'www-authenticate'));
      if (this.authorization) response = await this.follow(`${this.base}${path}`, accept);
    }
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return response;
    response.resume();
    throw new RegistryError(`${this.label}: ${path.split('/').slice(-2).join(' ')} answered HTTP ${status}${hint(status, this.host)}`);
  }

  /** Follows redirects by hand: our Authorization goes to the registry only, never to another host or over plain HTTP. */
  private async follow(url: string, accept: string): Promise<IncomingMessage> {
    let current = new URL(url);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers: Record<string, string> = { accept };
      if (current.origin === this.base && this.authorization) headers.authorization = this.authorization;
      const response = await this.request(current, { headers });
      const status = response.statusCode ?? 0;
      const location = header(response, 'location');
      if (status < 300 || status >= 400 || !location) return response;
      response.resume();
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next.hostname))) {
        throw new RegistryError(`${this.label}: a redirect to ${next.protocol}//${next.host} was refused (not HTTPS)`);
      }
      current = next;
    }
    throw new RegistryError(`${this.label}: more than ${MAX_REDIRECTS} redirects`);
  }

  /**
   * Answers a challenge: `Bearer realm=…,service=…,scope=…` asks a token service for a pull
   * token (with docker's credentials when there are any); `Basic` takes them as they are.
   */
  private async authorize(challenge: string): Promise<string | null> {
    const credentials = await this.credentials(this.host);
    const { scheme, params } = parseChallenge(challenge);
    if (scheme === 'basic') {
      return credentials && credentials.username !== IDENTITY_TOKEN_USER ? `Basic ${basic(credentials)}` : null;
    }
    if (scheme !== 'bearer' || !params.realm) return null;
    const realm = new URL(params.realm);
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm.hostname))) {
      throw new RegistryError(`${this.label}: the token service ${realm.origin} is not HTTPS; refused`);
    }
    const scope = params.scope ?? `repository:${this.repository}:pull`;
    let response: IncomingMessage;
    if (credentials?.username === IDENTITY_TOKEN_USER) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.secret,
        service: params.service ?? '',
        scope,
        client_id: 'ml-image-guard',
      });
      response = await this.request(realm, {
        method: 'POST',
        body: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    } else {
      if (params.service) realm.searchParams.set('service', params.service);
      realm.searchParams.set('scope', scope);
      response = await this.request(realm, { headers: credentials ? { authorization: `Basic ${basic(credentials)}` } : {} });
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.resume();
      throw new RegistryError(`${this.label}: the token service answered HTTP ${status}${hint(status, this.host)}`);
    }
    const answer = JSON.parse((await readBounded(response, TOKEN_MAX_BYTES, `${this.label}: token`)).toString('utf8')) as {
      token?: unknown;
      access_token?: unknown;
    };
    const token = typeof answer.token === 'string' ? answer.token : typeof answer.access_token === 'string' ? answer.access_token : null;
    if (!token) throw new RegistryError(`${this.label}: the token service gave no token`);
    return `Bearer ${token}`;
  }

  /**
   * One HTTP request through node:http(s) (its streams carry gigabytes with less work than
   * fetch's web streams): a deadline for the response headers, then the socket's idle limit
   * for every pause of the body.
   */
  private request(url: URL, init: { method?: string; headers: Record<string, string>; body?: string }): Promise<IncomingMessage> {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const seconds = this.timeoutMs / 1000;
    return new Promise((resolve, reject) => {
      const fail = (reason: string) => reject(new RegistryError(`${this.label}: ${url.host} cannot be reached (${reason})`));
      const req = send(url, { method: init.method ?? 'GET', headers: init.headers }, (response) => {
        clearTimeout(deadline);
        response.setTimeout(this.timeoutMs, () => response.destroy(new RegistryError(`${this.label}: no data for ${seconds}s`)));
        resolve(response);
      });
      const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${seconds}s`)), this.timeoutMs);
      req.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(deadline);
        fail(error.code ?? error.message);
      });
      req.end(init.body);
    });
  }
}

function header(response: IncomingMessage, name: string): string {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** `Bearer realm="https://…",service="…",scope="…"` → scheme and parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const match = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!match) return { scheme: '', params: {} };
  const params: Record<string, string> = {};
  for (const [, key, quoted, bare] of match[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
    params[key.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare;
  }
  return { scheme: match[1].toLowerCase(), params };
}

/** 127.0.0.0/8, ::1 and localhost: the only registries spoken to over plain HTTP. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

function basic(credentials: RegistryCredentials): string {
  return Buffer.from(`${credentials.username}:${credentials.secret}`).toString('base64');
}

function hint(status: number, host: string): string {
  if (status === 401 || status === 403) return `: log in to ${host} first (docker/login-action) with a token that can pull`;
  if (status === 404) return ': not found';
  return '';
}
