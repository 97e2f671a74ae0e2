import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Measuring tools for the benchmark: wall time, CPU time and peak memory of a command and its children. */

export interface Measured {
  ms: number;
  /**
   * User + system CPU time of the command and every descendant it waited for (all threads), from
   * the shell's `times`. On a machine shared with other work the wall time grows with the load;
   * the CPU time much less, so before/after comparisons use it.
   */
  cpuMs: number;
  /** Highest summed resident memory of the process tree, sampled every 50 ms. */
  peakRssBytes: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

function childrenOf(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = tree.get(ppid) ?? [];
      list.push(Number(entry));
      tree.set(ppid, list);
    } catch {
      /* the process ended while we looked */
    }
  }
  return tree;
}

function treeRss(root: number): number {
  const tree = childrenOf();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Run by a shell that prints its children's CPU times after the command, on stderr's last line.
    const child = spawn('/bin/bash', ['-c', '"$@"; code=$?; echo; times; exit $code', 'measure', command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const { output, cpuMs } = childrenCpu(stdout);
      resolve({ ms: performance.now() - started, cpuMs, peakRssBytes: peak, stdout: output, stderr, code });
    });
  });
}

/**
 * Splits bash's `times` output (two lines: the shell's own user/system time, then its children's,
 * as `1m2.345s 0m0.120s`) off the end of the command's stdout.
 */
export function childrenCpu(stdout: string): { output: string; cpuMs: number } {
  const match = /\n\d+m[\d.]+s \d+m[\d.]+s\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\n$/.exec(stdout);
  if (!match) return { output: stdout, cpuMs: Number.NaN };
  const [, um, us, sm, ss] = match.map(Number) as [number, number, number, number, number];
  return { output: stdout.slice(0, match.index), cpuMs: (um * 60 + us + sm * 60 + ss) * 1000 };
}

export function directorySize(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
