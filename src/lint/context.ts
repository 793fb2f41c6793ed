// The build context as the rules see it: which files Docker would send (after .dockerignore)
// and their sizes. Built by stat-ing the tree (never reading file contents), pruning ignored
// folders; or from memory in tests. Reading a file's text (requirements) is on demand, bounded,
// and confined to the context (src/util/confined-fs.ts): a file that is refused is a note.
import { readdirSync, existsSync, lstatSync } from 'node:fs';
import { join, relative, sep, posix, dirname, basename } from 'node:path';
import { compileDockerignore, parseDockerignore, type IgnoreMatcher } from './dockerignore.js';
import { ConfinementError, readFileInside } from '../util/confined-fs.js';

export interface ContextFile {
  path: string; // posix, relative to the context root
  size: number;
}

export interface ContextIndex {
  /** The .dockerignore in force (repository-relative path) and its patterns, or null. */
  dockerignore: { path: string; patterns: string[] } | null;
  /** Files Docker would send, with sizes. */
  files: ContextFile[];
  totalBytes: number;
  /** True when the walk stopped at the file limit: counts are lower bounds. */
  truncated: boolean;
  isIgnored(path: string): boolean;
  /** UTF-8 text of a context file (at most 1 MiB), or null when absent, ignored or refused. */
  readText(path: string): string | null;
  /** Files that were not read, and why (a symlink out of the context, a FIFO, too large): one line each. */
  refused: string[];
}

const MAX_FILES = 200_000;
const MAX_TEXT_BYTES = 1024 * 1024;

/** Docker's rule: `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`. */
export function findDockerignore(contextDir: string, dockerfilePath: string): string | null {
  const beside = join(dirname(dockerfilePath), basename(dockerfilePath) + '.dockerignore');
  if (existsSync(beside)) return beside;
  const root = join(contextDir, '.dockerignore');
  return existsSync(root) ? root : null;
}

/**
 * Walks the context on disk. `displayBase` makes the .dockerignore path repository-relative;
 * `skipPaths` (the config file's ignore-paths, .dockerignore syntax) are left out of our checks
 * although Docker still sends them.
 */
export function scanContext(
  contextDir: string,
  dockerfilePath: string,
  displayBase = process.cwd(),
  skipPaths: string[] = [],
): ContextIndex {
  const ignorePath = findDockerignore(contextDir, dockerfilePath);
  const refused: string[] = [];
  const display = (path: string) => relative(displayBase, path).split(sep).join(posix.sep);
  // Docker reads <Dockerfile>.dockerignore beside the Dockerfile, which may be outside the context.
  const ignoreText = ignorePath ? confinedText(ignorePath, [contextDir, dirname(dockerfilePath)], display(ignorePath), refused) : null;
  const patterns = ignoreText === null ? [] : parseDockerignore(ignoreText);
  const matcher = compileDockerignore(patterns);
  // The config file's ignore-paths are read as .dockerignore lines are.
  const skipped = compileDockerignore(parseDockerignore(skipPaths.join('\n')));
  const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\/+/, ''));
  const files: ContextFile[] = [];
  let totalBytes = 0;
  let truncated = false;

  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // unreadable folder: Docker would fail too, the build stage reports it
    }
    for (const name of names) {
      if (files.length >= MAX_FILES) {
        truncated = true;
        return;
      }
      const full = join(dir, name);
      const rel = relative(contextDir, full).split(sep).join(posix.sep);
      let stat;
      try {
        stat = lstatSync(full);
      } catch {
        continue;
      }
      if (skipPaths.length > 0 && skipped.ignores(rel)) continue;
      const ignored = matcher.ignores(rel);
      if (stat.isDirectory()) {
        if (ignored && !negations.some((n) => mayReinclude(n, rel))) continue;
        walk(full);
      } else if (!ignored) {
        files.push({ path: rel, size: stat.size });
        totalBytes += stat.size;
      }
    }
  };
  walk(contextDir);
  return makeIndex(
    ignorePath && ignoreText !== null ? { path: display(ignorePath), patterns } : null,
    matcher,
    files,
    totalBytes,
    truncated,
    (path) => confinedText(join(contextDir, path), [contextDir], display(join(contextDir, path)), refused),
    refused,
  );
}

/** A repository file's text when it is a regular file inside `roots` and at most MAX_TEXT_BYTES; else null, and a note when refused. */
function confinedText(path: string, roots: string[], shown: string, refused: string[]): string | null {
  try {
    return readFileInside(path, roots, MAX_TEXT_BYTES).toString('utf8');
  } catch (error) {
    if (error instanceof ConfinementError) refused.push(`${shown} not read: ${error.message.replace(path, 'it')}`);
    return null; // absent or unreadable: Docker would say so too
  }
}

/** An exception pattern could re-include something under `dir` unless it clearly lies elsewhere. */
function mayReinclude(negation: string, dir: string): boolean {
  const firstWildcard = negation.search(/[*?[]/);
  const literalPrefix = firstWildcard < 0 ? negation : negation.slice(0, firstWildcard);
  return literalPrefix.startsWith(dir + '/') || (dir + '/').startsWith(literalPrefix) || literalPrefix === '';
}

/** An in-memory context: path → text content or size in bytes. For tests and the fuzz harness. */
export function memoryContext(entries: Record<string, string | number>, dockerignore?: string): ContextIndex {
  const patterns = dockerignore === undefined ? [] : parseDockerignore(dockerignore);
  const matcher = compileDockerignore(patterns);
  const files = Object.entries(entries)
    .filter(([path]) => !matcher.ignores(path))
    .map(([path, content]) => ({ path, size: typeof content === 'number' ? content : Buffer.byteLength(content) }));
  return makeIndex(
    dockerignore === undefined ? null : { path: '.dockerignore', patterns },
    matcher,
    files,
    files.reduce((sum, f) => sum + f.size, 0),
    false,
    (path) => {
      const content = entries[path.replace(/^\.?\//, '')];
      return typeof content === 'string' && !matcher.ignores(path) ? content : null;
    },
    [],
  );
}

function makeIndex(
  dockerignore: ContextIndex['dockerignore'],
  matcher: IgnoreMatcher,
  files: ContextFile[],
  totalBytes: number,
  truncated: boolean,
  read: (path: string) => string | null,
  refused: string[],
): ContextIndex {
  const texts = new Map<string, string | null>();
  return {
    dockerignore,
    files,
    totalBytes,
    truncated,
    refused,
    isIgnored: (path) => matcher.ignores(normalize(path)),
    // Rules ask for the same requirements file once per install that names it: read it once.
    readText: (path) => {
      const key = normalize(path);
      if (!texts.has(key)) texts.set(key, matcher.ignores(key) ? null : read(key));
      return texts.get(key)!;
    },
  };
}

function normalize(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/^(\.\/|\/)+/, '');
}
