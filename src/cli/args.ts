// CLI flags → the same raw inputs the action reads. Every action input is a flag of the same
// name (--cache-ref REF); list inputs repeat (--build-arg-s A=1 --build-args B=2); boolean
// inputs may stand alone (--push) or take a value (--push=false).
import { INPUTS, type InputName, type RawInputs } from '../config/inputs.js';

export class UsageError extends Error {}

export interface CliArgs {
  command: 'lint' | 'check' | 'help' | 'version';
  dockerfiles: string[];
  format: 'text' | 'json' | 'sarif' | 'markdown';
  inputs: RawInputs;
}

const LINT_FLAGS = new Set<InputName>(['context', 'target', 'config', 'fail-on', 'dockerfile']);
const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

export const HELP = `ml-image-guard: keep ML Docker images small, fast to build and safe.

Usage:
  ml-image-guard lint [DOCKERFILE ...] [--context DIR] [--target STAGE] [--config FILE]
                      [--format text|json|sarif|markdown] [--fail-on error|warning|info|never]
  ml-image-guard check [--dockerfile FILE] [--context DIR] [--cache-ref REF] [--format ...]
                       [any action input as --name value; repeat list flags]

  lint   checks the Dockerfile and its build context (rules MLG001-MLG021)
  check  lints, builds with docker buildx, measures size and time, reads the layers,
         scans with Trivy and checks budgets; --format markdown prints the PR comment

Exit status: 0 ok, 1 findings at or above --fail-on (lint) or a failed gate (check),
2 usage error or unreadable input.
`;

export function parseCliArgs(argv: string[]): CliArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    return { command: 'help', dockerfiles: [], format: 'text', inputs: {} };
  }
  if (first === '--version' || first === '-v') return { command: 'version', dockerfiles: [], format: 'text', inputs: {} };
  if (first !== 'lint' && first !== 'check') throw new UsageError(`unknown command "${first}"; use lint or check`);

  const args: CliArgs = { command: first, dockerfiles: [], format: 'text', inputs: {} };
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (token === '-h' || token === '--help') return { ...args, command: 'help' };
    if (!token.startsWith('--')) {
      if (args.command === 'check' && args.dockerfiles.length > 0)
        throw new UsageError('check takes one Dockerfile; run it once per image');
      args.dockerfiles.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    let value: string | undefined = eq < 0 ? undefined : token.slice(eq + 1);

    if (name === 'format') {
      value ??= rest[++i];
      if (!(FORMATS as readonly string[]).includes(value ?? ''))
        throw new UsageError(`--format: "${value ?? ''}" is not one of ${FORMATS.join(', ')}`);
      args.format = value as CliArgs['format'];
      continue;
    }
    if (!(name in INPUTS) || name === 'github-token' || name === 'mode') throw new UsageError(`unknown flag --${name}`);
    const input = name as InputName;
    if (args.command === 'lint' && !LINT_FLAGS.has(input))
      throw new UsageError(`--${name} is a check flag; lint takes --context, --target, --config, --format, --fail-on`);
    const spec = INPUTS[input];
    if (value === undefined) {
      const next = rest[i + 1];
      if (spec.kind === 'boolean' && (next === undefined || !/^(true|false)$/i.test(next))) value = 'true';
      else if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      else value = rest[++i];
    }
    if (spec.kind === 'list') {
      const previous = args.inputs[input];
      args.inputs[input] = [...(Array.isArray(previous) ? previous : []), value];
    } else {
      args.inputs[input] = value;
    }
  }
  if (args.inputs.dockerfile !== undefined && args.dockerfiles.length > 0)
    throw new UsageError('give the Dockerfile either as an argument or with --dockerfile, not both');
  return args;
}
