// Credentials files in any layer, even when a later layer deletes them: `docker save` or a
// registry pull hands out every layer. Only names are looked at; contents are never read.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import { allLayerFiles, type ImageFileIndex, type ImageFileRef } from '../filesystem.js';
import { findingLine, origin } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG105',
  name: 'secret-file-in-image',
  severity: 'error',
  description: 'Files that look like credentials (.env, SSH keys, .netrc, cloud and Hugging Face tokens) in any layer.',
  docs: docsUrl('MLG105'),
  kind: 'image',
};

const TEMPLATE = /\.(example|sample|template|dist|defaults?)$/i;
const SECRET_FILES: readonly RegExp[] = [
  /\/\.env(\.[^/]+)?$/,
  /\/id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/,
  /\/\.netrc$/,
  /\/\.pypirc$/,
  /\/\.git-credentials$/,
  /\/credentials\.json$/,
  /\/\.aws\/credentials$/,
  /\/\.huggingface\/token$/,
  /\/\.cache\/huggingface\/token$/,
  /\/\.docker\/config\.json$/,
  // Certificates are public; keys are not. Without reading content, the name must say "key".
  /\/[^/]*(key|private)[^/]*\.pem$/i,
];

export function isSecretFile(path: string): boolean {
  return !TEMPLATE.test(path) && SECRET_FILES.some((pattern) => pattern.test(path));
}

export function check(index: ImageFileIndex): RuleFinding[] {
  const visible = new Set(index.files.map((f) => `${f.layer}\0${f.path}`));
  const findings: RuleFinding[] = [];
  for (const file of allLayerFiles(index)) {
    if (!isSecretFile(file.path)) continue;
    findings.push({ line: findingLine(file.line), bytes: file.size, message: message(file, visible.has(`${file.layer}\0${file.path}`)) });
  }
  return findings;
}

function message(file: ImageFileRef, visible: boolean): string {
  const where = `${file.path} in ${origin(file.layer, file.line)}`;
  const state = visible
    ? 'It is in the final filesystem.'
    : 'A later layer hides it, but the layer still ships it: anyone who pulls the image can read it.';
  return `Possible credentials file ${where}. ${state} Rotate the credential, keep it out of the build context (.dockerignore) and pass it with RUN --mount=type=secret.`;
}
