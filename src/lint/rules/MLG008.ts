// A COPY of the source tree invalidates every later layer on each code change: when the
// dependency install comes after it, every commit reinstalls torch & co. (minutes, GBs).
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy, isRun, type CopyInstruction, type RunInstruction } from '../dockerfile.js';
import { pipInstalls, systemInstalls } from '../commands.js';
import type { ContextIndex } from '../context.js';

export const meta: RuleMeta = {
  id: 'MLG008',
  name: 'deps-after-code',
  severity: 'warning',
  description: 'The dependency install comes after the COPY of the source code, so every code change reinstalls everything.',
  docs: docsUrl('MLG008'),
  kind: 'dockerfile',
};

/** Files that describe dependencies: copying them alone first is the fix, not the problem. */
const MANIFEST =
  /(^|\/)(requirements[^/]*\.(txt|in)|constraints[^/]*\.txt|requirements|pyproject\.toml|setup\.(py|cfg)|poetry\.lock|uv\.lock|Pipfile(\.lock)?|environment[^/]*\.ya?ml|conda-lock[^/]*\.ya?ml|package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|[^/]*\.lock)$/i;
const CODE_FILE = /\.(py|ipynb|pyx|js|ts|go|rs)$/i;

interface DependencyInstall {
  tool: string; // pip-r, uv, poetry, apt-get …: the same tool before the code makes this one the project install
  what: string; // shown in the message
  copyFirst: string[]; // the files to copy before it
}

export function check({ model, context }: LintInput): RuleFinding[] {
  // Per COPY of the code, every install that runs after it (a parent stage's COPY is reported once).
  const after = new Map<CopyInstruction, { installs: DependencyInstall[]; lines: number[] }>();
  const installsOf = new Map<RunInstruction, DependencyInstall[]>(); // parents' RUNs recur in each child chain
  const installsIn = (run: RunInstruction) => installsOf.get(run) ?? installsOf.set(run, dependencyInstalls(run)).get(run)!;
  for (const stage of model.stages) {
    // One pass over the chain: the first COPY of the code, and the tools installed before it.
    let codeCopy: CopyInstruction | null = null;
    const toolsBefore = new Set<string>();
    for (const instruction of stage.chainInstructions) {
      if (!codeCopy && isCopy(instruction) && copiesCode(instruction, context)) {
        codeCopy = instruction;
        continue;
      }
      if (!isRun(instruction)) continue;
      if (!codeCopy) {
        for (const install of installsIn(instruction)) toolsBefore.add(install.tool);
        continue;
      }
      if (instruction.stage !== stage) continue; // reported with its own stage
      // Two-phase installs (deps from the lock file first, the project after the code) are the fix.
      const installs = installsIn(instruction).filter((i) => !toolsBefore.has(i.tool));
      if (installs.length === 0) continue;
      const entry = after.get(codeCopy) ?? { installs: [], lines: [] };
      entry.installs.push(...installs);
      entry.lines.push(instruction.line);
      after.set(codeCopy, entry);
    }
  }
  return [...after].map(([codeCopy, { installs, lines }]) => {
    const copyFirst = [...new Set(installs.flatMap((i) => i.copyFirst))];
    const fix =
      copyFirst.length > 0
        ? `Copy ${copyFirst.join(' ')} first, run the install, then copy the code`
        : 'Move the install above the COPY of the code';
    const what = [...new Set(installs.map((i) => i.what))].join(', ');
    return {
      line: codeCopy.line,
      endLine: codeCopy.endLine,
      message: `\`${codeCopy.keyword} ${codeCopy.sources.join(' ')}\` comes before ${what} (line${lines.length > 1 ? 's' : ''} ${listLines(lines)}): every code change invalidates the cache and reinstalls all dependencies. ${fix}.`,
    };
  });
}

/** COPY . / a source folder / code files from the build context (not --from, not manifests alone). */
function copiesCode(copy: CopyInstruction, context: ContextIndex): boolean {
  if (copy.from || copy.hasHeredoc) return false;
  return copy.sources.some((raw) => {
    const source = raw.replace(/^\.\//, '').replace(/\/+$/, '');
    if (source === '' || source === '.' || source === '*') return true;
    if (/^[a-z]+:\/\//i.test(source) || MANIFEST.test(source)) return false;
    if (CODE_FILE.test(source)) return true;
    const files = context.files.filter((f) => f.path.startsWith(source + '/'));
    // A folder: code unless it holds only dependency manifests (requirements/ with *.txt).
    if (files.length > 0) return files.some((f) => !MANIFEST.test(f.path) && !/\.txt$/.test(f.path));
    return raw.endsWith('/') || !/\.[a-z0-9]+$/i.test(source); // an unknown folder-like name (src, app)
  });
}

/** Installs of third-party dependencies in a RUN (installing the project itself is excepted). */
function dependencyInstalls(run: RunInstruction): DependencyInstall[] {
  const installs: DependencyInstall[] = [];
  for (const pip of pipInstalls(run)) {
    if (pip.requirementFiles.length > 0)
      installs.push({ tool: 'pip', what: `\`${pip.command.name} install -r\``, copyFirst: pip.requirementFiles });
    else if (pip.packages.length > 0)
      installs.push({ tool: 'pip', what: `\`${pip.command.name} install ${pip.packages.slice(0, 3).join(' ')}\``, copyFirst: [] });
  }
  for (const command of run.shell().commands) {
    const verbs = command.args.filter((a) => !a.startsWith('-'));
    if (command.program === 'poetry' && verbs[0] === 'install' && !command.args.includes('--only-root'))
      installs.push({ tool: 'poetry', what: '`poetry install`', copyFirst: ['pyproject.toml', 'poetry.lock'] });
    else if (command.program === 'uv' && verbs[0] === 'sync')
      installs.push({ tool: 'uv', what: '`uv sync`', copyFirst: ['pyproject.toml', 'uv.lock'] });
    else if (command.program === 'pipenv' && (verbs[0] === 'install' || verbs[0] === 'sync'))
      installs.push({ tool: 'pipenv', what: `\`pipenv ${verbs[0]}\``, copyFirst: ['Pipfile', 'Pipfile.lock'] });
    else if (/^(conda|mamba|micromamba)$/.test(command.program) && verbs[0] === 'env' && ['create', 'update'].includes(verbs[1])) {
      installs.push({
        tool: 'conda-env',
        what: `\`${command.program} env ${verbs[1]}\``,
        copyFirst: [flagValue(command.args, ['-f', '--file']) ?? 'environment.yml'],
      });
    } else if (command.program === 'npm' && (verbs[0] === 'ci' || verbs[0] === 'install') && verbs.length === 1)
      installs.push({ tool: 'npm', what: `\`npm ${verbs[0]}\``, copyFirst: ['package.json', 'package-lock.json'] });
  }
  // apt/yum/apk/conda installs re-run too: they belong above the code as well.
  for (const { command, manager } of systemInstalls(run)) {
    const file = flagValue(command.args, ['-f', '--file']);
    installs.push({ tool: manager, what: `\`${manager} ${command.args.find((a) => !a.startsWith('-'))}\``, copyFirst: file ? [file] : [] });
  }
  return installs;
}

function listLines(lines: number[]): string {
  const unique = [...new Set(lines)];
  return unique.length > 10 ? `${unique.slice(0, 10).join(', ')} and ${unique.length - 10} more` : unique.join(', ');
}

function flagValue(args: string[], flags: string[]): string | undefined {
  const i = args.findIndex((a) => flags.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
}
