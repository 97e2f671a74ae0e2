import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectory, type IngestEntry } from '../../../src/lib/ingest/directory.ts';
import { parseReportFile } from '../../../src/lib/report-file/report-file.ts';
import * as OpenCC from 'opencc-js/cn2t';
import { RAW_SAMPLE } from '../../helpers/paths.ts';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix = '') => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(d, name.name), `${prefix}${name.name}/`);
      else out[`${prefix}${name.name}`] = readFileSync(join(d, name.name), 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('ingestDirectory', () => {
  let input: string;
  let content: string;
  let entries: IngestEntry[];

  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'ingest-'));
    input = join(root, 'raw');
    content = join(root, 'content');
    mkdirSync(input);
    mkdirSync(content);
    for (const file of readdirSync(RAW_SAMPLE)) copyFileSync(join(RAW_SAMPLE, file), join(input, file));
    // Bad input is normal input: each of these must be listed with a reason.
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    writeFileSync(join(input, 'page.html'), '<html><body>法治政府</body></html>');
    writeFileSync(join(input, 'notes.md'), '# notes');
    writeFileSync(join(input, 'huge.html'), Buffer.alloc(50 * 1024 * 1024, '法'));
    const cut = readFileSync(join(RAW_SAMPLE, '003_6db6965e692f1db7.txt'));
    writeFileSync(join(input, 'truncated.txt'), cut.subarray(0, Math.floor(cut.length * 0.6)));
    const early = readFileSync(join(RAW_SAMPLE, '000_100d2f81db6a0f61.txt'));
    writeFileSync(join(input, '0000_cut_first.txt'), early.subarray(0, Math.floor(early.length * 0.7)));
    writeFileSync(join(input, 'orphan.meta.json'), '{"sourceUrl":"https://example.gov.cn/a.html"}');
    copyFileSync(join(RAW_SAMPLE, '004_76eef8faab654823.txt'), join(input, 'zz_mirror_copy.txt'));
    copyFileSync(join(RAW_SAMPLE, '004_76eef8faab654823.txt'), join(input, 'zz_mirror_copy_2.txt'));
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    writeFileSync(
      join(input, 'zz_tw_mirror.txt'),
      toTraditional(`繁體 | 簡體\n${readFileSync(join(RAW_SAMPLE, '002_744dcdb32919324b.txt'), 'utf8')}`),
    );
    writeFileSync(
      join(input, '000_100d2f81db6a0f61.meta.json'),
      '{"sourceUrl":"https://www.anning.gov.cn/fzzf/2022/0120.html","capturedAt":"2026-05-01T08:00:00Z"}',
    );
    writeFileSync(
      join(input, 'disclosure.txt'),
      '某某区2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况等内容。\n',
    );
    writeFileSync(
      join(input, 'nowhere.txt'),
      '2021年法治政府建设年度报告\n一、主要举措\n我们认真贯彻落实各项要求，依法行政水平进一步提高，法治宣传深入开展，取得了明显成效。\n',
    );
    entries = ingestDirectory(input, content).entries;
  });

  it('lists every input file exactly once, sidecars with their capture', () => {
    const listed = entries.map((e) => e.file).sort();
    const inputs = readdirSync(input)
      .filter((f) => f !== '000_100d2f81db6a0f61.meta.json')
      .sort();
    expect(listed).toEqual(inputs);
    expect(JSON.parse(readFileSync(join(content, 'ingest-report.json'), 'utf8'))).toEqual(entries);
  });

  it('publishes the five seeds and explains every other file', () => {
    const byFile = Object.fromEntries(entries.map((e) => [e.file, e]));
    expect([...new Set(entries.filter((e) => e.status !== 'rejected').map((e) => e.reportId))].sort()).toEqual([
      '120116011-2022',
      '310110016-2024',
      '440304008-2020',
      '500110119-2021',
      '530181003-2021',
    ]);
    expect(byFile['empty.txt']!.reasons).toEqual(['empty file']);
    expect(byFile['image.txt']!.reasons[0]).toMatch(/binary/);
    expect(byFile['page.html']!.reasons[0]).toMatch(/no report text/);
    expect(byFile['notes.md']!.reasons[0]).toMatch(/not a capture/);
    expect(byFile['huge.html']!.reasons[0]).toMatch(/52428800 bytes, over the/);
    // A cut-short second download merges into the complete report, which stays published whole.
    expect(byFile['truncated.txt']).toMatchObject({ status: 'warning', reportId: '310110016-2024' });
    expect(byFile['truncated.txt']!.reasons.join()).toMatch(/cut short|truncated/);
    expect(byFile['truncated.txt']!.reasons.join()).toMatch(/duplicate of 003_6db6965e692f1db7\.txt/);
    expect(byFile['orphan.meta.json']!.reasons[0]).toMatch(/sidecar without a capture/);
    expect(byFile['zz_mirror_copy.txt']).toMatchObject({
      status: 'warning',
      reportId: '440304008-2020',
      output: byFile['004_76eef8faab654823.txt']!.output,
    });
    expect(byFile['zz_mirror_copy.txt']!.reasons[0]).toMatch(/duplicate of 004_76eef8faab654823\.txt .*merged/);
    expect(byFile['zz_tw_mirror.txt']).toMatchObject({ status: 'warning', reportId: '120116011-2022' });
    const merged = parseReportFile(
      readFileSync(join(content, byFile['004_76eef8faab654823.txt']!.output!), 'utf8'),
    ).data;
    expect(merged).toMatchObject({ sourceFile: '004_76eef8faab654823.txt' });
    expect((merged as { alsoFrom: Array<{ sourceFile: string }> }).alsoFrom.map((s) => s.sourceFile)).toEqual([
      'zz_mirror_copy.txt',
      'zz_mirror_copy_2.txt',
    ]);
    expect(byFile['disclosure.txt']!.reasons[0]).toMatch(/政府信息公开工作年度报告/);
    expect(byFile['nowhere.txt']!.reasons[0]).toMatch(/cannot place/);
    for (const entry of entries) {
      if (entry.status === 'rejected') expect(entry.reasons.length).toBeGreaterThan(0);
      else
        expect(entry.output).toBe(
          `reports/${readFileSync(join(content, entry.output!), 'utf8').match(/region:\n {2}- (\S+)/)![1]}/${entry.reportId}.md`,
        );
    }
  });

  it('publishes the most complete capture when a cut-short copy came first', () => {
    const byFile = Object.fromEntries(entries.map((e) => [e.file, e]));
    expect(byFile['0000_cut_first.txt']).toMatchObject({ status: 'warning', reportId: '530181003-2021' });
    expect(byFile['0000_cut_first.txt']!.reasons.join()).toMatch(
      /000_100d2f81db6a0f61\.txt is a more complete capture/,
    );
    const published = parseReportFile(readFileSync(join(content, 'reports/云南省/530181003-2021.md'), 'utf8'));
    expect(published.data).toMatchObject({
      sourceFile: '000_100d2f81db6a0f61.txt',
      alsoFrom: [{ sourceFile: '0000_cut_first.txt' }],
    });
    expect(published.body).toMatch(/2022年1月20日\n$/);
  });

  it('carries the sidecar into the report', () => {
    const text = readFileSync(join(content, 'reports/云南省/530181003-2021.md'), 'utf8');
    expect(parseReportFile(text).data).toMatchObject({
      sourceUrl: 'https://www.anning.gov.cn/fzzf/2022/0120.html',
      capturedAt: '2026-05-01T08:00:00Z',
      sourceFile: '000_100d2f81db6a0f61.txt',
    });
  });

  it('writes byte-identical output when run again', () => {
    const first = snapshot(content);
    ingestDirectory(input, content);
    expect(snapshot(content)).toEqual(first);
  });

  it('applies corrections from overrides.yaml over extracted values, and keeps them on re-ingest', () => {
    writeFileSync(join(content, 'overrides.yaml'), '310110016-2024:\n  issuer: 上海市杨浦区人民政府殷行街道办事处\n');
    const again = ingestDirectory(input, content).entries;
    const entry = again.find((e) => e.reportId === '310110016-2024')!;
    expect(entry.status).toBe('warning');
    expect(entry.reasons.join()).toMatch(/overrides\.yaml: issuer/);
    const text = readFileSync(join(content, entry.output!), 'utf8');
    expect(parseReportFile(text).data).toMatchObject({ issuer: '上海市杨浦区人民政府殷行街道办事处' });
  });

  it('records each correction in the frontmatter: field, extracted value (when there was one) and corrected value', () => {
    writeFileSync(
      join(content, 'overrides.yaml'),
      '310110016-2024:\n  issuer: 上海市杨浦区人民政府殷行街道办事处\n  title: 殷行街道2024年度法治政府建设工作情况报告\n  publishedAt: 2025-02-28\n',
    );
    const entry = ingestDirectory(input, content).entries.find((e) => e.reportId === '310110016-2024')!;
    const data = parseReportFile(readFileSync(join(content, entry.output!), 'utf8')).data as { corrections?: unknown };
    // The issuer was not found by the ingest; the title was; the date restates what was extracted, so it is no correction.
    expect(data.corrections).toEqual([
      { field: 'issuer', corrected: '上海市杨浦区人民政府殷行街道办事处' },
      {
        field: 'title',
        extracted: '2024年度殷行街道法治政府建设工作情况报告',
        corrected: '殷行街道2024年度法治政府建设工作情况报告',
      },
    ]);
    const other = ingestDirectory(input, content).entries.find((e) => e.reportId === '530181003-2021')!;
    expect(readFileSync(join(content, other.output!), 'utf8')).not.toContain('corrections');
  });
});

describe('the committed sample content', () => {
  it('is exactly what the ingest writes from content/raw today', () => {
    const out = mkdtempSync(join(tmpdir(), 'sample-'));
    ingestDirectory(RAW_SAMPLE, out);
    const committed = snapshot(join(RAW_SAMPLE, '..', 'reports'));
    const fresh = snapshot(join(out, 'reports'));
    expect(Object.keys(fresh).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, text] of Object.entries(fresh))
      expect(committed[file], `content/reports/${file} is stale: run npm run ingest`).toBe(text);
    expect(readFileSync(join(out, 'ingest-report.json'), 'utf8')).toBe(
      readFileSync(join(RAW_SAMPLE, '..', 'ingest-report.json'), 'utf8'),
    );
  });
});
