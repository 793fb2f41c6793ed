// The `trivy image` command line, built in one pure function so every flag is tested.
import { childEnvironment } from '../util/child-env.js';

export interface TrivyImageArgs {
  /** The image in the local engine or a registry. */
  imageRef: string;
  scanners: readonly string[];
  timeoutSeconds: number;
  ignoreFile: string | null;
  dbRepository: string | null;
  cacheDir: string;
  outputPath: string;
}

export function trivyImageArgs(args: TrivyImageArgs): string[] {
  const argv = [
    'image',
    '--format',
    'json',
    // Since 0.67 Trivy lists every package by default: a large array we do not read.
    '--list-all-pkgs=false',
    '--scanners',
    args.scanners.length > 0 ? args.scanners.join(',') : 'vuln',
    '--timeout',
    `${args.timeoutSeconds}s`,
    '--cache-dir',
    args.cacheDir,
    '--output',
    args.outputPath,
    '--quiet',
  ];
  // No --severity: Trivy then reports all of them and the gate filters, so the report keeps the full picture.
  if (args.ignoreFile) argv.push('--ignorefile', args.ignoreFile);
  // Unset keeps Trivy's default mirrors (mirror.gcr.io, then ghcr.io), which avoid ghcr.io's rate limits.
  if (args.dbRepository) argv.push('--db-repository', args.dbRepository);
  // "--" so that an image reference can never be read as a flag.
  argv.push('--', args.imageRef);
  return argv;
}

/** Trivy's environment: the common child environment plus Trivy's own TRIVY_* settings (registry credentials, mirrors). */
export function trivyEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return childEnvironment(
    Object.keys(env).filter((name) => name.startsWith('TRIVY_')),
    env,
  );
}
