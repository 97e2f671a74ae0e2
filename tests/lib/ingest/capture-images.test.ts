import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectory, ingestDirectoryWithImages, type IngestEntry } from '../../../src/lib/ingest/directory.ts';
import { parseReportFile } from '../../../src/lib/report-file/report-file.ts';
import { reportSchema, type Report } from '../../../src/lib/schema/report.ts';

/** HTML captures saved with their files, images made by sharp here; ingested through the folder. */

const work = mkdtempSync(join(tmpdir(), 'capture-images-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } });

const page = (
  title: string,
  body: string,
  signer: string,
) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="./x_files/site.css"></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="#">法治政府建设</a></div>
<h1>${title}</h1><div class="info">发布时间：2024-03-15</div>
<div class="content">${body}
<p>${signer}</p><p>2024年3月10日</p></div>
<div class="footer"><p>主办单位：${signer}办公室</p></div></body></html>`;

let entries: IngestEntry[];
let content: string;
const reportOf = (id: string, province: string): { report: Report; body: string } => {
  const { data, body } = parseReportFile(readFileSync(join(content, 'reports', province, `${id}.md`), 'utf8'));
  return { report: reportSchema.parse(data), body };
};
const entryOf = (file: string) => entries.find((e) => e.file === file)!;

beforeAll(async () => {
  const raw = join(work, 'raw');
  content = join(work, 'content');
  mkdirSync(join(raw, 'x_files'), { recursive: true });
  mkdirSync(join(raw, 'scan'), { recursive: true });
  await solid(500, 300)
    .png()
    .toFile(join(raw, 'x_files', '图 1.png'));
  await solid(1800, 1200)
    .jpeg()
    .toFile(join(raw, 'x_files', 'photo.jpg'));
  await solid(120, 80)
    .gif()
    .toFile(join(raw, 'x_files', 'anim.gif'));
  writeFileSync(join(raw, 'x_files', 'broken.png'), (await solid(100, 100).png().toBuffer()).subarray(0, 60));
  writeFileSync(join(raw, 'x_files', 'site.css'), 'body{color:#000}');
  await solid(90, 90).png().toFile(join(work, 'outside.png'));
  symlinkSync(join(work, 'outside.png'), join(raw, 'x_files', 'link-out.png'));
  await solid(90, 90).png().toFile(join(raw, 'beside.png'));
  writeFileSync(
    join(raw, 'x.html'),
    page(
      '宣化区2023年法治政府建设年度报告',
      `<p>2023年，宣化区深入贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下：</p>
<p>一、主要举措和成效</p>
<p>全年审查重大行政决策事项12件，规范性文件8件，案件办理情况见下图：</p>
<p><img src="./x_files/%E5%9B%BE%201.png" alt="2023年案件办理情况"></p>
<p><img src="x_files/photo.jpg" alt="培训现场"><img src="x_files/anim.gif" alt="宣传动画"></p>
<p><img src="x_files/broken.png" alt="损坏的图片"></p>
<p><img src="x_files/link-out.png" alt="链接到外面"></p>
<p><img src="beside.png" alt="文件夹外"></p>
<p><img src="http://www.xuanhua.gov.cn/pic/1.jpg" alt="远程图片"></p>
<p>（一）深化“放管服”改革。全面推行证明事项告知承诺制，清理规范行政审批中介服务事项，政务服务事项网上可办率达到百分之九十八以上，企业开办时间压缩至一个工作日以内。</p>
<p>（二）严格规范公正文明执法。全面落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，组织全区行政执法人员开展专业法律知识培训和考试，持证上岗率达到百分之百。</p>
<p>（三）依法有效化解社会矛盾纠纷。完善行政复议与行政诉讼衔接机制，全年办理行政复议案件二十三件，行政机关负责人出庭应诉率达到百分之百，人民调解组织调处各类纠纷一千二百余件，调解成功率百分之九十八。</p>
<p>（四）加强法治宣传教育。深入实施“八五”普法规划，落实“谁执法谁普法”普法责任制，组织开展宪法宣传周、民法典宣传月等主题活动八十余场，建成区级法治文化公园一个、法治文化阵地三十二处，全区公民法治素养进一步提升。</p>
<p>二、存在的不足和原因</p><p>基层法治力量仍然薄弱，执法人员专业素质有待提高，部分单位对法治政府建设重视程度不够，依法行政意识有待进一步增强。</p>`,
      '张家口市宣化区人民政府',
    ),
  );
  // A scanned report: one covering sentence, then its pages as images.
  for (const n of [1, 2, 3])
    await solid(1000, 1400 + n)
      .jpeg()
      .toFile(join(raw, 'scan', `p${n}.jpg`));
  writeFileSync(
    join(raw, 'scan.html'),
    page(
      '浚县2023年法治政府建设年度报告',
      `<p>现将浚县2023年法治政府建设情况报告如下，全文见附件扫描件。</p>
<p><img src="scan/p1.jpg" alt="第1页"></p><p><img src="scan/p2.jpg" alt="第2页"></p><p><img src="scan/p3.jpg" alt="第3页"></p>`,
      '浚县人民政府',
    ),
  );
  entries = (await ingestDirectoryWithImages(raw, content)).entries;
}, 60_000);

// Encoding a dozen images takes seconds on a shared 2-core machine.
describe('an HTML capture saved with its files', { timeout: 60_000 }, () => {
  it('publishes the report with its PNG, JPEG and GIF images, in the text where they stood, with their alt text', () => {
    const { report, body } = reportOf('130705-2023', '河北省');
    expect(report.images?.map((i) => [i.alt, i.width, i.height, i.fallback.slice(-3)])).toEqual([
      ['2023年案件办理情况', 500, 300, 'png'],
      ['培训现场', 1200, 800, 'jpg'],
      ['宣传动画', 120, 80, 'png'],
    ]);
    for (const image of report.images!) {
      expect(body).toContain(`![${image.alt}](../assets/${image.file})`);
      expect(existsSync(join(content, 'reports', 'assets', image.file))).toBe(true);
      expect(existsSync(join(content, 'reports', 'assets', image.fallback))).toBe(true);
    }
    expect(body.indexOf('2023年案件办理情况')).toBeGreaterThan(body.indexOf('案件办理情况见下图'));
    expect(body.indexOf('2023年案件办理情况')).toBeLessThan(body.indexOf('二、存在的不足'));
  });
  it('drops a corrupt image, a link out of the folder, a file outside the folder and a remote URL, each named in a warning', () => {
    const entry = entryOf('x.html');
    expect(entry.status).toBe('warning');
    const warnings = entry.reasons.join('\n');
    expect(warnings).toMatch(/image "x_files\/broken.png" not archived: not a readable image/);
    expect(warnings).toMatch(/image "x_files\/link-out.png" not archived: symbolic link to .*outside the input folder/);
    expect(warnings).toMatch(/image "beside.png" not archived: not inside the capture's files folder/);
    expect(warnings).toMatch(/image "http:\/\/www.xuanhua.gov.cn\/pic\/1.jpg" not archived: a remote image/);
    const { body } = reportOf('130705-2023', '河北省');
    expect(body).not.toMatch(/xuanhua\.gov\.cn|beside\.png|link-out|broken\.png/);
    // What the reader saw is still there, as text.
    expect(body).toContain('（图片：远程图片）');
    expect(body).toContain('（图片：损坏的图片）');
  });
  it('lists every file of the files folder in the ingest report: archived images with their report, the rest with why', () => {
    expect(entryOf('x_files/图 1.png')).toMatchObject({ status: 'ok', reportId: '130705-2023' });
    expect(entryOf('x_files/photo.jpg')).toMatchObject({ status: 'ok', reportId: '130705-2023' });
    expect(entryOf('x_files/site.css')).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/saved with x.html: not an image of the report text/)],
    });
    expect(entryOf('x_files/broken.png')).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/cannot be archived/)],
    });
    expect(entryOf('x_files/link-out.png').status).toBe('rejected');
    // Not a capture, and not part of a page's files: rejected as before, never ingested as a report.
    expect(entryOf('beside.png')).toMatchObject({
      status: 'rejected',
      reasons: [expect.stringMatching(/not a capture/)],
    });
    expect(readFileSync(join(content, 'ingest-report.json'), 'utf8')).toContain('x_files/site.css');
  });
  it('publishes a report that is mostly scanned images, with a warning saying so', () => {
    const { report } = reportOf('410621-2023', '河南省');
    expect(report.mostlyImages).toBe(true);
    expect(report.images).toHaveLength(3);
    expect(entryOf('scan.html').reasons.join('\n')).toMatch(/mostly images \(3 images/);
    expect(entryOf('x.html').reasons.join('\n')).not.toMatch(/mostly images/);
    expect(reportOf('130705-2023', '河北省').report.mostlyImages).toBeUndefined();
  });
  it('writes the same image files, byte for byte, when run again', async () => {
    const again = join(work, 'content-again');
    await ingestDirectoryWithImages(join(work, 'raw'), again);
    const { report } = reportOf('130705-2023', '河北省');
    for (const image of report.images!) {
      for (const file of [image.file, image.fallback]) {
        expect(
          readFileSync(join(again, 'reports', 'assets', file)).equals(
            readFileSync(join(content, 'reports', 'assets', file)),
          ),
        ).toBe(true);
      }
    }
  });
  it('without archived images (the synchronous ingest alone), publishes the text and says the images were not archived', () => {
    const other = join(work, 'content-sync');
    const sync = ingestDirectory(join(work, 'raw'), other).entries;
    expect(sync.find((e) => e.file === 'x.html')!.reasons.join('\n')).toMatch(
      /image "x_files\/photo.jpg" not archived: images were not archived in this run/,
    );
    expect(existsSync(join(other, 'reports', 'assets'))).toBe(false);
  });
});
