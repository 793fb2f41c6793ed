// File access confined to folders we trust (the workspace, the build context, RUNNER_TEMP). The
// repository under test is hostile: a path in it may be a symlink out of it, a FIFO that blocks
// an open or read forever, a device with endless content (/dev/zero), or a huge file. Every read
// of a repository file and every write of ours goes through here: the real path must stay inside
// a root, only regular files are read or written, the type and size are checked on the opened
// descriptor (fstat), never on the path before opening, and reads are capped in bytes.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Why a path was refused: a one-line sentence naming the path. */
export class ConfinementError extends Error {}

/** Pseudo-file systems: nothing we read or write lives there, and a walk of /proc never ends. */
const PSEUDO_FS = ['/proc', '/sys', '/dev'];

export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** The roots as real paths (a symlinked /tmp, macOS's /var → /private/var); roots that do not exist are dropped. */
function realRoots(roots: readonly string[]): string[] {
  return roots.flatMap((root) => {
    try {
      return [realpathSync(root)];
    } catch {
      return [];
    }
  });
}

function refuseOutside(path: string, real: string, roots: readonly string[]): void {
  const pseudo = PSEUDO_FS.find((fs) => isInside(real, fs));
  if (pseudo) throw new ConfinementError(`${path} resolves to ${real}, under ${pseudo}`);
  if (!realRoots(roots).some((root) => isInside(real, root))) {
    throw new ConfinementError(`${path} resolves to ${real}, outside ${roots.join(' and ')}`);
  }
}

/**
 * Reads a regular file whose real path is inside one of `roots`, at most `maxBytes` bytes.
 * Throws ConfinementError for a symlink out, a FIFO, device or folder, or a larger file;
 * the file system's own errors (ENOENT, EACCES) pass through.
 */
export function readFileInside(path: string, roots: readonly string[], maxBytes: number): Buffer {
  const real = realpathSync(path);
  refuseOutside(path, real, roots);
  return readRegularFile(real, maxBytes, path);
}

/**
 * Reads a regular file of at most `maxBytes` bytes, wherever it is (our own files, a file the
 * workflow names). Throws ConfinementError for a FIFO, device or folder, or a larger file, naming
 * it `shown`; the file system's own errors (ENOENT, EACCES) pass through.
 */
export function readRegularFile(path: string, maxBytes: number, shown = path): Buffer {
  // O_NONBLOCK: opening a FIFO without a writer must not wait; O_NOFOLLOW: the real path is final.
  const fd = openSync(realpathSync(path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ConfinementError(`${shown} is not a regular file (${kindOf(stat)})`);
    if (stat.size > maxBytes) throw new ConfinementError(`${shown} is ${stat.size} bytes, more than the ${maxBytes} read`);
    // The size can change after fstat: read at most one byte more than allowed, whatever it says.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > maxBytes) throw new ConfinementError(`${shown} grew past the ${maxBytes} bytes read`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `content` to `path`, creating its missing folders, when the folders' real paths are
 * inside one of `roots`; never through a symlink (the file is opened with O_NOFOLLOW) and never
 * into a FIFO or device. Throws ConfinementError otherwise.
 */
export function writeFileInside(path: string, content: string, roots: readonly string[]): void {
  const absolute = resolve(path);
  makeFoldersInside(dirname(absolute), roots, path);
  let fd: number;
  try {
    fd = openSync(
      absolute,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK,
      0o644,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new ConfinementError(`${path} is a symlink; it is not written through`);
    if (code === 'ENXIO') throw new ConfinementError(`${path} is a FIFO; it is not written`);
    throw new ConfinementError(`${path} cannot be written: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ConfinementError(`${path} is not a regular file (${kindOf(stat)}); it is not written`);
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

/** Creates `dir` one level at a time below its nearest existing ancestor, whose real path must be inside a root. */
function makeFoldersInside(dir: string, roots: readonly string[], shown: string): void {
  const missing: string[] = [];
  let existing = dir;
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch {
      missing.unshift(existing);
      existing = dirname(existing);
    }
  }
  const real = realpathSync(existing);
  refuseOutside(shown, join(real, relative(existing, dir)), roots);
  if (!lstatSync(real).isDirectory()) throw new ConfinementError(`${shown}: ${existing} is a file, not a folder`);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw new ConfinementError(`${shown}: cannot create ${folder}: ${(error as Error).message}`);
    }
  }
}

function kindOf(stat: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}) {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}
