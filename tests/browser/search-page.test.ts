import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { traditionalCharacterMap } from '../../src/lib/chinese-script/script.ts';
import { charFold, foldString } from '../../src/lib/search/format/fold.ts';
import { readContent, searchableText } from './truth.ts';
import { presetStorage } from './page-session.ts';

/**
 * The search page as a reader meets it (issue 14, items 4–8): results first at desktop and
 * phone sizes, zero-result help, hits per report, exports, walking through the hits inside a
 * report, and the query's share across years. Geometry is measured in Chromium, not judged by eye.
 */

const base = inject('baseUrl');
const content = readContent(inject('contentDir'));
const SITE_NAME = '法治政府建设年度报告库';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const fold = charFold(traditionalCharacterMap());
// What the index searches: title, text and fields, Traditional read as Simplified.
const searchable = new Map(content.map((c) => [c.report.id, foldString(searchableText(c.report, c.text), fold)]));
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const idsContaining = (needle: string) =>
  content.filter((c) => searchable.get(c.report.id)!.includes(needle)).map((c) => c.report.id);
const q = (text: string) => encodeURIComponent(text);

async function openAt(
  path: string,
  viewport = { width: 1280, height: 800 },
  storage: Record<string, string> = {},
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await presetStorage(page, storage);
  await page.goto(`${base}${path}`);
  return { page, context, problems };
}

async function resultCount(page: Page): Promise<number> {
  const status = page.locator('#search-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 份报告/);
  return Number(/找到 (\d+) 份报告/.exec((await status.textContent())!)![1]);
}

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

/** The text of each part of a report's body (split at its top-level headings) with the part's kind. */
function partsOf(report: { sections?: Array<{ id: string; heading: string; kind: string }> }, text: string) {
  const parts: Array<{ kind: string | undefined; text: string }> = [{ kind: undefined, text: '' }];
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line)?.[1]?.trim();
    if (heading) parts.push({ kind: report.sections?.find((s) => s.heading.trim() === heading)?.kind, text: '' });
    parts.at(-1)!.text += `${line}\n`;
  }
  return parts;
}

describe('1–3. places, issuers and codes searchable; where it matched; section scope; the query language', () => {
  const YINHANG = '310110016-2024';
  for (const query of ['上海市杨浦区', '杨浦区殷行街道', '上海市杨浦区殷行街道', '310110016']) {
    it(`finds 殷行街道's report by ${query} and says it matched in the place or code`, async () => {
      const { page, context, problems } = await openAt(`/search/?q=${q(query)}`);
      try {
        expect(await resultCount(page)).toBeGreaterThanOrEqual(1);
        const item = page.locator('#search-results li', { has: page.locator(`a[href^="/reports/${YINHANG}/"]`) });
        await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
        const where = item.locator('[data-matched-in]');
        await expect
          .poll(() => where.getAttribute('data-matched-in'), { timeout: 15_000 })
          .toMatch(/place|divisionCode/);
        expect(await where.textContent()).toMatch(query === '310110016' ? /区划代码/ : /地区/);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('restricts matches to the chosen sections: fewer reports and occurrences than unscoped, as the texts say', async () => {
    const term = '法治';
    const scoped = content
      .map((c) => ({
        id: c.report.id,
        hits: partsOf(c.report, foldString(c.text, fold))
          .filter((part) => part.kind === 'shortcomings')
          .reduce((n, part) => n + occurrences(part.text, term), 0),
      }))
      .filter((r) => r.hits > 0);
    const unscoped = idsContaining(term);
    expect(scoped.length).toBeLessThan(unscoped.length);
    const { page, context } = await openAt(`/search/?q=${q(term)}`);
    try {
      expect(await resultCount(page)).toBe(unscoped.length);
      await page.goto(`${base}/search/?q=${q(term)}&section=${q('存在的不足和原因')}`);
      expect(await resultCount(page)).toBe(scoped.length);
      const hits = page.locator('#search-results [data-hits]');
      await expect.poll(() => hits.count(), { timeout: 15_000 }).toBe(scoped.length);
      const shown = new Map<string, number>();
      for (const item of await page.locator('#search-results li').all()) {
        const id = /\/reports\/([^/]+)\//.exec((await item.locator('h2 a').getAttribute('href'))!)![1]!;
        shown.set(id, Number(await item.locator('[data-hits]').getAttribute('data-hits')));
      }
      expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(scoped.map((r) => [r.id, r.hits])));
      // Every place it says it matched is a 存在的不足 part.
      for (const where of await page.locator('#search-results [data-matched-in]').all())
        expect(await where.textContent()).toMatch(/^匹配于：正文 · [^·]*(不足|问题)[^·]*$/);
    } finally {
      await context.close();
    }
  });

  it('reads the query language: either, exclusion, year range, and explains a malformed query', async () => {
    const a = '殷行';
    const b = '安宁';
    const either = new Set([...idsContaining(a), ...idsContaining(b)]);
    const { page, context } = await openAt(`/search/?q=${q(`${a} | ${b}`)}`);
    try {
      expect(await resultCount(page)).toBe(either.size);
      await page.goto(`${base}/search/?q=${q(`法治 -${a}`)}`);
      expect(await resultCount(page)).toBe(idsContaining('法治').filter((id) => !idsContaining(a).includes(id)).length);
      await page.goto(`${base}/search/?q=${q('法治 年份:2021-2022')}`);
      expect(await resultCount(page)).toBe(
        content.filter(
          (c) => c.report.year >= 2021 && c.report.year <= 2022 && idsContaining('法治').includes(c.report.id),
        ).length,
      );
      await page.goto(`${base}/search/?q=${q('"法治')}`);
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toMatch(/检索式有问题：.*引号/);
    } finally {
      await context.close();
    }
  });

  it('marks every alternative inside a report opened from an either-query', async () => {
    const { page, context } = await openAt(`/reports/${YINHANG}/?hl=${q('殷行 | 杨浦')}`);
    try {
      const expected =
        occurrences(foldString(content.find((c) => c.report.id === YINHANG)!.text, fold), '殷行') +
        occurrences(foldString(content.find((c) => c.report.id === YINHANG)!.text, fold), '杨浦');
      await expect
        .poll(() => page.locator('[data-hit-summary]').textContent(), { timeout: 15_000 })
        .toMatch(new RegExp(`共 ${expected} 处`));
    } finally {
      await context.close();
    }
  });
});

describe('4. results first', () => {
  it('at 1280×800 puts the filters in a column beside the results and the first result on the first screen', async () => {
    const { page, context, problems } = await openAt(`/search/?q=${q('法治')}&year=2021`);
    await resultCount(page);
    const first = await box(page, '#search-results li');
    const filters = await box(page, '[data-filter-panel]');
    const results = await box(page, '#search-results');
    expect(first.y).toBeLessThan(800);
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
    expect(filters.y).toBeLessThan(first.y + first.height);
    expect(await page.locator('[data-filter-toggle]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 375×812 with a filter set keeps the filters behind 筛选（1） and the first result on the first screen', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}&year=2021`, { width: 375, height: 812 });
    await resultCount(page);
    const first = await box(page, '#search-results li');
    expect(first.y).toBeGreaterThan(0);
    expect(first.y).toBeLessThan(812);
    expect(await page.locator('[data-filter-panel]').isVisible()).toBe(false);
    const toggle = page.locator('[data-filter-toggle]');
    expect((await toggle.textContent())!.replace(/\s/g, '')).toBe('筛选（1）');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('opens the filter panel from 筛选 with focus in it, and Esc closes it and returns focus', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}`, { width: 375, height: 812 });
    await resultCount(page);
    const toggle = page.locator('[data-filter-toggle]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-filter-panel]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-filter-panel]') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-filter-panel]').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filter-toggle'))).toBe(true);
    await context.close();
  });

  it('joins the 搜索 button to its input: same row, touching, same height', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 320, height: 800 },
    ]) {
      const { page, context } = await openAt(`/search/?q=${q('法治')}`, viewport);
      await resultCount(page);
      const input = await box(page, '#search-q');
      const button = await box(page, '#search-form button[type="submit"]');
      expect(Math.abs(button.x - (input.x + input.width))).toBeLessThanOrEqual(1);
      expect(Math.abs(button.y - input.y)).toBeLessThanOrEqual(1);
      expect(Math.abs(button.height - input.height)).toBeLessThanOrEqual(1);
      await context.close();
    }
  });

  it('shows active filters as removable chips with 清除全部, and count and sort directly above the list', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}&year=2021&year=2024`);
    await resultCount(page);
    const chips = page.locator('[data-filter-chips] button');
    expect(await chips.count()).toBe(2);
    const summary = await box(page, '.fz-search__summary');
    const sort = await box(page, '#search-sort');
    const list = await box(page, '#search-results');
    expect(sort.y + sort.height).toBeLessThanOrEqual(list.y);
    expect(list.y - (summary.y + summary.height)).toBeLessThan(24);
    await chips.filter({ hasText: '2021' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year')).toEqual(['2024']);
    await resultCount(page);
    expect(await chips.count()).toBe(1);
    expect(await page.locator('input[name="year"][value="2021"]').isChecked()).toBe(false);
    await page.getByRole('button', { name: '清除全部' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year')).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('法治');
    await resultCount(page);
    expect(await page.locator('[data-filter-chips]').isVisible()).toBe(false);
    await context.close();
  });

  it('never breaks a count over two lines, at 320 and 1280', async () => {
    for (const width of [320, 1280]) {
      const { page, context } = await openAt(`/search/?q=${q('法治')}`, { width, height: 800 });
      await resultCount(page);
      if (width === 320) await page.locator('[data-filter-toggle]').click();
      const lines = await page
        .locator('.fz-search__count, .fz-search__hits')
        .evaluateAll((spans) => spans.map((s) => [s.textContent, s.getClientRects().length] as const));
      expect(lines.length).toBeGreaterThan(5);
      for (const [text, rects] of lines) expect({ text, rects }).toEqual({ text, rects: 1 });
      await context.close();
    }
  });

  it('names the query and the count in the tab title', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}`);
    const count = await resultCount(page);
    expect(await page.title()).toBe(`法治 — ${count} 篇 — ${SITE_NAME}`);
    await context.close();
  });

  it('has a skip link that moves focus to the results', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}`);
    await resultCount(page);
    const skip = page.locator('a[href="#search-results-region"]');
    expect(await skip.textContent()).toBe('跳到检索结果');
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-region');
    await context.close();
  });

  it('documents the query language under a folded 搜索语法', async () => {
    const { page, context } = await openAt('/search/');
    const syntax = page.locator('details', { has: page.locator('summary', { hasText: '搜索语法' }) });
    expect(await syntax.getAttribute('open')).toBeNull();
    await syntax.locator('summary').click();
    const text = (await syntax.textContent())!;
    for (const example of [
      '行政诉讼 复议',
      '"行政 诉讼"',
      '-信访',
      '行政诉讼 | 行政复议',
      '年份:2020-2022',
      '发布:2023-01-01..2023-06-30',
    ])
      expect(text).toContain(example);
    await context.close();
  });
});

describe('5. zero results help', () => {
  it('offers the place, and dropping the filter with the count it gives', async () => {
    const { page, context } = await openAt(`/search/?q=${q('殷行街道')}&year=2021`);
    expect(await resultCount(page)).toBe(0);
    const help = page.locator('[data-zero-help]');
    await expect.poll(() => help.isVisible()).toBe(true);
    const place = help.getByRole('link', { name: '上海市杨浦区殷行街道' });
    expect(await place.getAttribute('href')).toBe('/place/310110016/');
    const drop = help.getByRole('link', { name: '去掉“报告年度：2021年”' });
    const said = Number(/（(\d+) 份）/.exec((await drop.locator('xpath=..').textContent())!)![1]);
    expect(said).toBe(idsContaining('殷行街道').length);
    await drop.click();
    expect(await resultCount(page)).toBe(said);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual([]);
    await context.close();
  });

  it('offers the 街道/街/镇 forms and the other script, each with its count', async () => {
    const { page, context } = await openAt(`/search/?q=${q('殷行镇')}`);
    expect(await resultCount(page)).toBe(0);
    const help = page.locator('[data-zero-help]');
    await expect.poll(() => help.isVisible()).toBe(true);
    const variant = help.getByRole('link', { name: '殷行街道', exact: true });
    expect(await variant.locator('xpath=..').textContent()).toBe(`殷行街道（${idsContaining('殷行街道').length} 份）`);
    expect(await help.getByRole('link', { name: '殷行鎮' }).count()).toBe(1);
    await variant.click();
    expect(await resultCount(page)).toBe(idsContaining('殷行街道').length);
    expect(new URL(page.url()).searchParams.get('q')).toBe('殷行街道');
    await context.close();
  });

  it('writes a Traditional query in Simplified', async () => {
    const { page, context } = await openAt(`/search/?q=${q('楊浦區殷行鎮')}`);
    expect(await resultCount(page)).toBe(0);
    const help = page.locator('[data-zero-help]');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.getByRole('link', { name: '杨浦区殷行镇' }).count()).toBe(1);
    await context.close();
  });
});

describe('6. hits per report, sort and exports', () => {
  it('shows each report’s occurrences (N 处) and sorts by them', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}&sort=hits-desc`);
    const count = await resultCount(page);
    expect(count).toBe(idsContaining('法治').length);
    const shown = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((li) => ({
        id: /\/reports\/([^/?]+)\//.exec(li.querySelector('a')!.getAttribute('href')!)![1]!,
        hits: li.querySelector('.fz-search__hits')?.textContent,
      })),
    );
    for (const { id, hits } of shown) expect(hits).toBe(`${occurrences(searchable.get(id)!, '法治')} 处`);
    const numbers = shown.map((s) => Number.parseInt(s.hits!, 10));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await page.locator('#search-sort').inputValue()).toBe('hits-desc');
    await context.close();
  });

  it('exports CSV and JSON with split places, issuer, index number, hits, sections and excerpt', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}`);
    const count = await resultCount(page);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出全部结果（CSV）' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^法治政府建设年度报告-检索-法治-\d{8}-\d{4}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...lines] = parseCsv(csv.slice(1));
    expect(lines.every((line) => line.length === header!.length)).toBe(true);
    expect(header).toEqual([
      '标题',
      '省',
      '省代码',
      '市',
      '市代码',
      '县',
      '县代码',
      '乡镇（街道）',
      '乡镇（街道）代码',
      '区划代码',
      '年度',
      '发布日期',
      '发布机构',
      '索引号',
      '命中次数',
      '匹配章节',
      '首个摘录',
      '链接',
    ]);
    expect(lines).toHaveLength(count);
    const cell = (line: string[], name: string) => line[header!.indexOf(name)]!;
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出全部结果（JSON）' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^法治政府建设年度报告-检索-法治-\d{8}-\d{4}\.json$/);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
    expect(json.query).toBe('法治');
    expect(json.results).toHaveLength(count);
    for (const line of lines) {
      const id = /\/reports\/([^/]+)\/$/.exec(cell(line, '链接'))![1]!;
      const { report } = content.find((c) => c.report.id === id)!;
      expect(cell(line, '区划代码')).toBe(report.divisionCode);
      expect(cell(line, '省代码')).toBe(`${report.divisionCode.slice(0, 2)}0000`);
      expect(cell(line, '发布机构')).toBe(report.issuer ?? '');
      expect(cell(line, '索引号')).toBe(report.indexNumber ?? '');
      expect(cell(line, '命中次数')).toBe(String(occurrences(searchable.get(id)!, '法治')));
      expect(foldString(cell(line, '首个摘录'), fold)).toContain('法治');
      const record = json.results.find((r: { url: string }) => r.url === cell(line, '链接'));
      expect(record).toMatchObject({
        divisionCode: report.divisionCode,
        issuer: report.issuer ?? '',
        hits: Number(cell(line, '命中次数')),
        firstExcerpt: cell(line, '首个摘录'),
      });
    }
    const yinhang = lines.find((line) => cell(line, '区划代码') === '310110016')!;
    expect(['省', '市', '县', '县代码', '乡镇（街道）'].map((name) => cell(yinhang, name))).toEqual([
      '上海市',
      '',
      '杨浦区',
      '310110',
      '殷行街道',
    ]);
    await context.close();
  });
});

describe('7. inside a report opened from a result', () => {
  it('walks through the hits with buttons and n / Shift+N, the current one scrolled to, marked and announced', async () => {
    const { page, context } = await openAt(`/search/?q=${q('法治')}`, { width: 1280, height: 800 });
    await resultCount(page);
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/reports\//);
    const id = /\/reports\/([^/]+)\//.exec(page.url())![1]!;
    const { text } = content.find((c) => c.report.id === id)!;
    const total = occurrences(foldString(text, fold), '法治');
    expect(total).toBeGreaterThan(2);
    const position = page.locator('[data-hit-position]');
    expect(await position.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => position.textContent()).toMatch(new RegExp(`^第 \\d+ / ${total} 处$`));
    const at = async () => Number(/第 (\d+) /.exec((await position.textContent())!)![1]);
    const current = () =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'search-hit-current',
        );
        const range = [...(highlight ?? [])][0];
        if (!range) return undefined;
        const rect = range.getBoundingClientRect();
        return { size: highlight!.size, text: range.toString(), top: rect.top, bottom: rect.bottom };
      });
    const start = await at();
    await page.locator('body').press('n');
    expect(await at()).toBe((start % total) + 1);
    const shown = (await current())!;
    expect(shown).toMatchObject({ size: 1, text: '法治' });
    expect(shown.top).toBeGreaterThan(0);
    expect(shown.bottom).toBeLessThan(800);
    await page.locator('body').press('Shift+N');
    expect(await at()).toBe(start);
    await page.getByRole('button', { name: '下一处' }).click();
    expect(await at()).toBe((start % total) + 1);
    // Before the first comes the last.
    for (let i = await at(); i > 1; i--) await page.getByRole('button', { name: '上一处' }).click();
    await page.getByRole('button', { name: '上一处' }).click();
    expect(await position.textContent()).toBe(`第 ${total} / ${total} 处`);
    await context.close();
  });
});

describe('8. across years', () => {
  it('charts and tables the share of each year’s reports holding the query, each year a link that sets the filter', async () => {
    const { page, context } = await openAt(`/search/?q=${q('行政诉讼')}`);
    await resultCount(page);
    const section = page.locator('[data-across-years]');
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.locator('svg[role="img"] rect').count()).toBeGreaterThan(1);
    const rows = await section
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
    const years = [...new Set(content.map((c) => c.report.year))].sort();
    expect(rows.map((r) => r[0])).toEqual(years.map((y) => `${y}年度`));
    for (const [label, matching, total] of rows) {
      const year = Number.parseInt(label!, 10);
      const ofYear = content.filter((c) => c.report.year === year);
      expect([Number(matching), Number(total)]).toEqual([
        ofYear.filter((c) => searchable.get(c.report.id)!.includes('行政诉讼')).length,
        ofYear.length,
      ]);
    }
    const busiest = rows.find((r) => Number(r[1]) > 0)!;
    await section.getByRole('link', { name: busiest[0]! }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('year'))
      .toEqual([String(Number.parseInt(busiest[0]!, 10))]);
    expect(await resultCount(page)).toBe(Number(busiest[1]));
    await context.close();
  });
});

describe('axe on the search page with the filter panel open: zero violations', () => {
  const MODES: Record<string, Record<string, string>> = {
    default: {},
    elder: { 'fzbg.elder': 'on', 'fzbg.size': '2' },
    'high contrast': { 'fzbg.contrast': 'high' },
  };
  for (const width of [320, 1280])
    for (const [mode, storage] of Object.entries(MODES)) {
      it(`${width} px, ${mode} mode`, async () => {
        const { page, context } = await openAt(`/search/?q=${q('法治')}&year=2021`, { width, height: 800 }, storage);
        await resultCount(page);
        if (width === 320) await page.locator('[data-filter-toggle]').click();
        await expect.poll(() => page.locator('[data-filter-panel]').isVisible()).toBe(true);
        await page.locator('[data-across-years]').waitFor({ state: 'visible' });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
          [],
        );
        await context.close();
      });
    }
});
