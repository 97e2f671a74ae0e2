import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../../src/lib/ingest/chrome.ts';
import { readPage } from '../../../src/lib/ingest/page.ts';
import { normalizeLines } from '../../../src/lib/ingest/text.ts';

describe('isChromeLine', () => {
  const chrome = [
    '无障碍浏览 长者模式',
    '当前位置:胡家园街> 政务公开> 最新文件',
    '您所在的位置：首页 > 政务公开 > 规划计划',
    '首页 > 政务公开 > 区政府信息公开目录 > 法治政府建设年度报告',
    '首页->政务公开->工作报告',
    '字号:',
    '字体:【大 中 小】',
    '字號: 默認 超大 | 打印 |',
    '• 扫一扫在手机打开当前页',
    '分享到:',
    '【打印本页】 【关闭窗口】',
    '粤ICP备12001664号网站标识码:4403040003 粤公网安备 44030402002541号',
    '京公网安备 11010502030000号',
    '主办单位：某某区人民政府办公室',
    '版权所有：某某区人民政府',
    '点击数: 人次',
    '浏览量：1024',
    '繁体 | 简体',
    '返回顶部',
  ];
  for (const line of chrome) it(`treats “${line}” as chrome`, () => expect(isChromeLine(line)).toBe(true));

  const text = [
    '一、2021年度法治政府建设的主要举措和成效',
    '开展“12.4”国家宪法日宣传、民法典宣传等各类法治主题宣传40余场次,发放各类宣传手册共计10000余份。',
    '积极发挥政府网站政务公开主战场作用,严格按照政务公开栏目定期发布各项信息。',
    '安宁市人民政府八街街道办事处',
    '2022年1月20日',
  ];
  for (const line of text)
    it(`keeps “${line.slice(0, 20)}…” as report text`, () => expect(isChromeLine(line)).toBe(false));
});

describe('readPage', () => {
  const capture = [
    '无障碍浏览 长者模式',
    '您所在的位置：首页 > 政务公开 > 工作报告',
    '工作报告',
    '某某镇2023年法治政府建设年度报告',
    '发布时间：2024-03-01 10:22:31    来源：某某县司法局    浏览量：12',
    '字体：【大 中 小】  打印本页',
    '',
    '　　2023年，某某镇在县委县政府的坚强领导下，深入学习贯彻习近平法治思想，现将有关情况报告如下：',
    '　　一、主要举措和成效',
    '　　（一）加强组织领导。镇党委定期研究法治建设工作，主要负责人带头打印并学习法律法规汇编。',
    '　　二、存在的不足',
    '　　一是部分干部法治意识有待提高。',
    '　　某某镇人民政府',
    '　　2024年2月26日',
    '',
    '【打印本页】 【关闭窗口】',
    '相关链接',
    '某某县人民政府',
    '某某市人民政府',
    '苏ICP备00000000号 苏公网安备 32000000000000号 网站标识码：3200000001',
  ].join('\n');
  const page = readPage(normalizeLines(capture));

  it('finds the title among header lines, not the column name', () => {
    expect(page.title).toBe('某某镇2023年法治政府建设年度报告');
  });
  it('reads publication date and source from a run-together metadata line', () => {
    expect(page.publishedAt).toBe('2024-03-01');
    expect(page.sourceName).toBe('某某县司法局');
  });
  it('reads the signature block and the site code', () => {
    expect(page.issuer).toBe('某某镇人民政府');
    expect(page.signedAt).toBe('2024-02-26');
    expect(page.siteCode).toBe('3200000001');
  });
  it('keeps the report from its first sentence to its signature, chrome excluded', () => {
    const body = page.bodyLines.filter(Boolean);
    expect(body[0]).toMatch(/^2023年，某某镇/);
    expect(body.at(-1)).toBe('2024年2月26日');
    expect(body.join('\n')).toContain('主要负责人带头打印并学习法律法规汇编');
    expect(body.join('\n')).not.toMatch(/打印本页|关闭窗口|相关链接|ICP|某某市人民政府/);
  });
});
