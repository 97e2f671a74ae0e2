import { experimental_AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Provenance from '../../../src/components/Provenance/Provenance.astro';
import type { Report } from '../../../src/lib/schema/report.ts';
import { HOSTILE_URLS, linkTargets, runnableAttributes } from '../../helpers/rendered-links.ts';
import { anning } from '../../lib/site/sample-reports.ts';

const ORIGINAL = 'https://www.ynanning.gov.cn/zwgk/fzzfjs/202201/t20220120_1.html';
const MIRROR = 'https://www.km.gov.cn/c/2022-01-21/4300000.shtml';
const digest = 'a'.repeat(64);

/**
 * 来源与校验 links the original page and the other captures' pages. The schema refuses every
 * address but http(s), and the component checks again where it makes the href: these reports
 * are handed to it directly, as a path into the collection that skipped the schema would.
 */
describe('Provenance with addresses that bypassed the schema', () => {
  const render = async (report: Report) =>
    (await experimental_AstroContainer.create()).renderToString(Provenance, { props: { report } });

  it.each(HOSTILE_URLS)('links neither the original nor a copy at %j, and still links https', async (hostile) => {
    const html = await render({
      ...anning.data,
      sourceUrl: hostile,
      alsoFrom: [
        { sourceFile: 'mirror-a.html', sourceSha256: digest, sourceUrl: hostile },
        { sourceFile: 'mirror-b.html', sourceSha256: digest, sourceUrl: MIRROR },
      ],
    });
    expect(runnableAttributes(html)).toEqual([]);
    expect(html).not.toContain('<script>');
    expect(linkTargets(html)).toEqual([MIRROR]);
    // The refused address is shown as text, escaped, so a reader sees what was recorded.
    expect(html).toContain('记录的地址不是 http/https 网址，不作链接');
  });

  it('links an https original and copy', async () => {
    const html = await render({
      ...anning.data,
      sourceUrl: ORIGINAL,
      alsoFrom: [{ sourceFile: 'mirror-b.html', sourceSha256: digest, sourceUrl: MIRROR }],
    });
    expect(linkTargets(html)).toEqual([ORIGINAL, MIRROR]);
  });
});
