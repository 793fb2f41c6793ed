// The whole build context goes to the builder before the first instruction runs: a repository
// with .git, checkpoints and datasets turns every build into a multi-GB upload, busts COPY . caches
// on unrelated changes, and can leak .env files into layers.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy, type DockerfileModel } from '../dockerfile.js';
import type { ContextFile, ContextIndex } from '../context.js';
import { formatBytes } from '../../config/units.js';

export const meta: RuleMeta = {
  id: 'MLG006',
  name: 'dockerignore',
  severity: 'warning',
  description: 'No .dockerignore, or one that leaves .git, .env, models/, data/, notebooks or caches in the build context.',
  docs: docsUrl('MLG006'),
  kind: 'dockerfile',
};

interface Entry {
  label: string;
  /** The .dockerignore line that excludes it. */
  pattern: string;
  matches(path: string): boolean;
  /** A folder of Python modules (a `models` package) is code, not checkpoints. */
  codeAllowed?: boolean;
}

// Matchers are called for every context file on every lint: their strings are built once.
const topDir = (name: string) => {
  const prefix = name + '/';
  return (path: string) => path.startsWith(prefix);
};
const anyDir = (name: string) => {
  const prefix = name + '/';
  const inner = '/' + prefix;
  return (path: string) => path.startsWith(prefix) || path.includes(inner);
};
const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const anyOf =
  (...tests: ((path: string) => boolean)[]) =>
  (path: string) =>
    tests.some((test) => test(path));

const ENTRIES: Entry[] = [
  { label: '.git', pattern: '.git', matches: topDir('.git') },
  {
    label: '.env',
    pattern: '**/.env*',
    matches: (p) => p.includes('.env') && /^\.env(\.|$)/.test(base(p)) && !/\.(example|sample|template|dist)$/.test(p),
  },
  { label: 'models/', pattern: 'models/', matches: topDir('models'), codeAllowed: true },
  { label: 'data/', pattern: 'data/', matches: topDir('data'), codeAllowed: true },
  { label: 'notebooks/', pattern: 'notebooks/', matches: topDir('notebooks') },
  { label: '*.ipynb', pattern: '**/*.ipynb', matches: (p) => p.endsWith('.ipynb') },
  { label: '.ipynb_checkpoints', pattern: '**/.ipynb_checkpoints', matches: anyDir('.ipynb_checkpoints') },
  { label: '__pycache__', pattern: '**/__pycache__', matches: anyDir('__pycache__') },
  { label: '.pytest_cache', pattern: '**/.pytest_cache', matches: anyDir('.pytest_cache') },
  { label: 'tests/', pattern: 'tests/', matches: topDir('tests') },
  { label: '.venv/', pattern: '.venv/', matches: anyOf(topDir('.venv'), topDir('venv')) },
  {
    label: 'wandb/, mlruns/, lightning_logs/',
    pattern: 'wandb/\nmlruns/\nlightning_logs/',
    matches: anyOf(topDir('wandb'), topDir('mlruns'), topDir('lightning_logs')),
  },
];
const MAX_LARGEST = 5;

export function check({ model, context }: LintInput): RuleFinding[] {
  const leftIn = leftInEntries(context, model);
  if (context.dockerignore !== null && leftIn.length === 0) return [];
  // The message parts, only when there is a finding.
  const sent = `${context.truncated ? 'at least ' : ''}${formatBytes(context.totalBytes)} in ${context.files.length} files`;
  const largest = largestEntries(context.files);
  const toAdd = leftIn
    .map(({ entry }) => entry.pattern)
    .join(', ')
    .replace(/\n/g, ', ');
  if (context.dockerignore === null) {
    return [
      {
        line: 0,
        bytes: context.totalBytes,
        message:
          `No .dockerignore for this build (neither <Dockerfile>.dockerignore beside the Dockerfile nor .dockerignore at the context root): Docker sends the whole context to the builder on every build (${sent}${largest && `; ${largest}`}). ` +
          `Add one that excludes ${toAdd || '.git, .env and anything the image does not need'}; with an allow-list (\`*\` then \`!app/\`, \`!requirements.txt\`) nothing new slips in.`,
      },
    ];
  }
  const listed = leftIn.map(({ entry, bytes }) => `${entry.label} (${formatBytes(bytes)})`).join(', ');
  const secretNote = leftIn.some(({ entry }) => entry.label === '.env') ? ' .env files hold secrets: a COPY . puts them in a layer.' : '';
  return [
    {
      line: 0,
      bytes: context.totalBytes,
      message:
        `${context.dockerignore.path} leaves in the build context ${listed}: the build sends ${sent}${largest && ` (${largest})`}, and every change there invalidates COPY . layers.${secretNote} ` +
        `Add ${toAdd} to ${context.dockerignore.path}.`,
    },
  ];
}

/** Entries the context still holds, skipping those a COPY names on purpose (COPY tests/ in a test stage). */
function leftInEntries(context: ContextIndex, model: DockerfileModel): { entry: Entry; bytes: number }[] {
  let copied: string[] | undefined;
  const found: { entry: Entry; bytes: number }[] = [];
  for (const entry of ENTRIES) {
    let bytes = 0;
    let count = 0;
    let onlyPython = true;
    for (const file of context.files) {
      if (!entry.matches(file.path)) continue;
      bytes += file.size;
      count++;
      if (!file.path.endsWith('.py')) onlyPython = false;
    }
    if (count === 0 || (entry.codeAllowed && onlyPython)) continue;
    copied ??= copiedSources(model);
    if (copied.some((source) => source !== '' && source !== '.' && entry.matches(source.replace(/\/*$/, '/')))) continue;
    found.push({ entry, bytes });
  }
  return found;
}

/** What COPYs from the context name, without a leading ./ or /. */
function copiedSources(model: DockerfileModel): string[] {
  return model.instructions
    .filter(isCopy)
    .filter((c) => c.from === null)
    .flatMap((c) => c.sources.map((s) => s.replace(/^(\.\/|\/)+/, '')));
}

/** "largest: models/ 13.5 GB, .git/ 1.2 GB" over top-level files and folders. */
function largestEntries(files: ContextFile[]): string {
  const sizes = new Map<string, number>();
  for (const file of files) {
    const slash = file.path.indexOf('/');
    const top = slash < 0 ? file.path : file.path.slice(0, slash + 1);
    sizes.set(top, (sizes.get(top) ?? 0) + file.size);
  }
  const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, MAX_LARGEST);
  return top.length === 0 ? '' : `largest: ${top.map(([name, bytes]) => `${name} ${formatBytes(bytes)}`).join(', ')}`;
}
