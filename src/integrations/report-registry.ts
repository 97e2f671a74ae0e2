import { resolve } from 'node:path';
import type { IndexedReport } from '../lib/search/build/build.ts';

/**
 * The report files the loader validated in this build, handed to the search index build. The
 * loader (loaded for the content layer) and the integration (loaded with the config) are
 * separate module instances in the same process, so the list is kept on globalThis under a
 * registered symbol rather than in a module variable.
 */

interface Registry {
  /** Absolute path of the folder the loader read. */
  base: string;
  reports: IndexedReport[];
}

const KEY = Symbol.for('fazhi-baogao.validated-reports');
const slot = globalThis as { [KEY]?: Registry };

export function recordValidatedReports(base: string, reports: IndexedReport[]): void {
  slot[KEY] = { base: resolve(base), reports };
}

/** The reports the loader validated from `base` in this process, or undefined when it has not run there. */
export function validatedReports(base: string): IndexedReport[] | undefined {
  const registry = slot[KEY];
  return registry && registry.base === resolve(base) ? registry.reports : undefined;
}
