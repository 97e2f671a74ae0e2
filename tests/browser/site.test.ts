import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium.ts';
import { contrastRatio } from './contrast.ts';
import { readContent, searchableText } from './truth.ts';
import { traditionalCharacterMap } from '../../src/lib/chinese-script/script.ts';
import { charFold, foldString } from '../../src/lib/search/format/fold.ts';

const base = inject('baseUrl');
const content = readContent(inject('contentDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, init?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.newPage();
  await init?.(page);
  await page.goto(`${base}${path}`);
  return page;
}

async function resultCount(page: Page): Promise<number> {
  const status = page.locator('#search-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 份报告/);
  return Number(/找到 (\d+) 份报告/.exec((await status.textContent())!)![1]);
}

async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => /\/reports\/([^/]+)\//.exec(href)![1]!).sort();
}

// What the search compares: title, text and fields, Traditional read as Simplified (as the index folds them).
const fold = charFold(traditionalCharacterMap());
const searchable = new Map(content.map((c) => [c.report.id, foldString(searchableText(c.report, c.text), fold)]));
const highlightCount = (page: Page) =>
  page.evaluate(
    () => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('search-hit')?.size ?? 0,
  );
const idsContaining = (needle: string) =>
  content
    .filter((c) => searchable.get(c.report.id)!.includes(needle))
    .map((c) => c.report.id)
    .sort();

describe('report page', () => {
  it('shows the title, the metadata panel, a table of contents and the text without chrome', async () => {
    const page = await open('/reports/440304008-2020/');
    expect(await page.locator('h1').textContent()).toBe('莲花街道2020年法治政府建设年度报告');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toContain('莲花街道2020年法治政府建设年度报告');
    await page.getByText('报告信息、来源、下载与引用').click(); // the panel is in a disclosure
    const panel = Object.fromEntries(
      await page
        .getByRole('region', { name: '报告信息' })
        .locator('dt')
        .evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
    );
    expect(panel).toMatchObject({
      索引号: '/2021-9007472',
      发布机构: '莲花街道办事处',
      成文日期: '2020年12月24日',
      发布日期: '2021年1月6日',
      区划代码: '440304008',
    });
    const text = await page.locator('[data-report-text]').innerText();
    expect(text).toContain('莲花街道积极响应省委“全面依法治省”');
    expect(text).not.toMatch(/打印本页|关闭窗口|公网安备|分享到/);
    const targets = await page
      .getByRole('navigation', { name: '目录' })
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThan(3);
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    await page.close();
  });

  it('says 未注明 for facts the page did not state', async () => {
    const page = await open('/reports/310110016-2024/');
    await page.getByText('报告信息、来源、下载与引用').click(); // the panel is in a disclosure
    const panel = Object.fromEntries(
      await page
        .getByRole('region', { name: '报告信息' })
        .locator('dt')
        .evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
    );
    expect(panel).toMatchObject({
      索引号: '未注明',
      发文字号: '未注明',
      发布机构: '未注明',
      成文日期: '未注明',
      发布日期: '2025年2月28日',
    });
    await page.close();
  });

  it('is complete without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/reports/530181003-2021/`);
    expect(await page.locator('[data-report-text]').innerText()).toContain('调解成功率98%');
    await context.close();
  });
});

describe('search', () => {
  it('finds exactly the reports that contain 枫桥经验', async () => {
    const expected = idsContaining('枫桥经验');
    expect(expected.length).toBeGreaterThan(0);
    const page = await open(`/search/?q=${encodeURIComponent('枫桥经验')}`);
    expect(await resultCount(page)).toBe(expected.length);
    expect(await resultIds(page)).toEqual(expected);
    expect(await page.locator('#search-results li').count()).toBe(expected.length);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('puts the reports holding the query as written before those holding only its words apart', async () => {
    const query = '矛盾纠纷化解';
    const words = ['矛盾', '纠纷', '化解'];
    const expected = idsContaining(query);
    const apart = content
      .filter(
        (c) =>
          !searchable.get(c.report.id)!.includes(query) && words.every((w) => searchable.get(c.report.id)!.includes(w)),
      )
      .map((c) => c.report.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(apart.length).toBeGreaterThan(0);
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    const total = await resultCount(page);
    expect(total).toBe(expected.length + apart.length);
    const ids = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((a) => /\/reports\/([^/]+)\//.exec(a.getAttribute('href')!)![1]!));
    expect(ids.slice(0, expected.length).sort()).toEqual(expected);
    expect(ids.slice(expected.length).sort()).toEqual(apart.sort());
    expect(await page.locator('#search-status').textContent()).toBe(
      `找到 ${total} 份报告：${expected.length} 份逐字包含“${query}”，其余 ${apart.length} 份包含“矛盾”“纠纷”“化解”但不相连`,
    );
    await page.close();
  });

  it('finds single characters, digits inside longer numbers and fragments across words, with exact counts', async () => {
    // Each was missed by Pagefind's own Chinese matching on this sample (single characters and
    // digits inside a token, a phrase segmented differently in the index).
    for (const needle of ['照', '02', '年以来', '行政诉讼', '12345', '2022年', '诉访分离']) {
      const expected = idsContaining(needle);
      expect(expected.length, needle).toBeGreaterThan(0);
      const page = await open(`/search/?q=${encodeURIComponent(`“${needle}”`)}`);
      expect(await resultCount(page), needle).toBe(expected.length);
      // More than a page of results is shown page by page.
      for (let guard = 0; guard < 10 && (await page.locator('#search-more').isVisible()); guard++)
        await page.locator('#search-more').click();
      expect(await page.locator('#search-more').isVisible()).toBe(false);
      await expect.poll(() => resultIds(page)).toEqual(expected);
      await page.close();
    }
  });

  it('returns exactly the reports holding a quoted phrase verbatim, with counts and excerpts to match', async () => {
    for (const quoted of ['“行政诉讼法”', '"行政诉讼"', '「调解成功率」']) {
      const phrase = quoted.slice(1, -1);
      const expected = idsContaining(phrase);
      expect(expected.length).toBeGreaterThan(0);
      const page = await open(`/search/?q=${encodeURIComponent(quoted)}`);
      const status = page.locator('#search-status');
      await expect
        .poll(() => status.textContent(), { timeout: 15_000 })
        .toBe(`找到 ${expected.length} 份报告（逐字包含“${phrase}”）`);
      expect(await resultIds(page)).toEqual(expected);
      for (const mark of await page.locator('#search-results mark').allTextContents())
        expect(mark.replace(/\s/g, '')).toBe(phrase);
      const years = new Map<string, number>();
      for (const id of expected) {
        const year = String(content.find((c) => c.report.id === id)!.report.year);
        years.set(year, (years.get(year) ?? 0) + 1);
      }
      for (const box of await page.locator('[data-facet-count^="year:"]').all()) {
        const year = (await box.getAttribute('data-facet-count'))!.slice(5);
        expect(await box.textContent(), year).toBe(`（${years.get(year) ?? 0}）`);
      }
      await page.close();
    }
  });

  it('runs from the form by keyboard and puts the query in the URL', async () => {
    const page = await open('/search/');
    await page.locator('#search-q').focus();
    await page.keyboard.type('枫桥经验');
    await page.keyboard.press('Enter');
    const expected = idsContaining('枫桥经验');
    expect(await resultCount(page)).toBe(expected.length);
    expect(await resultIds(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('q')).toBe('枫桥经验');
    await page.close();
  });

  it('filters by year, keeps the filter in the URL and restores it on reload and back', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('枫桥经验')}`);
    const all = idsContaining('枫桥经验');
    expect(await resultCount(page)).toBe(all.length);
    const year = content.find((c) => c.report.id === all[0])!.report.year;
    await page.getByRole('checkbox', { name: new RegExp(`^${year}年`) }).check();
    const expected = content
      .filter((c) => c.report.year === year && c.text.includes('枫桥经验'))
      .map((c) => c.report.id)
      .sort();
    await expect.poll(() => resultIds(page)).toEqual(expected);
    expect(await resultCount(page)).toBe(expected.length);
    expect(expected.length).toBeLessThan(all.length);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual([String(year)]);

    await page.reload();
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${year}年`) }).isChecked()).toBe(true);
    expect(await resultCount(page)).toBe(expected.length);

    await page.goBack();
    await expect.poll(() => resultIds(page)).toEqual(all);
    await page.close();
  });

  it('lists a year’s reports from filters alone, sorted by year', async () => {
    const page = await open('/search/?year=2021&year=2024&sort=year-desc');
    const expected = content.filter((c) => [2021, 2024].includes(c.report.year));
    expect(await resultCount(page)).toBe(expected.length);
    const years = await page.locator('#search-results .fz-report-list__meta').allTextContents();
    const printed = years.map((t) => Number(/(\d{4})年度/.exec(t)![1]));
    expect(printed).toEqual([...printed].sort((a, b) => b - a));
    await page.close();
  });

  it('folds the filters away on a phone so results come first, a chosen filter counted on the 筛选 button', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('枫桥经验')}`);
    await resultCount(page);
    expect(await page.locator('[data-filter-panel]').isVisible()).toBe(false);
    await page.goto(`${base}/search/?q=${encodeURIComponent('枫桥经验')}&year=2024`);
    await resultCount(page);
    expect(await page.locator('[data-filter-panel]').isVisible()).toBe(false);
    expect((await page.locator('[data-filter-toggle]').textContent())!.replace(/\s/g, '')).toBe('筛选（1）');
    await context.close();
  });

  it('finds Traditional reports with Simplified queries and Simplified reports with Traditional queries', async () => {
    const traditional = content.find((c) => c.report.script === 'traditional')!;
    expect(traditional.report.title).toBe('觀瀾街道2022年法治政府建設年度報告');
    const page = await open(`/search/?q=${encodeURIComponent('观澜街道')}`);
    expect(await resultCount(page)).toBe(1);
    expect(await resultIds(page)).toEqual([traditional.report.id]);
    await page.goto(`${base}/search/?q=${encodeURIComponent('楓橋經驗')}`);
    expect(await resultCount(page)).toBe(idsContaining('枫桥经验').length);
    expect(await resultIds(page)).toEqual(idsContaining('枫桥经验'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('楓橋經驗');
    await page.close();
  });

  it('says plainly that search needs JavaScript when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=x`);
    expect(await page.locator('main').innerText()).toContain('全文检索需要在浏览器中启用 JavaScript');
    expect(await page.locator('main a[href="/browse/"]').count()).toBe(1);
    await context.close();
  });
});

describe('facets, matching sections and export', () => {
  it('filters by issuer type and by the report parts a report contains', async () => {
    const page = await open(`/search/?issuer=${encodeURIComponent('党委')}`);
    const party = content
      .filter((c) => c.report.issuerType === 'party')
      .map((c) => c.report.id)
      .sort();
    expect(party.length).toBeGreaterThan(0);
    expect(await resultCount(page)).toBe(party.length);
    expect(await resultIds(page)).toEqual(party);
    await page.goto(`${base}/search/?section=${encodeURIComponent('存在的不足和原因')}`);
    const withShortcomings = content
      .filter((c) => c.report.sections?.some((s) => s.kind === 'shortcomings'))
      .map((c) => c.report.id)
      .sort();
    expect(await resultCount(page)).toBe(withShortcomings.length);
    expect(await resultIds(page)).toEqual(withShortcomings);
    await page.close();
  });

  it('offers the counties of the results as filters, and keeps the choice in the URL', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('枫桥经验')}`);
    await resultCount(page);
    const counties = page.locator('[data-dynamic-facet="county"] input[type="checkbox"]');
    const offered = (await counties.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).sort();
    expect(offered).toEqual(['杨浦区', '福田区'].sort());
    await page.getByRole('checkbox', { name: /^福田区/ }).check();
    await expect.poll(() => resultIds(page), { timeout: 15_000 }).toEqual(['440304008-2020']);
    expect(new URL(page.url()).searchParams.getAll('county')).toEqual(['福田区']);
    await page.reload();
    await expect.poll(() => resultIds(page), { timeout: 15_000 }).toEqual(['440304008-2020']);
    expect(await page.getByRole('checkbox', { name: /^福田区/ }).isChecked()).toBe(true);
    await page.close();
  });

  it('opens a result at its matching section with every occurrence highlighted', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('枫桥经验')}`);
    await resultCount(page);
    const href = (await page.locator('#search-results a').first().getAttribute('href'))!;
    expect(href).toMatch(/^\/reports\/[^/]+\/\?hl=.+#s-\d/);
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/reports\//);
    const id = /\/reports\/([^/]+)\//.exec(page.url())![1]!;
    const expected = content.find((c) => c.report.id === id)!.text.split('枫桥经验').length - 1;
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-hit-summary]').textContent(), { timeout: 15_000 })
      .toBe(`本页共 ${expected} 处“枫桥经验”已突出显示。`);
    expect(await highlightCount(page)).toBe(expected);
    await page.close();
  });

  it('highlights across scripts, as the search matched: a Simplified query in a Traditional report and back', async () => {
    const traditional = content.find((c) => c.report.script === 'traditional')!;
    const expected = traditional.text.split('觀瀾街道').length - 1;
    expect(expected).toBeGreaterThan(0);
    const page = await open(`/reports/${traditional.report.id}/?hl=${encodeURIComponent('观澜街道')}`);
    await expect
      .poll(() => page.locator('[data-hit-summary]').textContent(), { timeout: 15_000 })
      .toBe(`本页共 ${expected} 处“观澜街道”已突出显示。`);
    expect(await highlightCount(page)).toBe(expected);
    const simplified = idsContaining('枫桥经验')[0]!;
    const occurrences = content.find((c) => c.report.id === simplified)!.text.split('枫桥经验').length - 1;
    await page.goto(`${base}/reports/${simplified}/?hl=${encodeURIComponent('楓橋經驗')}`);
    await expect
      .poll(() => page.locator('[data-hit-summary]').textContent(), { timeout: 15_000 })
      .toBe(`本页共 ${occurrences} 处“楓橋經驗”已突出显示。`);
    await page.close();
  });

  it('exports the results as CSV in the browser', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('枫桥经验')}`);
    const count = await resultCount(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出全部结果（CSV）' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 2)).toEqual(['标题', '省']);
    expect(header.at(-1)).toBe('链接');
    expect(lines).toHaveLength(count + 1);
    for (const id of idsContaining('枫桥经验')) {
      const report = content.find((c) => c.report.id === id)!.report;
      expect(
        lines.some(
          (line) =>
            line.startsWith(`${report.title},`) &&
            line.includes(`,${report.divisionCode},${report.year},`) &&
            line.endsWith(`/reports/${id}/`),
        ),
      ).toBe(true);
    }
    expect(await page.locator('#search-status').textContent()).toBe(`找到 ${count} 份报告`);
    await page.close();
  });
});

describe('elder mode and text size', () => {
  const bodyStyle = (page: Page) =>
    page.evaluate(() => {
      const p = document.querySelector('[data-report-text] p') ?? document.querySelector('main > p')!;
      const style = getComputedStyle(p);
      return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
    });

  it('turns on, applies elder sizes, persists across reload and pages, and turns off', async () => {
    const page = await open('/');
    const toggle = page.getByRole('button', { name: '长者模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await bodyStyle(page);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('data-elder')).toBe('');
    const after = await bodyStyle(page);
    expect(after.fontSize).toBeGreaterThanOrEqual(24);
    expect(after.fontSize).toBeGreaterThan(before.fontSize);
    expect(after.lineHeight / after.fontSize).toBeGreaterThanOrEqual(1.75);
    const colours = await page.evaluate(() =>
      [...document.querySelectorAll('main p, main a, main h1, main h2, nav a, button')].map((el) => {
        const style = getComputedStyle(el);
        let bg = 'rgba(0, 0, 0, 0)';
        for (
          let node: Element | null = el;
          node && /rgba\(0, 0, 0, 0\)|transparent/.test(bg);
          node = node.parentElement
        ) {
          bg = getComputedStyle(node).backgroundColor;
        }
        return {
          fg: style.color,
          bg: /rgba\(0, 0, 0, 0\)/.test(bg) ? 'rgb(255, 255, 255)' : bg,
          text: el.textContent!.slice(0, 12),
        };
      }),
    );
    expect(colours.length).toBeGreaterThan(10);
    for (const { fg, bg, text } of colours)
      expect(contrastRatio(fg, bg), `${text}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    for (const box of await page
      .locator('button')
      .evaluateAll((buttons) =>
        buttons.filter((b) => (b as HTMLElement).offsetParent).map((b) => b.getBoundingClientRect().toJSON()),
      )) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.locator('[role="status"][data-pref-status]').textContent()).toBe('已开启长者模式');

    // Applied by the inline <head> script at parse time: present as soon as the DOM exists.
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await page.locator('html').getAttribute('data-elder')).toBe('');
    await page.goto(`${base}/reports/530181003-2021/`);
    expect(await page.locator('html').getAttribute('data-elder')).toBe('');
    expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true');
    expect((await bodyStyle(page)).fontSize).toBeGreaterThanOrEqual(24);
    // Not only paragraphs: every visible piece of text on the page is at least 24px.
    const small = await page.evaluate(() =>
      [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.offsetParent !== null && !el.closest('.fz-visually-hidden'))
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        .map((el) => ({ text: el.textContent!.trim().slice(0, 15), size: parseFloat(getComputedStyle(el).fontSize) }))
        .filter((t) => t.size < 24),
    );
    expect(small).toEqual([]);

    await page.getByRole('button', { name: '长者模式' }).click();
    await page.reload();
    expect(await page.locator('html').getAttribute('data-elder')).toBeNull();
    await page.close();
  });

  it('paints the first frame already in elder mode (no flash)', async () => {
    const page = await open('/', async (p) => {
      await p.addInitScript(() => localStorage.setItem('fzbg.elder', 'on'));
    });
    // The attribute is set by a classic inline script in <head>, before any stylesheet or body.
    const order = await page.evaluate(() => {
      const head = [...document.head.children];
      const script = head.findIndex(
        (el) => el.tagName === 'SCRIPT' && !el.hasAttribute('src') && el.textContent!.includes('fzbg.elder'),
      );
      const firstStyle = head.findIndex(
        (el) => (el.tagName === 'LINK' && (el as HTMLLinkElement).rel === 'stylesheet') || el.tagName === 'STYLE',
      );
      return { script, firstStyle };
    });
    expect(order.script).toBeGreaterThanOrEqual(0);
    expect(order.script).toBeGreaterThanOrEqual(0);
    expect(order.firstStyle).toBeGreaterThan(order.script);
    expect(await page.locator('html').getAttribute('data-elder')).toBe('');
    await page.close();
  });

  it('has text-size steps that grow, the largest giving body text of at least 30px, kept after reload', async () => {
    const page = await open('/reports/500110119-2021/');
    const sizes: number[] = [];
    for (const label of ['标准', '较大', '大', '特大', '超大']) {
      await page.getByRole('button', { name: label, exact: true }).click();
      expect(await page.getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).toBe('true');
      sizes.push((await bodyStyle(page)).fontSize);
    }
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
    expect(sizes.at(-1)).toBeGreaterThanOrEqual(30);
    await page.reload();
    expect((await bodyStyle(page)).fontSize).toBe(sizes.at(-1));
    await page.close();
  });
});

describe('privacy', () => {
  it('makes only same-origin requests, search included', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const path of ['/', '/reports/440304008-2020/', `/search/?q=${encodeURIComponent('法治')}`]) {
      await page.goto(`${base}${path}`);
      if (path.startsWith('/search/')) await resultCount(page);
    }
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => new URL(url).origin !== base)).toEqual([]);
    await page.close();
  });
});
