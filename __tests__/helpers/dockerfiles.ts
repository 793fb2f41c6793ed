// Every Dockerfile under the given folders (files whose name contains "Dockerfile"), for the
// differential tests that compare our parsers with the libraries they replace.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function dockerfilesUnder(...dirs: string[]): string[] {
  return dirs.flatMap((dir) => walk(dir));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.git')) return [];
    if (statSync(path).isDirectory()) return walk(path);
    return /Dockerfile/.test(name) ? [path] : [];
  });
}
