// Every command this project runs goes through @actions/exec (an argument array, never a shell
// string), with this small layer on top for what it lacks: a timeout (coreutils `timeout`, since
// @actions/exec gives no handle to kill its child), a byte cap on what is kept, lines streamed as
// they come (its own line listeners drop a last line without a newline), a non-zero exit returned
// rather than thrown, and a child environment that carries only what the command needs
// (childEnvironment). Commands are logged with core.debug.
import * as core from '@actions/core';
import { exec as actionsExec } from '@actions/exec';
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { childEnvironment } from './child-env.js';

export interface ExecOptions {
  cwd?: string;
  /** The child's whole environment; default childEnvironment(). */
  env?: Record<string, string>;
  /** Called with each complete line of stdout / stderr as it arrives. */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Keep at most this many bytes of each stream in the result (default 8 MiB). */
  maxBuffer?: number;
  input?: string | Buffer;
  /** Kill the command after this long (TERM, then KILL 10 s later). */
  timeoutSeconds?: number;
  /** What the debug log shows instead of the arguments (when they carry secrets). */
  display?: string;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when the command could not be started (e.g. not installed). */
  spawnError?: NodeJS.ErrnoException;
  timedOut?: boolean;
}

const DEFAULT_MAX_BUFFER = 8 * 1024 * 1024;
/** coreutils `timeout`'s exit code when it stopped the command. */
const TIMED_OUT = 124;

export async function exec(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  const out = new Collector(maxBuffer, options.onStdoutLine);
  const err = new Collector(maxBuffer, options.onStderrLine);
  const timeout = options.timeoutSeconds !== undefined ? timeoutCommand() : null;
  const [file, argv] = timeout
    ? [timeout, ['--kill-after=10s', `${Math.max(1, Math.ceil(options.timeoutSeconds!))}s`, command, ...args]]
    : [command, [...args]];
  if (core.isDebug()) core.debug(`exec: ${command} ${options.display ?? args.join(' ')}`);
  try {
    const exitCode = await actionsExec(file, argv, {
      cwd: options.cwd,
      env: options.env ?? childEnvironment(),
      input: options.input === undefined ? undefined : Buffer.from(options.input),
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: (chunk) => out.push(chunk), stderr: (chunk) => err.push(chunk) },
    });
    const timedOut = timeout !== null && exitCode === TIMED_OUT;
    return { exitCode, stdout: out.text(), stderr: err.text(), ...(timedOut ? { timedOut } : {}) };
  } catch (error) {
    // @actions/exec throws when the command cannot be found or started.
    const spawnError = Object.assign(error as NodeJS.ErrnoException, { code: (error as NodeJS.ErrnoException).code ?? 'ENOENT' });
    return { exitCode: 127, stdout: out.text(), stderr: err.text(), spawnError };
  }
}

/** Keeps the first maxBuffer bytes of a stream, and hands each complete line to onLine as it arrives. */
class Collector {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  constructor(
    private readonly maxBuffer: number,
    private readonly onLine?: (line: string) => void,
  ) {}
  push(chunk: Buffer) {
    if (this.kept < this.maxBuffer) {
      const part = chunk.subarray(0, this.maxBuffer - this.kept);
      this.chunks.push(part);
      this.kept += part.length;
    }
    if (this.onLine) {
      const lines = (this.partial + this.decoder.write(chunk)).split('\n');
      this.partial = lines.pop() ?? '';
      for (const line of lines) this.onLine(line.replace(/\r$/, ''));
    }
  }
  /** The kept bytes as text; the last line without a newline goes to onLine first. */
  text(): string {
    const rest = this.partial + this.decoder.end();
    this.partial = '';
    if (this.onLine && rest !== '') this.onLine(rest.replace(/\r$/, ''));
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

let timeoutPath: string | null | undefined;

/** coreutils `timeout` on PATH (every Linux runner has it), or null: then commands run without one. */
function timeoutCommand(): string | null {
  if (timeoutPath === undefined) {
    timeoutPath = null;
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      try {
        accessSync(join(dir, 'timeout'), constants.X_OK);
        timeoutPath = join(dir, 'timeout');
        break;
      } catch {
        // not in this folder
      }
    }
    if (timeoutPath === null) core.debug('exec: no coreutils timeout on PATH; commands run without a time limit');
  }
  return timeoutPath;
}

export interface StreamingExec {
  /** The command's stdout as a binary stream, with backpressure. */
  stdout: NodeJS.ReadableStream;
  /** Resolves when the command ends; stdout is not collected, stderr keeps its first 4 KiB. */
  done: Promise<ExecResult>;
  kill(): void;
}

/**
 * For commands whose output is data to stream (docker save: gigabytes), not text to collect.
 * This is the one place that spawns directly: @actions/exec hands output to listeners without
 * backpressure, so a layer walk slower than the export would buffer the image in memory.
 */
export function execStream(command: string, args: readonly string[], options: Pick<ExecOptions, 'cwd' | 'env'> = {}): StreamingExec {
  if (core.isDebug()) core.debug(`exec (streaming): ${command} ${args.join(' ')}`);
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? childEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  const err = new Collector(4096);
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const done = new Promise<ExecResult>((resolve) => {
    let spawnError: NodeJS.ErrnoException | undefined;
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e;
    });
    child.on('close', (code) => resolve({ exitCode: spawnError ? 127 : (code ?? 1), stdout: '', stderr: err.text(), spawnError }));
  });
  return { stdout: child.stdout, done, kill: () => child.kill('SIGTERM') };
}
