import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

/**
 * `npm ci` installs exactly what package-lock.json lists. A lock written on one machine by an npm
 * that pruned other platforms' optional packages installs on that platform only: on macOS,
 * Windows or arm64 the native builds of esbuild, rolldown, sharp, the Astro compiler, Pagefind or
 * the TypeScript native compiler are then missing, and the build fails.
 */

interface LockEntry {
  version: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  integrity?: string;
  resolved?: string;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

const TARGETS = [
  { os: 'darwin', cpu: 'arm64' },
  { os: 'win32', cpu: 'x64' },
  { os: 'linux', cpu: 'arm64' },
] as const;

/** Native packages whose family has no build for a target, on purpose (with the reason). */
const NOT_BUILT: Record<string, string[]> = {
  // sharp's Windows packages carry libvips inside; there is no separate libvips for Windows.
  '@img/sharp-libvips-*': ['win32-x64'],
};

const PLATFORM =
  /(linuxmusl|linux|darwin|win32|windows)-(x64|arm64|arm|ia32|ppc64|s390x|riscv64|loong64|mips64el)(-(gnu|gnueabihf|musl|msvc))?/;

/** The package's name without its platform part: "@esbuild/linux-x64" → "@esbuild/*". */
const familyOf = (name: string) => name.replace(PLATFORM, '*');

function nativePackages(packages: Record<string, LockEntry>) {
  return Object.entries(packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && entry.os && entry.cpu)
    .map(([path, entry]) => ({
      name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
      ...entry,
    }));
}

/** What a linux-x64 install has that the other platforms' installs would lack. */
function missingSiblings(packages: Record<string, LockEntry>): string[] {
  const natives = nativePackages(packages);
  const missing: string[] = [];
  for (const linux of natives.filter(
    (p) => p.os!.includes('linux') && p.cpu!.includes('x64') && !p.libc?.includes('musl') && !p.name.includes('musl'),
  )) {
    const family = familyOf(linux.name);
    for (const target of TARGETS) {
      if (NOT_BUILT[family]?.includes(`${target.os}-${target.cpu}`)) continue;
      const sibling = natives.find(
        (p) =>
          familyOf(p.name) === family &&
          p.os!.includes(target.os) &&
          p.cpu!.includes(target.cpu) &&
          !p.libc?.includes('musl') &&
          p.version === linux.version,
      );
      if (!sibling) missing.push(`${linux.name}@${linux.version}: no ${target.os}-${target.cpu} sibling`);
    }
  }
  return missing;
}

describe('package-lock.json', () => {
  it('records the native packages of macOS arm64, Windows x64 and Linux arm64 beside those of Linux x64', () => {
    const families = new Set(nativePackages(lock.packages).map((p) => familyOf(p.name)));
    // The tools the build needs natively are all there to be checked.
    for (const family of [
      '@esbuild/*',
      '@rolldown/binding-*',
      '@img/sharp-*',
      '@astrojs/compiler-binding-*',
      '@pagefind/*',
      '@typescript/typescript-*',
    ]) {
      expect(families, family).toContain(family);
    }
    expect(missingSiblings(lock.packages)).toEqual([]);
  });

  it('finds a lock pruned to one platform', () => {
    const pruned = Object.fromEntries(Object.entries(lock.packages).filter(([path]) => !/darwin-arm64/.test(path)));
    const missing = missingSiblings(pruned);
    expect(missing).toContain(
      `@esbuild/linux-x64@${lock.packages['node_modules/@esbuild/linux-x64']!.version}: no darwin-arm64 sibling`,
    );
    expect(missing.length).toBeGreaterThanOrEqual(6);
  });

  it('pins every package it records (integrity for npm ci)', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const unpinned = Object.entries(lock.packages).filter(
      ([path, entry]) => path.startsWith('node_modules/') && !('link' in entry) && !entry.integrity,
    );
    expect(unpinned.map(([path]) => path)).toEqual([]);
  });
});
