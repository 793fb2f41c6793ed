// Debian and Ubuntu packages: /var/lib/dpkg/status (or distroless's status.d/ stanzas) for
// name, version and Installed-Size, the info/<name>.list files (status.d/<name>.md5sums) for
// their files. Pure.
import { completeLines, parseStanzas, text, type CapturedFiles, type PackageRecord } from './package-record.js';

const STATUS = '/var/lib/dpkg/status';
const STATUS_D = '/var/lib/dpkg/status.d/';
const INFO = '/var/lib/dpkg/info/';

export function dpkgPackages(captured: CapturedFiles): PackageRecord[] {
  const stanzas: { stanza: Map<string, string>; path: string }[] = [];
  const status = text(captured.get(STATUS));
  if (status !== null) for (const stanza of parseStanzas(status)) stanzas.push({ stanza, path: STATUS });
  for (const [path, file] of captured) {
    if (path.startsWith(STATUS_D) && !path.endsWith('.md5sums'))
      for (const stanza of parseStanzas(text(file) ?? '')) stanzas.push({ stanza, path });
  }
  const records: PackageRecord[] = [];
  for (const { stanza, path } of stanzas) {
    const name = stanza.get('Package');
    // "install ok installed"; a removed package keeps a stanza ("deinstall ok config-files").
    const state = stanza.get('Status');
    if (!name || (state !== undefined && !state.endsWith(' installed'))) continue;
    const arch = stanza.get('Architecture');
    const listPath = (path === STATUS ? [`${INFO}${name}:${arch}.list`, `${INFO}${name}.list`] : [`${path}.md5sums`]).find((candidate) =>
      captured.has(candidate),
    );
    const list = listPath === undefined ? undefined : captured.get(listPath)!;
    // A .list names every path, folders included; an md5sums file only files, relative to the root, after their sum.
    const paths = list ? completeLines(list).map((line) => (path === STATUS ? line : `/${line.replace(/^\S+\s+/, '')}`)) : [];
    const installedKiB = Number(stanza.get('Installed-Size'));
    records.push({
      ecosystem: 'deb',
      name,
      version: stanza.get('Version') ?? '',
      installer: 'dpkg',
      metadataPath: listPath ?? path,
      paths: listPath ? [listPath, ...paths] : [],
      folders: [],
      modules: [],
      ...(!listPath && Number.isFinite(installedKiB) ? { declaredBytes: installedKiB * 1024 } : {}),
    });
  }
  return records;
}
