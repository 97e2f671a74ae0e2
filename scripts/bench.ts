/**
 * npm run bench -- --reports N [--runs R] [--baseline] [--naive-slice S] [--seed S] [--queries q1,q2] [--no-queries]
 * npm run bench -- --sizes DIST
 * npm run bench -- --reports N --queries-only [--runs R]
 *
 * Generates N synthetic captures, then runs the real pipeline on them (ingest, astro build with
 * the search index built alongside) R times and prints medians: time and peak memory (whole
 * process tree) of each stage, dist and index size, the time to rebuild after one report
 * changes, and for a fixed set of queries the first query's transfer and time to first result
 * in headless Chromium. --baseline also builds the naive setup (Markdown pages,
 * `pagefind --site`, Pagefind's default UI) on the same corpus in the same run and prints the
 * ratios, for the build and for the first queries. Above --naive-slice reports (10,000), more than
 * one Pagefind index can hold here, the naive setup indexes slices of that size separately and
 * its default UI searches them together (mergeIndex).
 * The dist size is also split by part (pages, downloads, search index, open data, share cards…);
 * `--sizes DIST` prints only that split for a site already built (another checkout's, say).
 * `--queries-only` measures only the first queries, on the sites an earlier `--baseline` run of
 * the same N left in the bench folder, the two setups taking turns query by query (so a change
 * in the machine's load touches both alike), R times each.
 * Each build's log is kept in the bench folder (build-<run>.log).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../src/lib/bench/chromium.ts';
import { serveStatic } from '../src/lib/bench/serve.ts';
import {
  DEFAULT_UI,
  PORTAL_UI,
  defaultUiPage,
  measureFirstQuery,
  type FirstQuery,
  type SearchUi,
} from '../src/lib/bench/first-query.ts';
import { directorySize, mb, measure, median, seconds, type Measured } from '../src/lib/bench/measure.ts';
import { distParts } from '../src/lib/bench/dist-parts.ts';
import MarkdownIt from 'markdown-it';
import { markdownFiles, readReportFile } from '../src/lib/report-file/report-file.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    baseline: { type: 'boolean', default: false },
    queries: { type: 'string', default: '法治,行政诉讼,枫桥经验,2022年,12345' },
    'no-queries': { type: 'boolean', default: false },
    // Skips the one-report rebuild (R more builds), when only the full build is wanted.
    'no-rebuild': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    'queries-only': { type: 'boolean', default: false },
    // The largest corpus one Pagefind index is built from (it needs ~1.8 GB per 1,000 reports here).
    'naive-slice': { type: 'string', default: '10000' },
  },
});
const N = Number(values.reports);
const RUNS = Number(values.runs);
const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.tmp', `bench-${N}`);
const NODE = process.execPath;
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const QUERIES = values.queries.split(',');
const NAIVE_SLICE = Number(values['naive-slice']);

function check(step: string, run: Measured): Measured {
  if (run.code !== 0)
    throw new Error(`${step} failed (exit ${run.code}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  return run;
}

interface Stage {
  ms: number[];
  /** CPU time (user + system, every thread and child): what the stage costs whatever else the machine runs. */
  cpu: number[];
  rss: number[];
}
const stage = (): Stage => ({ ms: [], cpu: [], rss: [] });
const record = (s: Stage, ms: number, rss: number, cpu = Number.NaN) => {
  s.ms.push(ms);
  s.rss.push(rss);
  s.cpu.push(cpu);
};

/** One query's figures over its runs: the median of each (and the result count of the first run). */
function medianQuery(query: string, runs: FirstQuery[]): FirstQuery {
  return {
    query,
    bytes: median(runs.map((x) => x.bytes)),
    requests: median(runs.map((x) => x.requests)),
    ms: median(runs.map((x) => x.ms)),
    placeholderMs: median(runs.map((x) => x.placeholderMs)),
    results: runs[0]!.results,
  };
}

/** The Pagefind bundles of a corpus indexed in `slices` slices. */
const sliceBundles = (slices: number) => Array.from({ length: slices }, (_, k) => `/pagefind-${k}/`);

/** Pagefind's default UI page, written into the naive site. */
function writeDefaultUiPage(dist: string, bundles?: string[]): void {
  mkdirSync(join(dist, 'bench-default-ui'), { recursive: true });
  writeFileSync(join(dist, 'bench-default-ui', 'index.html'), defaultUiPage(bundles));
}

async function queryTable(
  dist: string,
  uis: Array<[string, SearchUi]>,
  bundles?: string[],
): Promise<Map<string, FirstQuery[]>> {
  if (uis.some(([, ui]) => ui === DEFAULT_UI)) writeDefaultUiPage(dist, bundles);
  const server = await serveStatic(ROOT, dist);
  const base = server.url;
  const browser = await launchChromium();
  const out = new Map<string, FirstQuery[]>();
  try {
    for (const [name, ui] of uis) {
      const rows: FirstQuery[] = [];
      for (const query of QUERIES) {
        const runs: FirstQuery[] = [];
        for (let r = 0; r < RUNS; r++) runs.push(await measureFirstQuery(browser, base, ui, query));
        rows.push(medianQuery(query, runs));
      }
      out.set(name, rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const BUILD_ENV = {
  ...process.env,
  CONTENT_DIR: DIR,
  OUT_DIR: join(DIR, 'dist'),
  ASTRO_TELEMETRY_DISABLED: '1',
  SEARCH_CACHE_DIR: join(DIR, 'search-cache'),
  SHARE_CARD_CACHE_DIR: join(DIR, 'share-cards'),
};

function siteBuild(): Promise<Measured> {
  return measure(NODE, [ASTRO, 'build'], { cwd: ROOT, env: BUILD_ENV });
}

async function portal() {
  const ingest = stage();
  const site = stage();
  const index = stage();
  const total = stage();
  for (let r = 0; r < RUNS; r++) {
    const i = check(
      'ingest',
      await measure(NODE, [TSX, 'scripts/ingest.ts', join(DIR, 'raw'), '--out', DIR], { cwd: ROOT }),
    );
    // A full build each run: no output, no search shards and no Astro caches from the last.
    // (search-cache.publish is the last published index, which a merge would otherwise update.)
    for (const dir of [
      'dist',
      'search-cache',
      'search-cache.publish',
      'search-cache.publish.state.json',
      'share-cards',
    ])
      rmSync(join(DIR, dir), { recursive: true, force: true });
    rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
    const b = check('build', await siteBuild());
    writeFileSync(join(DIR, `build-${r + 1}.log`), b.stdout + b.stderr);
    // Each run's figures as it ends: a long bench stopped early still leaves them.
    console.error(
      `run ${r + 1}: ingest ${seconds(i.ms)} (CPU ${seconds(i.cpuMs)}, ${mb(i.peakRssBytes)}), build ${seconds(b.ms)} (CPU ${seconds(b.cpuMs)}, ${mb(b.peakRssBytes)})`,
    );
    record(ingest, i.ms, i.peakRssBytes, i.cpuMs);
    record(site, b.ms, b.peakRssBytes, b.cpuMs);
    record(index, Number(/search index: \d+ reports.* in (\d+) ms/.exec(b.stdout)?.[1] ?? Number.NaN), Number.NaN);
    record(total, i.ms + b.ms, Math.max(i.peakRssBytes, b.peakRssBytes), i.cpuMs + b.cpuMs);
  }
  const dist = join(DIR, 'dist');
  return {
    ingest,
    site,
    index,
    total,
    distBytes: directorySize(dist),
    indexBytes: directorySize(join(dist, 'search-index')),
    dist,
  };
}

/**
 * One report corrected (a paragraph added), then `astro build` again. The file is restored
 * after; the site is left as built (the queries ran before).
 */
async function rebuildAfterOneChange() {
  const rebuild = stage();
  const files = markdownFiles(join(DIR, 'reports'));
  for (let r = 0; r < RUNS; r++) {
    const file = files[Math.floor(((r + 1) * files.length) / (RUNS + 2))]!;
    const original = readFileSync(file);
    writeFileSync(file, `${original.toString('utf8').trimEnd()}\n\n补充说明：本报告第${r + 1}次更正后重新发布。\n`);
    try {
      const b = check('rebuild', await siteBuild());
      record(rebuild, b.ms, b.peakRssBytes, b.cpuMs);
    } finally {
      writeFileSync(file, original);
    }
  }
  return rebuild;
}

async function naive() {
  if (N > NAIVE_SLICE) return naiveSliced();
  const project = join(DIR, 'naive');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'src', 'pages', 'r'), { recursive: true });
  mkdirSync(join(project, 'src', 'layouts'), { recursive: true });
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(
    join(project, 'src', 'layouts', 'Plain.astro'),
    '---\nconst { frontmatter } = Astro.props;\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{frontmatter.title}</title></head><body><h1>{frontmatter.title}</h1><slot /></body></html>\n',
  );
  for (const file of markdownFiles(join(DIR, 'reports'))) {
    const { data, body } = readReportFile(file);
    const { id, title } = data;
    writeFileSync(
      join(project, 'src', 'pages', 'r', `${id}.md`),
      `---\nlayout: ../../layouts/Plain.astro\ntitle: "${title}"\n---\n\n${body}`,
    );
  }
  const astro = stage();
  const index = stage();
  const total = stage();
  for (let r = 0; r < RUNS; r++) {
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    const b = check(
      'naive astro build',
      await measure(NODE, [ASTRO, 'build', '--root', project], {
        cwd: ROOT,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      }),
    );
    const p = check('pagefind --site', await measure(NODE, [PAGEFIND, '--site', join(project, 'dist')], { cwd: ROOT }));
    record(astro, b.ms, b.peakRssBytes, b.cpuMs);
    record(index, p.ms, p.peakRssBytes, p.cpuMs);
    record(total, b.ms + p.ms, Math.max(b.peakRssBytes, p.peakRssBytes), b.cpuMs + p.cpuMs);
  }
  const dist = join(project, 'dist');
  return {
    astro,
    index,
    total,
    distBytes: directorySize(dist),
    indexBytes: directorySize(join(dist, 'pagefind')),
    dist,
    bundles: undefined as string[] | undefined,
  };
}

/**
 * The naive setup for corpora one Pagefind index cannot hold on this machine: the same plain
 * pages (written directly: an Astro build of that many Markdown pages runs out of memory too),
 * indexed as slices of NAIVE_SLICE reports, each `pagefind --site` run its own bundle, searched
 * together by the default UI's mergeIndex.
 */
async function naiveSliced() {
  const project = join(DIR, 'naive');
  const dist = join(project, 'dist');
  rmSync(project, { recursive: true, force: true });
  const markdown = new MarkdownIt();
  const started = performance.now();
  const files = markdownFiles(join(DIR, 'reports'));
  const slices = Math.ceil(files.length / NAIVE_SLICE);
  files.forEach((file, i) => {
    const { data, body } = readReportFile(file);
    const page = join(dist, `s${Math.floor(i / NAIVE_SLICE)}`, 'r', data.id);
    mkdirSync(page, { recursive: true });
    const title = markdown.utils.escapeHtml(data.title);
    writeFileSync(
      join(page, 'index.html'),
      `<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${markdown.render(body)}</body></html>`,
    );
  });
  const pages = stage();
  record(pages, performance.now() - started, Number.NaN);
  const index = stage();
  let ms = 0;
  let rss = 0;
  for (let k = 0; k < slices; k++) {
    const p = check(
      `pagefind --site (slice ${k})`,
      await measure(NODE, [PAGEFIND, '--site', dist, '--glob', `s${k}/**/*.html`, '--output-subdir', `pagefind-${k}`], {
        cwd: ROOT,
      }),
    );
    ms += p.ms;
    rss = Math.max(rss, p.peakRssBytes);
  }
  record(index, ms, rss);
  const total = stage();
  record(total, pages.ms[0]! + ms, rss);
  const bundles = sliceBundles(slices);
  const indexBytes = bundles.reduce((sum, b) => sum + directorySize(join(dist, b)), 0);
  return { astro: pages, index, total, distBytes: directorySize(dist), indexBytes, dist, bundles };
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The size split of a built site as table rows: part, size, files, share of the total. */
function sizeTable(dist: string): string[] {
  const parts = distParts(dist);
  const total = [...parts.values()].reduce((sum, p) => sum + p.bytes, 0);
  const files = [...parts.values()].reduce((sum, p) => sum + p.files, 0);
  return [
    row(['dist part', 'size', 'files', 'share']),
    row(['---', '---', '---', '---']),
    ...[...parts]
      .filter(([, p]) => p.files > 0)
      .map(([name, p]) => row([name, mb(p.bytes), String(p.files), `${((100 * p.bytes) / total).toFixed(1)} %`])),
    row(['total', mb(total), String(files), '100 %']),
  ];
}
/** First queries on both sites already built, taking turns: portal, then Pagefind, query by query. */
async function queriesOnly(): Promise<string[]> {
  const oursDist = join(DIR, 'dist');
  const naiveDist = join(DIR, 'naive', 'dist');
  writeDefaultUiPage(naiveDist, N > NAIVE_SLICE ? sliceBundles(Math.ceil(N / NAIVE_SLICE)) : undefined);
  const [ours, naiveSite] = [await serveStatic(ROOT, oursDist), await serveStatic(ROOT, naiveDist)];
  const browser = await launchChromium();
  const all = new Map<string, FirstQuery[]>([
    ['portal search page', []],
    ['naive: Pagefind default UI', []],
  ]);
  try {
    for (const query of QUERIES) {
      const runs: [FirstQuery[], FirstQuery[]] = [[], []];
      for (let r = 0; r < RUNS; r++) {
        runs[0].push(await measureFirstQuery(browser, ours.url, PORTAL_UI, query));
        runs[1].push(await measureFirstQuery(browser, naiveSite.url, DEFAULT_UI, query));
      }
      [...all.values()].forEach((rows, k) => rows.push(medianQuery(query, runs[k]!)));
    }
  } finally {
    await browser.close();
    await Promise.all([ours.close(), naiveSite.close()]);
  }
  return [
    `bench: first queries only, on the ${N}-report sites already built (seed ${values.seed}), medians of ${RUNS} runs taking turns; ${cpus().length} cores, ${mb(totalmem())} RAM, ${cpus()[0]?.model ?? ''}`,
    ...queryLines(all, true),
  ];
}

/** The first-query table, and the median ratios when the baseline was measured too. */
function queryLines(all: Map<string, FirstQuery[]>, withBaseline: boolean): string[] {
  // A UI that draws placeholders first gets a column for them: shown, not what the ratio takes.
  const withPlaceholder = [...all.values()].map((rows) => rows.some((r) => !Number.isNaN(r.placeholderMs)));
  const lines = [
    '',
    'first query (cold cache): bytes transferred from opening the search page to the first result; ms from submit to the first result with its title and excerpt on screen (placeholder: to the loading bar drawn in its place before)',
    '',
    row([
      'query',
      ...[...all.keys()].flatMap((k, u) => [
        `${k}: KB`,
        'ms',
        ...(withPlaceholder[u] ? ['placeholder ms'] : []),
        'results',
      ]),
    ]),
    row(['---', ...[...all.keys()].flatMap((_, u) => ['---', '---', ...(withPlaceholder[u] ? ['---'] : []), '---'])]),
  ];
  for (const [i, query] of QUERIES.entries()) {
    lines.push(
      row([
        query,
        ...[...all.values()].flatMap((rows, u) => [
          (rows[i]!.bytes / 1024).toFixed(0),
          rows[i]!.ms.toFixed(0),
          ...(withPlaceholder[u] ? [rows[i]!.placeholderMs.toFixed(0)] : []),
          String(rows[i]!.results),
        ]),
      ]),
    );
  }
  const ratio = (a: string, b: string, key: 'bytes' | 'ms' | 'placeholderMs', over: 'ms' | 'placeholderMs' = 'ms') =>
    median(QUERIES.map((_, i) => all.get(a)![i]![key] / all.get(b)![i]![key === 'bytes' ? key : over])).toFixed(2);
  const [ours, pagefind] = ['portal search page', 'naive: Pagefind default UI'];
  if (withBaseline)
    lines.push(
      '',
      `median ratio portal / Pagefind default UI (naive setup, same corpus): bytes ${ratio(ours, pagefind, 'bytes')}, time ${ratio(ours, pagefind, 'ms')} (against its placeholders: ${ratio(ours, pagefind, 'ms', 'placeholderMs')})`,
    );
  return lines;
}

const med = (s: Stage, key: 'ms' | 'cpu' | 'rss') => median(s[key].filter((x) => !Number.isNaN(x)));

async function main() {
  if (values.sizes) {
    console.log(sizeTable(resolve(values.sizes)).join('\n'));
    return;
  }
  if (values['queries-only']) {
    console.log((await queriesOnly()).join('\n'));
    return;
  }
  mkdirSync(DIR, { recursive: true });
  check(
    'gen:corpus',
    await measure(NODE, [TSX, 'scripts/gen-corpus.ts', '--reports', String(N), '--seed', values.seed, '--out', DIR], {
      cwd: ROOT,
    }),
  );
  const ours = await portal();
  const withQueries = !values['no-queries'];
  const queries = withQueries
    ? await queryTable(ours.dist, [['portal search page', PORTAL_UI]])
    : new Map<string, FirstQuery[]>();
  const rebuild = values['no-rebuild'] ? undefined : await rebuildAfterOneChange();
  // The naive setup may run out of memory on large corpora: that is a result, not a crash.
  let naiveFailure = '';
  const base = values.baseline
    ? await naive().catch((error: Error) => {
        naiveFailure = error.message.split('\n')[0]!;
        return undefined;
      })
    : undefined;
  const baseQueries =
    base && withQueries
      ? await queryTable(base.dist, [['naive: Pagefind default UI', DEFAULT_UI]], base.bundles)
      : undefined;

  const lines: string[] = [];
  lines.push(
    `bench: ${N} generated reports (seed ${values.seed}), medians of ${RUNS} runs; ${cpus().length} cores, ${mb(totalmem())} RAM, ${cpus()[0]?.model ?? ''}`,
  );
  lines.push(
    '',
    row([
      'stage',
      'time',
      'CPU time',
      'peak RSS',
      ...(base ? ['naive time', 'naive peak RSS', 'time ratio', 'memory ratio'] : []),
    ]),
    row(['---', '---', '---', '---', ...(base ? ['---', '---', '---', '---'] : [])]),
  );
  const stages: Array<[string, Stage, Stage | undefined]> = [
    ['ingest', ours.ingest, undefined],
    ['site build (pages; search index alongside)', ours.site, base?.astro],
    ['search index (own process, during the site build)', ours.index, base?.index],
    ['total', ours.total, base?.total],
    ...(rebuild ? [['rebuild after one report changed', rebuild, undefined] as [string, Stage, undefined]] : []),
  ];
  if (naiveFailure) lines.push('', `naive baseline did not complete: ${naiveFailure}`, '');
  if (base?.bundles)
    lines.push(
      '',
      `naive setup in ${base.bundles.length} Pagefind indexes of up to ${NAIVE_SLICE} reports (pages written directly, not by Astro), searched together by the default UI (mergeIndex)`,
      '',
    );
  for (const [name, s, b] of stages) {
    const rss = med(s, 'rss');
    // Peak memory is not measured for some stages (pages written by the bench itself).
    const baseRss = b ? med(b, 'rss') : Number.NaN;
    const ratios = b
      ? [
          seconds(med(b, 'ms')),
          Number.isNaN(baseRss) ? '–' : mb(baseRss),
          (med(s, 'ms') / med(b, 'ms')).toFixed(2),
          Number.isNaN(rss) || Number.isNaN(baseRss) ? '–' : (rss / baseRss).toFixed(2),
        ]
      : ['–', '–', '–', '–'];
    lines.push(
      row([
        name,
        seconds(med(s, 'ms')),
        Number.isNaN(med(s, 'cpu')) ? '–' : seconds(med(s, 'cpu')),
        Number.isNaN(rss) ? '(in site build)' : mb(rss),
        ...(base ? ratios : []),
      ]),
    );
  }
  lines.push(
    row([
      'dist size',
      mb(ours.distBytes),
      '',
      '',
      ...(base ? [mb(base.distBytes), '', (ours.distBytes / base.distBytes).toFixed(2), ''] : []),
    ]),
  );
  lines.push(
    row([
      'index size',
      mb(ours.indexBytes),
      '',
      '',
      ...(base ? [mb(base.indexBytes), '', (ours.indexBytes / base.indexBytes).toFixed(2), ''] : []),
    ]),
  );
  lines.push('', ...sizeTable(ours.dist));
  if (withQueries) lines.push(...queryLines(new Map([...queries, ...(baseQueries ?? [])]), Boolean(baseQueries)));
  console.log(lines.join('\n'));
}

await main();
