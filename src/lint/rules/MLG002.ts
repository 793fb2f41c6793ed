// Compilers, headers and CUDA toolkits in the final stage ship to every serving node, are never
// used there, and add attack surface. Build in a builder stage and copy only the results.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isRun, type RunInstruction } from '../dockerfile.js';
import { systemInstalls, commandsAfter, parseNote, type SystemInstall } from '../commands.js';
import { systemPackageName } from '../ml.js';

export const meta: RuleMeta = {
  id: 'MLG002',
  name: 'build-tools-in-final',
  severity: 'warning',
  description: 'The final stage installs compilers or build-only packages; build in a builder stage and copy the results.',
  docs: docsUrl('MLG002'),
  kind: 'dockerfile',
};

const BUILD_TOOLS = new Set([
  'build-essential',
  'build-base',
  'make',
  'cmake',
  'ninja-build',
  'ninja',
  'autoconf',
  'automake',
  'libtool',
  'pkg-config',
  'pkgconf',
  'gcc-c++',
  'musl-dev',
  'linux-headers',
  'compilers',
  'c-compiler',
  'cxx-compiler',
  'fortran-compiler',
  'gxx',
  'meson',
  'scons',
  'bazel',
  'swig',
  'cython',
]);
const COMPILER = /^(gcc|g\+\+|gfortran|clang|clang\+\+|cpp)(-\d+(\.\d+)?)?$|^(gcc|gxx|gfortran)_linux-(64|aarch64)$/;
const CUDA_COMPILER = /^cuda-(toolkit|nvcc|compiler)(-\d+(-\d+)?)?$/;
/** Header/development packages: python3-dev, libcudnn8-dev, cuda-libraries-dev-12-1, openssl-devel. */
const DEV_PACKAGE = /-dev(el)?(-|$)/;
const INSTALL_TRIGGER = /\b(apt(-get)?|yum|dnf|microdnf|apk|conda|mamba|micromamba)\b/;
const REMOVE_VERBS: Record<string, string[]> = {
  'apt-get': ['purge', 'remove'],
  apt: ['purge', 'remove'],
  yum: ['remove', 'erase'],
  dnf: ['remove', 'erase'],
  microdnf: ['remove'],
  apk: ['del'],
  conda: ['remove', 'uninstall'],
  mamba: ['remove', 'uninstall'],
  micromamba: ['remove', 'uninstall'],
};

function isBuildOnly(name: string): boolean {
  return BUILD_TOOLS.has(name) || COMPILER.test(name) || CUDA_COMPILER.test(name) || DEV_PACKAGE.test(name);
}

export function check({ model, final }: LintInput): RuleFinding[] {
  const instructions = final.chainInstructions;
  const runs = instructions.filter(isRun);
  const gitUsedToBuild = runs.some((run) => /\bgit\b/.test(run.text) && usesGit(run));
  const singleStage = model.stages.length === 1;
  const findings: RuleFinding[] = [];
  for (const run of runs) {
    if (!INSTALL_TRIGGER.test(run.text)) continue;
    for (const install of systemInstalls(run)) {
      const removed = removedLater(run, install);
      const names = install.packages.map(systemPackageName).filter((name) => !removed.has(name));
      // git alone is no build toolchain (a clone at build time costs tens of MB); beside compilers it is named too.
      if (!names.some(isBuildOnly)) continue;
      const buildOnly = names.filter((name) => isBuildOnly(name) || (name === 'git' && gitUsedToBuild));
      const where = singleStage ? 'This Dockerfile has a single stage: add a builder stage' : 'Move them to a builder stage';
      findings.push({
        line: install.command.line,
        message:
          `The final stage installs build-only packages with ${install.manager}: ${[...new Set(buildOnly)].join(', ')}. ` +
          `Compilers, headers and toolkits add hundreds of MB (GBs for CUDA) to every serving node and widen its attack surface. ` +
          `${where} (build wheels or a venv there, e.g. \`pip wheel\` or \`pip install --prefix=/install\`) and COPY --from it only the results; ` +
          `or purge them in this same RUN after use.${parseNote(run)}`,
      });
    }
  }
  return findings;
}

/** git in the final stage is a build tool when a RUN clones or pip-installs from git. */
function usesGit(run: RunInstruction): boolean {
  return run.shell().commands.some((c) => c.program === 'git' || c.args.some((a) => a.startsWith('git+')));
}

/** Packages (or an apk --virtual group) that a later command of the same RUN removes again. */
function removedLater(run: RunInstruction, install: SystemInstall): Set<string> {
  const virtualFlag = install.command.args.findIndex((a) => a === '--virtual' || a === '-t');
  const virtualGroup = install.manager === 'apk' && virtualFlag >= 0 ? install.command.args[virtualFlag + 1] : null;
  const removed = new Set<string>();
  for (const command of commandsAfter(run, install.command)) {
    const verb = command.args.find((a) => !a.startsWith('-'));
    if (!verb || !REMOVE_VERBS[command.program]?.includes(verb)) continue;
    const names = command.args.filter((a) => !a.startsWith('-') && a !== verb).map(systemPackageName);
    if (virtualGroup && names.includes(virtualGroup)) install.packages.forEach((p) => removed.add(systemPackageName(p)));
    names.forEach((name) => removed.add(name));
  }
  return removed;
}
