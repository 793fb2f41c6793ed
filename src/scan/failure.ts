// Why a Trivy run failed, in words a user can act on. Pure.
import type { ExecResult } from '../util/exec.js';

export function trivyFailureReason(result: ExecResult, timeoutSeconds: number): string {
  if (result.spawnError) return `could not start trivy: ${result.spawnError.message}`;
  if (result.timedOut) return `Trivy did not finish within ${timeoutSeconds}s (timeout) and was stopped`;
  const detail = lastErrorLine(result.stderr);
  // The DB check comes first: a DB download that times out is a DB problem, not a slow scan.
  if (/\bDB error\b|vulnerability DB|trivy-db|java DB/i.test(result.stderr)) {
    return `vulnerability DB unavailable (set trivy-db-repository to a reachable mirror): ${detail}`;
  }
  if (/context deadline exceeded|\btimeout\b/i.test(result.stderr)) {
    return `Trivy timed out after ${timeoutSeconds}s (raise trivy-timeout): ${detail}`;
  }
  return `Trivy exited with code ${result.exitCode}: ${detail || 'no error output'}`;
}

function lastErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const line = [...lines].reverse().find((l) => /FATAL|ERROR|error/.test(l)) ?? lines.at(-1) ?? '';
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}
