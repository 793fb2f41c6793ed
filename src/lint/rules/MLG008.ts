// A COPY of the source tree invalidates every later layer on each code change: when the
// dependency install comes after it, every commit reinstalls torch & co. (minutes, GBs).
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy, isRun, type CopyInstruction, type RunInstruction } from '../dockerfile.js';
import { packageName, pipInstalls, systemInstalls } from '../commands.js';
import type { ShellCommand } from '../shell.js';
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
/** Folders that hold manifests, scripts or configuration, not the application (requirements_cpu/, scripts/installers). */
const NOT_SOURCE_FOLDER =
  /^(requirements[^/]*|constraints|scripts?|installers?|hack|bin|tools|ci|\.devops|\.github|docker|configs?|conf|etc|examples?|tests?|tutorials?|docs?|notebooks?)$/i;
/** Where scripts and configuration go (a bin folder, /etc, a dotfile): a COPY to these is never the source tree. */
const NOT_SOURCE_DESTINATION = /^\/(usr\/(local\/)?s?bin|s?bin|etc|docker-entrypoint[^/]*)(\/|$)|(^|\/)\.[^/]+$/;
/** Files without an extension that are files, not folders. */
const EXTENSIONLESS_FILE = /^(Makefile|LICENSE|NOTICE|README|VERSION|Dockerfile|Procfile|entrypoint|motd)$/i;
/** Installing the installers and build backends is not a dependency install. */
const INSTALLERS = new Set([
  'pip',
  'setuptools',
  'wheel',
  'poetry',
  'poetry-core',
  'poetry-plugin-export',
  'uv',
  'pipenv',
  'pip-tools',
  'virtualenv',
  'packaging',
  'hatchling',
  'editables',
  'build',
  'setuptools-scm',
]);
/** The OS package managers read nothing of the code: their installs after it cost a rebuild, not a reinstall of the project's dependencies. */
const PYTHON_SYSTEM_MANAGERS = new Set(['conda', 'mamba', 'micromamba']);

interface DependencyInstall {
  tool: string; // poetry, uv, pipenv, conda-env …: the same tool before the code makes this one the project install
  what: string; // the command as written, shown in the message
  copyFirst: string[]; // the files to copy before it
  /** pip -r files: an install after the code of only these files, read before it too, is the second phase. */
  files: string[];
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
    const filesBefore = new Set<string>();
    for (const instruction of stage.chainInstructions) {
      if (!codeCopy && isCopy(instruction) && copiesCode(instruction, context)) {
        codeCopy = instruction;
        continue;
      }
      if (!isRun(instruction)) continue;
      if (!codeCopy) {
        for (const install of installsIn(instruction)) {
          if (install.tool !== 'pip') toolsBefore.add(install.tool);
          install.files.forEach((f) => filesBefore.add(f));
        }
        continue;
      }
      if (instruction.stage !== stage) continue; // reported with its own stage
      // Two-phase installs (deps from the lock file first, the project after the code) are the fix.
      const installs = installsIn(instruction).filter(
        (i) => !toolsBefore.has(i.tool) && !(i.tool === 'pip-files' && i.files.every((f) => filesBefore.has(f))),
      );
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

/**
 * COPY . or a source folder from the build context. Not the source: --from, manifests, single files
 * (a script, a config, a version file, an entrypoint), folders of manifests or scripts, and
 * anything copied to where scripts and configuration go (/usr/local/bin, /etc).
 */
function copiesCode(copy: CopyInstruction, context: ContextIndex): boolean {
  if (copy.from || copy.hasHeredoc || NOT_SOURCE_DESTINATION.test(copy.destination)) return false;
  return copy.sources.some((raw) => {
    const source = raw.replace(/^\.\//, '').replace(/\/+$/, '');
    if (source === '' || source === '.' || source === '*') return true;
    if (/^[a-z]+:\/\//i.test(source) || MANIFEST.test(source)) return false;
    const segments = source.split('/');
    if (segments.some((segment) => NOT_SOURCE_FOLDER.test(segment))) return false;
    const files = context.files.filter((f) => f.path.startsWith(source + '/'));
    // A folder: code unless it holds only dependency manifests (requirements/ with *.txt).
    if (files.length > 0) return files.some((f) => !MANIFEST.test(f.path) && !/\.txt$/.test(f.path));
    if (context.files.some((f) => f.path === source)) return false; // a file of the context
    const name = segments[segments.length - 1];
    // Unknown to the context: a folder-like name (src, app, a package), not a file name.
    return raw.endsWith('/') || (!/\.[a-z0-9]+$/i.test(name) && !EXTENSIONLESS_FILE.test(name));
  });
}

/** Installs of third-party dependencies in a RUN (the project itself and the installers are excepted). */
function dependencyInstalls(run: RunInstruction): DependencyInstall[] {
  const installs: DependencyInstall[] = [];
  for (const pip of pipInstalls(run)) {
    const named = pip.packages.filter((p) => !INSTALLERS.has(packageName(p)));
    if (named.length === 0 && pip.requirementFiles.length === 0) continue;
    installs.push({
      tool: named.length === 0 ? 'pip-files' : 'pip',
      what: quoteCommand(pip.command),
      copyFirst: pip.requirementFiles,
      files: pip.requirementFiles,
    });
  }
  for (const command of run.shell().commands) {
    const verbs = command.args.filter((a) => !a.startsWith('-'));
    const what = quoteCommand(command);
    if (command.program === 'poetry' && verbs[0] === 'install' && !command.args.includes('--only-root'))
      installs.push({ tool: 'poetry', what, copyFirst: ['pyproject.toml', 'poetry.lock'], files: [] });
    else if (command.program === 'uv' && verbs[0] === 'sync')
      installs.push({ tool: 'uv', what, copyFirst: ['pyproject.toml', 'uv.lock'], files: [] });
    else if (command.program === 'pipenv' && (verbs[0] === 'install' || verbs[0] === 'sync'))
      installs.push({ tool: 'pipenv', what, copyFirst: ['Pipfile', 'Pipfile.lock'], files: [] });
    else if (/^(conda|mamba|micromamba)$/.test(command.program) && verbs[0] === 'env' && ['create', 'update'].includes(verbs[1])) {
      installs.push({ tool: 'conda-env', what, copyFirst: [flagValue(command.args, ['-f', '--file']) ?? 'environment.yml'], files: [] });
    } else if (command.program === 'npm' && (verbs[0] === 'ci' || verbs[0] === 'install') && verbs.length === 1)
      installs.push({ tool: 'npm', what, copyFirst: ['package.json', 'package-lock.json'], files: [] });
  }
  // conda/mamba installs are the Python dependencies too; apt and the other OS managers read nothing of the code.
  for (const { command, manager } of systemInstalls(run)) {
    if (!PYTHON_SYSTEM_MANAGERS.has(manager)) continue;
    const file = flagValue(command.args, ['-f', '--file']);
    installs.push({ tool: manager, what: quoteCommand(command), copyFirst: file ? [file] : [], files: [] });
  }
  return installs;
}

const MAX_QUOTED = 60;

/** The command as the Dockerfile writes it (`pip3 install --upgrade pip`), cut at 60 characters. */
function quoteCommand(command: ShellCommand): string {
  const text = [command.name, ...command.args].join(' ');
  return `\`${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text}\``;
}

function listLines(lines: number[]): string {
  const unique = [...new Set(lines)];
  return unique.length > 10 ? `${unique.slice(0, 10).join(', ')} and ${unique.length - 10} more` : unique.join(', ');
}

function flagValue(args: string[], flags: string[]): string | undefined {
  const i = args.findIndex((a) => flags.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
}
