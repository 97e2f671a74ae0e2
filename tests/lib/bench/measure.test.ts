import { describe, expect, it } from 'vitest';
import { childrenCpu, measure } from '../../../src/lib/bench/measure.ts';

describe('measure', () => {
  it('reports CPU time apart from wall time: a busy loop has both, a sleep only wall time', async () => {
    // Busy until it has used 300 ms of CPU (by wall time it could get less on a loaded machine).
    const busy = await measure(process.execPath, ['-e', 'while (process.cpuUsage().user < 300_000);']);
    const idle = await measure('sleep', ['0.4']);
    expect(busy.cpuMs).toBeGreaterThan(300);
    expect(idle.ms).toBeGreaterThan(350);
    expect(idle.cpuMs).toBeLessThan(100);
  }, 30_000); // a shared machine may give the loop its 300 ms slowly

  it("keeps the command's own output and exit code", async () => {
    const run = await measure(process.execPath, ['-e', 'process.stdout.write("one\\ntwo"); process.exit(3)']);
    expect(run.stdout).toBe('one\ntwo');
    expect(run.code).toBe(3);
  });
});

describe('childrenCpu', () => {
  it("adds the children's user and system time from bash's times", () => {
    expect(childrenCpu('out\n\n0m0.003s 0m0.001s\n1m2.500s 0m0.250s\n')).toEqual({ output: 'out\n', cpuMs: 62_750 });
    expect(childrenCpu('no times here').cpuMs).toBeNaN();
  });
});
