// Alpine packages: /lib/apk/db/installed, one stanza per package (P: name, V: version,
// F: folder, R: file in the last folder, I: installed size). Pure.
import { text, type CapturedFiles, type PackageRecord } from './package-record.js';

const INSTALLED = '/lib/apk/db/installed';

export function apkPackages(captured: CapturedFiles): PackageRecord[] {
  const content = text(captured.get(INSTALLED));
  if (content === null) return [];
  const records: PackageRecord[] = [];
  let current: PackageRecord | null = null;
  let folder = '';
  let declared: number | undefined;
  const finish = () => {
    if (current?.name) records.push(current.paths.length > 0 || declared === undefined ? current : { ...current, declaredBytes: declared });
    current = null;
    declared = undefined;
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') {
      finish();
      continue;
    }
    const key = line.slice(0, 2);
    const value = line.slice(2);
    current ??= { ecosystem: 'apk', name: '', version: '', installer: 'apk', metadataPath: INSTALLED, paths: [], folders: [], modules: [] };
    if (key === 'P:') current.name = value;
    else if (key === 'V:') current.version = value;
    else if (key === 'F:') folder = value;
    else if (key === 'R:') current.paths.push(`/${folder ? `${folder}/` : ''}${value}`);
    else if (key === 'I:') declared = Number(value);
  }
  finish();
  return records;
}
