// Test support for the registry tests: images pushed to the real loopback registry through its
// HTTP API (blob uploads, then the manifest), and a token-auth front for it that behaves as
// token-protected registries do (a 401 Bearer challenge, a token service that wants basic
// credentials, blobs redirected to another origin as registries hand them to a CDN), with a
// record of what each server received.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { REGISTRY } from './docker.js';

export interface PushedImage {
  repository: string;
  tag: string;
  manifestDigest: string;
  configDigest: string;
  layers: { digest: string; size: number; diffId: string }[];
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A tar of the given files (path → content), as a layer's uncompressed bytes. */
export async function layerTar(files: Record<string, string | Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name, mode: 0o644 }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function upload(repository: string, bytes: Buffer): Promise<string> {
  const digest = sha256(bytes);
  const start = await fetch(`http://${REGISTRY}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status}`);
  const location = new URL(start.headers.get('location')!, `http://${REGISTRY}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    body: new Uint8Array(bytes),
    headers: { 'content-type': 'application/octet-stream' },
  });
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
  return digest;
}

/** Pushes a linux/amd64 image whose layers hold the given files (one record per layer), each gzipped. */
export async function pushImage(repository: string, tag: string, layerFiles: Record<string, string | Buffer>[]): Promise<PushedImage> {
  const layers: PushedImage['layers'] = [];
  for (const files of layerFiles) {
    const tarBytes = await layerTar(files);
    const blob = gzipSync(tarBytes);
    layers.push({ digest: await upload(repository, blob), size: blob.length, diffId: sha256(tarBytes) });
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history: layerFiles.map((files) => ({ created_by: `COPY ${Object.keys(files).join(' ')} / # buildkit` })),
    }),
  );
  const configDigest = await upload(repository, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: l.digest, size: l.size })),
    }),
  );
  const put = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    body: new Uint8Array(manifest),
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
  });
  if (put.status !== 201) throw new Error(`manifest upload: HTTP ${put.status} ${await put.text()}`);
  return { repository, tag, manifestDigest: sha256(manifest), configDigest, layers };
}

export interface AuthRegistry {
  /** host:port of the token-protected front. */
  host: string;
  /** Requests each server saw: path and whether an Authorization header came with it. */
  seen: { server: 'registry' | 'token' | 'cdn'; path: string; authorization: string | null }[];
  /** Invalidate every token handed out so far (as an expiry does). */
  expireTokens(): void;
  /** Serve this many blob responses with one byte flipped. */
  corruptNextBlobs(count: number): void;
  close(): Promise<void>;
}

/**
 * A registry that wants a bearer token, in front of the loopback registry: the token service
 * takes `user:pass` as basic credentials; blobs are redirected to a second origin (the CDN).
 */
export async function startAuthRegistry(user: string, password: string): Promise<AuthRegistry> {
  const seen: AuthRegistry['seen'] = [];
  const tokens = new Set<string>();
  let corrupt = 0;
  const record = (server: 'registry' | 'token' | 'cdn', req: IncomingMessage) =>
    seen.push({ server, path: req.url ?? '', authorization: req.headers.authorization ?? null });

  const cdn = await listen(async (req, res) => {
    record('cdn', req);
    const upstream = await fetch(`http://${REGISTRY}${req.url!.replace(/^\/cdn/, '')}`);
    const bytes = Buffer.from(await upstream.arrayBuffer());
    if (corrupt > 0 && bytes.length > 0) {
      corrupt--;
      bytes[bytes.length - 1] ^= 0xff;
    }
    res.writeHead(upstream.status, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
  });

  const frontHost = () => `127.0.0.1:${(front.address() as AddressInfo).port}`;
  const front: Server = await listen(async (req, res) => {
    const url = new URL(req.url!, `http://${frontHost()}`);
    if (url.pathname === '/token') {
      record('token', req);
      if (req.headers.authorization !== `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
      const token = `t${Math.random().toString(36).slice(2)}`;
      tokens.add(token);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }));
      return;
    }
    record('registry', req);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer)) {
      const repository = /^\/v2\/(.+)\/(?:manifests|blobs)\//.exec(url.pathname)?.[1] ?? '';
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${frontHost()}/token",service="mlg-test",scope="repository:${repository}:pull"`,
          'content-type': 'application/json',
        })
        .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    if (url.pathname.includes('/blobs/')) {
      res.writeHead(307, { location: `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/cdn${url.pathname}` }).end();
      return;
    }
    const upstream = await fetch(`http://${REGISTRY}${url.pathname}`, { headers: { accept: req.headers.accept ?? '*/*' } });
    const bytes = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(bytes);
  });

  return {
    host: frontHost(),
    seen,
    expireTokens: () => tokens.clear(),
    corruptNextBlobs: (count) => {
      corrupt = count;
    },
    close: async () => {
      await Promise.all([front, cdn].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<Server> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error: Error) => res.writeHead(502).end(error.message));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
