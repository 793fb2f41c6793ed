// ADD fetches URLs without verifying them and silently unpacks local archives; COPY does
// exactly what it says. Remote weights are MLG004's business.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy } from '../dockerfile.js';
import { isWeightsPath } from '../ml.js';

export const meta: RuleMeta = {
  id: 'MLG017',
  name: 'add-remote',
  severity: 'warning',
  description: 'ADD of a URL without --checksum, of a remote archive it will not unpack, or of local files COPY would handle.',
  docs: docsUrl('MLG017'),
  kind: 'dockerfile',
};

const URL = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i;
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const GIT = /\.git(#|$)|^git@/;

export function check({ model }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const add of model.instructions.filter(isCopy)) {
    if (add.keyword !== 'ADD') continue;
    const message = problem(
      add.sources,
      add.flags.some((f) => f.name === 'checksum'),
      add.hasHeredoc,
    );
    if (message) findings.push({ line: add.line, endLine: add.endLine, facet: message.local ? 'local' : 'remote', message: message.text });
  }
  return findings;
}

/** What is wrong with one ADD; `local` when it is the local-files case (hadolint DL3020's). */
function problem(sources: string[], checksum: boolean, heredoc: boolean): { local: boolean; text: string } | null {
  const remote = sources.filter((s) => URL.test(s));
  const unpinnedGit = remote.filter((s) => GIT.test(s) && !/#[0-9a-f]{7,40}$/i.test(s));
  if (unpinnedGit.length > 0) {
    return {
      local: false,
      text: `ADD ${unpinnedGit[0]} fetches a git repository at a moving ref: pin a commit (…git#<sha>) so the build is reproducible.`,
    };
  }
  const urls = remote.filter((s) => !GIT.test(s) && !isWeightsUrl(s));
  const archive = urls.find((u) => ARCHIVE.test(u.split(/[?#]/)[0]));
  if (archive) {
    return {
      local: false,
      text: `ADD does not unpack remote archives: ${archive} lands in the image as a compressed file (and the unpacked copy you make later is a second layer). Download, verify and extract in one RUN (curl -fsSL … | tar -xz), or use ADD --checksum and extract in the same RUN.`,
    };
  }
  if (urls.length > 0 && !checksum) {
    return {
      local: false,
      text: `ADD ${urls[0]} downloads at build time without verifying the content: a changed or compromised file ships silently. Use ADD --checksum=sha256:… , or RUN curl with a checksum check.`,
    };
  }
  const local = sources.filter((s) => !URL.test(s));
  if (heredoc || (local.length > 0 && !local.every((s) => ARCHIVE.test(s)))) {
    return {
      local: true,
      text: 'ADD of local files does what COPY does, plus implicit archive extraction that surprises the next person who adds a .tar.gz. Use COPY (keep ADD for archives you mean to unpack).',
    };
  }
  return null;
}

/** URLs of model weights are reported by MLG004 (weights downloaded at build). */
function isWeightsUrl(url: string): boolean {
  return /huggingface\.co\/.+\/resolve\//.test(url) || isWeightsPath(url.split(/[?#]/)[0]);
}
