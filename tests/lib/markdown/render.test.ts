import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/lib/markdown/render.ts';

describe('renderReport', () => {
  const { html, headings } = renderReport(
    '引言段落。\n\n## 一、主要举措\n\n### (一)组织领导\n\n正文一。\n\n### (二)制度建设\n\n## 二、存在问题\n\n正文二。\n',
  );

  it('gives headings ids from their place in the outline', () => {
    expect(headings).toEqual([
      { depth: 2, slug: 's-1', text: '一、主要举措' },
      { depth: 3, slug: 's-1-1', text: '(一)组织领导' },
      { depth: 3, slug: 's-1-2', text: '(二)制度建设' },
      { depth: 2, slug: 's-2', text: '二、存在问题' },
    ]);
    expect(html).toContain('<h2 id="s-1">一、主要举措</h2>');
    expect(html).toContain('<h3 id="s-1-2">(二)制度建设</h3>');
  });
  it('numbers paragraphs in reading order so each can be cited', () => {
    expect([...html.matchAll(/<p id="(p-\d+)">/g)].map((m) => m[1])).toEqual(['p-1', 'p-2', 'p-3']);
  });
  it('never passes raw HTML through', () => {
    const out = renderReport('<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>').html;
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('&lt;script&gt;');
  });
  it('wraps tables in a focusable scroll region', () => {
    const out = renderReport('| 类别 | 件数 |\n| --- | --- |\n| 行政诉讼 | 3 |\n').html;
    expect(out).toMatch(/<div class="fz-table-scroll" role="region" aria-label="[^"]+" tabindex="0"><table>/);
    expect(out).toContain('<th>类别</th>');
  });
  it('links only to http(s) addresses and to places in the page, whatever a hand-edited body says', () => {
    const out = renderReport(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) ![d](data:image/png;base64,AAAA) ' +
        '[e](vbscript:x) [f](file:///etc/passwd) [g](//evil.example/) [h](&#106;avascript:alert(1))\n\n' +
        '[ok](https://www.gov.cn/a.html) [here](#s-1)',
    ).html;
    const targets = [...out.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['https://www.gov.cn/a.html', '#s-1']);
  });
});

describe('renderReport: images', () => {
  const image = {
    file: 'a1b2c3d4e5f6a7b8c9d0.webp',
    fallback: 'a1b2c3d4e5f6a7b8c9d0.png',
    width: 640,
    height: 360,
    alt: '案件办理情况',
  };
  const options = { images: [image], imageUrl: (file: string) => `/reports/130705-2023/${file}` };

  it('shows an archived image as <picture>: WebP and its fallback, width, height, alt text, loaded lazily', () => {
    const { html } = renderReport(`见下图：\n\n![案件办理情况 <2023>](../assets/${image.file})\n`, options);
    expect(html).toContain(
      '<picture class="fz-report-image"><source srcset="/reports/130705-2023/a1b2c3d4e5f6a7b8c9d0.webp" type="image/webp">' +
        '<img src="/reports/130705-2023/a1b2c3d4e5f6a7b8c9d0.png" alt="案件办理情况 &lt;2023&gt;" width="640" height="360" loading="lazy" decoding="async"></picture>',
    );
  });
  it('shows any other image as its alt text only: remote, data:, not archived with this report, or no image list', () => {
    const others = [
      '![远程](http://www.gov.cn/a.png)',
      '![协议相对](//cdn.example.com/a.png)',
      '![内嵌](data:image/png;base64,AAAA)',
      '![别的报告的图](../assets/ffffffffffffffffffff.webp)',
      '![路径](/reports/x/a1b2c3d4e5f6a7b8c9d0.webp)',
    ];
    for (const markdown of others) {
      const { html } = renderReport(markdown, options);
      expect(html, markdown).not.toMatch(/<img|<picture|<source|src=/);
      expect(html).toContain(/!\[(.+)\]/.exec(markdown)![1]);
    }
    expect(renderReport(`![案件办理情况](../assets/${image.file})`).html).not.toMatch(/<img|<picture/);
  });
});
