// The one way this project runs a command: an argument array (never a shell string),
// output captured, optional line streaming, optional stdin, and a non-zero exit returned
// rather than thrown so callers can put the error into the report.
import { spawn } from 'node:child_process';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each complete line of stdout / stderr as it arrives. */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Keep at most this many bytes of each stream in the result (default 8 MiB). */
  maxBuffer?: number;
  input?: string | Buffer;
  timeoutMs?: number;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when the command could not be started (e.g. not installed). */
  spawnError?: NodeJS.ErrnoException;
  timedOut?: boolean;
}

export function exec(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const maxBuffer = options.maxBuffer ?? 8 * 1024 * 1024;
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out = collector(maxBuffer, options.onStdoutLine);
    const err = collector(maxBuffer, options.onStderrLine);
    let spawnError: NodeJS.ErrnoException | undefined;
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e;
    });
    child.stdin.on('error', () => undefined); // the command may exit before reading stdin
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        exitCode: spawnError ? 127 : (code ?? 1),
        stdout: out.finish(),
        stderr: err.finish(),
        spawnError,
        timedOut,
      });
    });
  });
}

function collector(maxBuffer: number, onLine?: (line: string) => void) {
  const chunks: Buffer[] = [];
  let kept = 0;
  let partial = '';
  return {
    push: (chunk: Buffer) => {
      if (kept < maxBuffer) {
        chunks.push(chunk.subarray(0, maxBuffer - kept));
        kept += Math.min(chunk.length, maxBuffer - kept);
      }
      if (onLine) {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) onLine(line.replace(/\r$/, ''));
      }
    },
    finish: () => {
      if (onLine && partial) onLine(partial);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

export interface StreamingExec {
  /** The command's stdout as a binary stream, with backpressure. */
  stdout: NodeJS.ReadableStream;
  /** Resolves when the command ends; stdout is not collected, stderr keeps its first 4 KiB. */
  done: Promise<ExecResult>;
  kill(): void;
}

/** Like exec, for commands whose output is data to stream (docker save), not text to collect. */
export function execStream(command: string, args: readonly string[], options: Pick<ExecOptions, 'cwd' | 'env'> = {}): StreamingExec {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const err = collector(4096);
  child.stderr.on('data', err.push);
  const done = new Promise<ExecResult>((resolve) => {
    let spawnError: NodeJS.ErrnoException | undefined;
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e;
    });
    child.on('close', (code) => resolve({ exitCode: spawnError ? 127 : (code ?? 1), stdout: '', stderr: err.finish(), spawnError }));
  });
  return { stdout: child.stdout, done, kill: () => child.kill('SIGTERM') };
}
