// Adapter: keeps Trivy's vulnerability DB in the Actions cache, one entry a day, so runs
// do not all pull it from the registries (whose rate limits are trivy-action's best-known
// failure). Outside Actions there is no cache service: skipped without a word. A cache
// problem is never a scan problem: it is logged and the scan goes on.
import * as cache from '@actions/cache';
import { homedir } from 'node:os';
import { join } from 'node:path';

const KEY_PREFIX = 'ml-image-guard-trivy-db-';

/** One key a day: yesterday's DB is restored by prefix, and Trivy refreshes it when it is stale. */
export function dbCacheKey(now: Date): string {
  return `${KEY_PREFIX}${now.toISOString().slice(0, 10)}`;
}

export function actionsCacheAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

/** Trivy's own default, passed explicitly so the paths we cache are the ones it uses. */
export function trivyCacheDir(env: NodeJS.ProcessEnv): string {
  return env.TRIVY_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'trivy');
}

/** Only the DBs: the rest of Trivy's cache holds per-image layer analyses we would never hit again. */
function dbPaths(cacheDir: string): string[] {
  return [join(cacheDir, 'db'), join(cacheDir, 'java-db')];
}

export interface DbCache {
  cacheDir: string;
  key: string;
  /** Whether today's entry already exists (then there is nothing to save). */
  hit: boolean;
}

export async function restoreDbCache(cacheDir: string, now: Date, log: (message: string) => void): Promise<DbCache | null> {
  if (!actionsCacheAvailable(process.env)) return null;
  const key = dbCacheKey(now);
  try {
    const restored = await cache.restoreCache(dbPaths(cacheDir), key, [KEY_PREFIX]);
    log(restored ? `Trivy DB restored from cache ${restored}` : 'No cached Trivy DB yet; Trivy will download it');
    return { cacheDir, key, hit: restored === key };
  } catch (error) {
    log(`Trivy DB cache not restored: ${(error as Error).message}`);
    return { cacheDir, key, hit: false };
  }
}

export async function saveDbCache(state: DbCache | null, log: (message: string) => void): Promise<void> {
  if (!state || state.hit) return;
  try {
    await cache.saveCache(dbPaths(state.cacheDir), state.key);
    log(`Trivy DB saved to cache ${state.key}`);
  } catch (error) {
    // Parallel matrix jobs race for the same key; the loser's DB is the same DB.
    log(`Trivy DB cache not saved: ${(error as Error).message}`);
  }
}
