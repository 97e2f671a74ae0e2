/**
 * The demo archive (npm run demo) is built from generated reports: every page says so and asks
 * search engines not to index it. Set at build time with DEMO=1; the real archive never sets it.
 */
export function isDemoBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env.DEMO === '1';
}

export const DEMO_BANNER = '合成演示数据';
