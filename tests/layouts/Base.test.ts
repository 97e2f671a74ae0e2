import { experimental_AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Base from '../../src/layouts/Base.astro';
import { HOSTILE_URLS, linkTargets, runnableAttributes } from '../helpers/rendered-links.ts';

const ORIGINAL = 'https://www.ynanning.gov.cn/zwgk/fzzfjs/202201/t20220120_1.html';

/**
 * The layout's footer links 原网页 (and the printout writes it out) from the page's
 * originalUrl. A report page passes the report's sourceUrl, which the schema checked; the
 * layout checks again: these addresses are handed to it directly.
 */
describe('Base layout with an original address that bypassed the schema', () => {
  const render = async (originalUrl: string) =>
    (await experimental_AstroContainer.create({ astroConfig: { site: 'https://archive.example.org' } })).renderToString(
      Base,
      {
        props: { title: '安宁市八街街道2021年法治政府建设年度报告', originalUrl },
        slots: { default: '<p>正文</p>' },
        request: new Request('https://archive.example.org/reports/530181003-2021/'),
        partial: false,
      },
    );

  it.each(HOSTILE_URLS)('does not link or print %j, and still links https', async (hostile) => {
    const html = await render(hostile);
    expect(runnableAttributes(html)).toEqual([]);
    expect(html).not.toContain('alert(');
    expect(html).not.toContain('msgbox(');
    expect(linkTargets(html)).not.toContain(hostile);
  });

  it('links and prints an https original', async () => {
    const html = await render(ORIGINAL);
    expect(linkTargets(html)).toContain(ORIGINAL);
    expect(html).toContain(`原网页：${ORIGINAL}`);
  });
});
