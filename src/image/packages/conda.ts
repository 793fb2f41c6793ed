// conda packages: `<env>/conda-meta/<name>-<version>-<build>.json`, one per installed package,
// listing its files relative to the environment. Pure.
import { text, type CapturedFiles, type PackageRecord } from './package-record.js';

const CONDA_META = /^(.*)\/conda-meta\/[^/]+\.json$/;

interface CondaMeta {
  name?: unknown;
  version?: unknown;
  build?: unknown;
  channel?: unknown;
  files?: unknown;
}

export function condaPackages(captured: CapturedFiles): PackageRecord[] {
  const records: PackageRecord[] = [];
  for (const [path, file] of captured) {
    const match = CONDA_META.exec(path);
    if (!match) continue;
    const prefix = match[1] || '/';
    let meta: CondaMeta;
    try {
      meta = JSON.parse(text(file) ?? '') as CondaMeta;
    } catch {
      // Cut at the read limit or not JSON: the package is listed with no files.
      meta = {};
    }
    const [stemName = '', stemVersion = ''] = /^(.+)-([^-]+)-[^-]+\.json$/.exec(path.slice(path.lastIndexOf('/') + 1))?.slice(1) ?? [];
    const name = typeof meta.name === 'string' ? meta.name : stemName;
    if (!name) continue;
    const files = Array.isArray(meta.files) ? meta.files.filter((f): f is string => typeof f === 'string') : [];
    records.push({
      ecosystem: 'conda',
      name: name.toLowerCase(),
      version: typeof meta.version === 'string' ? meta.version : stemVersion,
      installer: 'conda',
      location: prefix,
      ...(typeof meta.build === 'string' ? { build: meta.build } : {}),
      ...(typeof meta.channel === 'string' ? { channel: meta.channel } : {}),
      metadataPath: path,
      paths: [path, ...files.map((f) => `${prefix === '/' ? '' : prefix}/${f.replace(/^\/+/, '')}`)],
      folders: [],
      modules: [],
    });
  }
  return records;
}
