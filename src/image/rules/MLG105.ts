// Credentials files in any layer, even when a later layer deletes them: `docker save` or a
// registry pull hands out every layer. Only names are looked at; contents are never read.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import { allLayerFiles } from '../filesystem.js';
import { Quotes, placeOf, type WalkedImage } from './common.js';

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

export function check({ index }: WalkedImage): RuleFinding[] {
  const visible = new Set(index.files.map((f) => `${f.layer}\0${f.path}`));
  const findings: RuleFinding[] = [];
  for (const file of allLayerFiles(index)) {
    if (!isSecretFile(file.path)) continue;
    const { line, origin, where } = placeOf(index, file.layer);
    const quotes = new Quotes();
    const path = quotes.slot(file.path);
    const hidden = !visible.has(`${file.layer}\0${file.path}`);
    findings.push({
      line,
      origin,
      bytes: file.size,
      title: hidden ? 'Credentials file in a layer, hidden later but still shipped' : 'Credentials file in the image',
      detail: `${path}, ${where}${hidden ? ': a later layer hides it, but anyone who pulls the image can read the layer that has it.' : ', is in the final filesystem.'}`,
      fix: 'Rotate the credential, keep it out of the build context (`.dockerignore`) and pass it with `RUN --mount=type=secret`.',
      quotes: quotes.list,
    });
  }
  return findings;
}
