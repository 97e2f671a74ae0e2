import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-three: general rules from slice W's misses (tests/fixtures/real, split `untried`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a joint heading broken over lines', () => {
  it('joins two bodies over their subject broken in two (`中共汨罗市委` / `汨罗市人民政府` / `关于…的` / `报 告`, w131)', () => {
    const page = `中共汨罗市委\n中共汨罗市委\n汨罗市人民政府\n关于汨罗市2023年度法治政府建设工作情况的\n报 告\n中共岳阳市委、岳阳市人民政府:\n2023年,在岳阳市委市政府的正确领导下,汨罗市委市政府始终坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将2023年度法治政府建设情况报告如下:\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://app.miluo.gov.cn/1.html'))).toMatchObject({
      title: '中共汨罗市委 汨罗市人民政府关于汨罗市2023年度法治政府建设工作情况的报告',
      issuer: '中共汨罗市委 汨罗市人民政府',
      divisionCode: '430681',
    });
  });
});

describe('a zone’s publisher as its issuer', () => {
  const page = (name: string, title: string) =>
    `当前位置:首页> 政务公开> 最新文件\n名  称: ${title}\n索引号: 8080-11018-2024-00003\n发布机构: ${name}\n成文日期: 2023-12-31\n发文日期: 2024-01-02\n${title}\n2023年,开发区管委会坚持以习近平法治思想为指导,${PROSE}现将法治政府建设情况报告如下:\n一、法治政府建设实施纲要落实情况\n${PROSE}${PROSE}`;
  it('takes `发布机构: 天津经济技术开发区` the title names after its year (w121)', () => {
    const report = published(
      ingest(
        page('天津经济技术开发区', '2023年天津经济技术开发区法治政府建设情况报告'),
        'https://www.tjbh.gov.cn/1.html',
      ),
    );
    expect(report.issuer).toBe('天津经济技术开发区');
  });
  it('takes `发布机构: 天津东疆综合保税区` the title names without its city (`东疆综合保税区2023年…`, w120)', () => {
    const report = published(
      ingest(page('天津东疆综合保税区', '东疆综合保税区2023年法治政府建设工作报告'), 'https://www.tjbh.gov.cn/1.html'),
    );
    expect(report.issuer).toBe('天津东疆综合保税区');
  });
  it('takes no department the title does not name (`发布机构: 滨海新区司法局` over a zone’s title)', () => {
    const report = published(
      ingest(page('滨海新区司法局', '2023年天津经济技术开发区法治政府建设情况报告'), 'https://www.tjbh.gov.cn/1.html'),
    );
    expect(report.issuer).toBeUndefined();
  });
});
