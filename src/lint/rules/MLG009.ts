// Unpinned Python dependencies make every build a new resolution: a torch release can change
// CUDA wheels, image size and behaviour without a line of the repository changing.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isRun, type RunInstruction } from '../dockerfile.js';
import { packageName, parseNote, pipInstalls } from '../commands.js';
import { checkRequirementsFile, classifyRequirement, contextPathOf, pinnedNamesIn } from '../requirements.js';
import type { ContextIndex } from '../context.js';
import type { ShellCommand } from '../shell.js';
import { TORCH_PACKAGES } from '../ml.js';

export const meta: RuleMeta = {
  id: 'MLG009',
  name: 'unpinned-deps',
  severity: 'warning',
  description: 'Requirements files or pip installs with dependencies not pinned to one version.',
  docs: docsUrl('MLG009'),
  kind: 'dockerfile',
};

const MAX_LISTED = 8;

export function check({ model, context }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const reported = new Set<string>(); // one finding per requirements file
  for (const stage of model.stages) {
    for (const run of stage.instructions.filter(isRun)) {
      if (!/pip|uv/.test(run.text)) continue;
      for (const install of pipInstalls(run)) {
        const { command } = install;
        const constraints = toContextPaths(run, command, install.constraintFiles, context);
        for (const file of install.requirementFiles) {
          const finding = checkFile(run, command, file, constraints, context, reported);
          if (finding) findings.push(finding);
        }
        const named = unpinnedPackages(install.packages, constraints, context);
        if (named.length > 0) {
          findings.push({
            line: command.line,
            facet: 'packages',
            message: `\`${command.name} install\` names ${list(named)} without a version: each build resolves whatever is newest${whyItMatters(named)}. Pin with ==, or install from a constraints or lock file.${parseNote(run)}`,
          });
        }
      }
      for (const { command, files } of syncCommands(run)) {
        for (const file of files) {
          const finding = checkFile(run, command, file, [], context, reported);
          if (finding) findings.push(finding);
        }
      }
    }
  }
  return findings;
}

function checkFile(
  run: RunInstruction,
  command: ShellCommand,
  containerPath: string,
  constraints: string[] | null,
  context: ContextIndex,
  reported: Set<string>,
): RuleFinding | null {
  const path = contextPathOf(run, command, containerPath, context);
  // Not a requirements-format file (pyproject.toml, setup.cfg) or a lock file: nothing to pin.
  if (path === null || reported.has(path) || /lock|\.(toml|cfg|py)$/i.test(path)) return null;
  reported.add(path);
  if (constraints === null) return null; // a -c file we cannot read: trust it to pin everything
  const result = checkRequirementsFile(context, path, constraints);
  if (!result || (result.unpinned.length === 0 && result.errors.length === 0)) return null;
  const parts: string[] = [];
  if (result.unpinned.length > 0) {
    parts.push(
      `${path} has ${result.unpinned.length} unpinned ${result.unpinned.length === 1 ? 'entry' : 'entries'}: ${list(result.unpinned)}. Each build can resolve different versions; pin them with == (pip-compile or \`uv pip compile\` writes a fully pinned file) or add -c constraints.txt.`,
    );
  }
  if (result.errors.length > 0) {
    parts.push(
      `Could not parse ${result.errors.length === 1 ? 'a line' : `${result.errors.length} lines`} of ${path}, so ${result.errors.length === 1 ? 'it was' : 'they were'} not checked: ${result.errors.slice(0, 3).join('; ')}.`,
    );
  }
  return { line: command.line, message: parts.join(' ') + parseNote(run) };
}

/** Context paths of -c files; null when one cannot be found (then trust it to pin everything). */
function toContextPaths(run: RunInstruction, command: ShellCommand, files: string[], context: ContextIndex): string[] | null {
  const paths = files.map((f) => contextPathOf(run, command, f, context));
  return paths.every((p): p is string => p !== null) ? paths : null;
}

function unpinnedPackages(packages: string[], constraints: string[] | null, context: ContextIndex): string[] {
  if (constraints === null) return [];
  const constrained = pinnedNamesIn(context, constraints);
  if (constrained === 'all') return [];
  return packages
    .filter((p) => !p.includes('$')) // a build-arg list: its versions are not in the file
    .filter((p) => packageName(p) !== 'pip') // upgrading the installer itself is not an app dependency
    .map(classifyRequirement)
    .flatMap((r) => (r && 'name' in r && !r.pinned && !constrained.has(r.name) ? [r.name] : []));
}

/** `uv pip sync requirements.txt` and `pip-sync requirements.txt` install exactly the files named. */
function syncCommands(run: RunInstruction): { command: ShellCommand; files: string[] }[] {
  return run.shell().commands.flatMap((command) => {
    const positional = command.args.filter((a) => !a.startsWith('-'));
    if (command.program === 'pip-sync') return [{ command, files: positional }];
    if (command.program === 'uv' && positional[0] === 'pip' && positional[1] === 'sync') return [{ command, files: positional.slice(2) }];
    return [];
  });
}

function list(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(', ');
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

/** The CUDA wheels are a reason only for the packages that bring them (torch, jax, tensorflow …). */
function whyItMatters(named: string[]): string {
  const cuda = named.map((n) => packageName(n)).find((n) => CUDA_WHEEL_PACKAGES.has(n));
  return cuda ? ` (a new ${cuda} can change its CUDA wheels and GBs of image)` : ' (a new release can change behaviour and image size)';
}

const CUDA_WHEEL_PACKAGES = new Set([
  ...TORCH_PACKAGES,
  'jax',
  'jaxlib',
  'tensorflow',
  'vllm',
  'onnxruntime-gpu',
  'xformers',
  'flash-attn',
]);
