import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCapture } from '../../../src/lib/ingest/ingest.ts';
import { readLabels } from '../../../src/lib/ingest/labels.ts';
import { RAW_SAMPLE, SEED_LABELS } from '../../helpers/paths.ts';

const labels = readLabels(SEED_LABELS);

describe('ingest of the five seed captures against labels.tsv', () => {
  it('has all five labelled seeds in the sample folder', () => {
    expect(labels).toHaveLength(5);
  });

  for (const label of labels) {
    it(`extracts every labelled field of ${label.file}`, () => {
      const outcome = ingestCapture({ file: label.file!, bytes: readFileSync(join(RAW_SAMPLE, label.file!)) });
      expect(outcome.status, outcome.reasons.join('; ')).toBe('ok');
      if (outcome.status === 'rejected') return;
      const r = outcome.report;
      const absentOr = (value: string | undefined) => (value === '' ? undefined : value);

      if (label.title) {
        expect(r.title).toBe(label.title);
        expect(r.titleSynthesized).toBeUndefined();
      } else {
        expect(r.titleSynthesized).toBe(true);
        expect(r.title).toBe(`${label.jurisdiction}${label.year}年法治政府建设年度报告`);
      }
      expect(r.divisionCode).toBe(label.divisionCode);
      expect(r.jurisdiction).toBe(label.jurisdiction);
      expect(r.region).toEqual(label.region!.split('/'));
      expect(r.level).toBe(label.level);
      expect(r.issuer).toBe(absentOr(label.issuer));
      expect(r.year).toBe(Number(label.year));
      expect(r.publishedAt).toBe(absentOr(label.publishedAt));
      expect(r.indexNumber).toBe(absentOr(label.indexNumber));
      expect(r.signedAt).toBe(absentOr(label.signedAt));
      expect(r.sourceName).toBe(absentOr(label.sourceName));
    });
  }
});

/** Every line of prose in a capture (a sentence of the report) must survive into the body. */
describe('nothing of the report is lost', () => {
  const unescapeMarkdown = (markdown: string) => markdown.replace(/\\(.)/g, '$1');
  for (const label of labels) {
    it(`keeps every sentence of ${label.file}`, () => {
      const raw = readFileSync(join(RAW_SAMPLE, label.file!), 'utf8');
      const outcome = ingestCapture({ file: label.file!, bytes: Buffer.from(raw) });
      if (outcome.status === 'rejected') throw new Error(outcome.reasons.join('; '));
      const body = unescapeMarkdown(outcome.body);
      const sentences = raw
        .split(/\n/)
        .map((line) => line.trim())
        .filter((line) => /[，。；,;]/.test(line) && !/发布|来源|索引号|ICP|公网安备/.test(line))
        .flatMap((line) => line.split(/(?<=[。；！？])/))
        .map((s) => s.replace(/^(\d{1,2})\s*[.、．]\s*/, '').trim())
        .filter((s) => s.length > 0);
      expect(sentences.length).toBeGreaterThan(10);
      for (const sentence of sentences) expect(body).toContain(sentence);
      // …and the signature block stays with the report.
      if (label.signedAt) expect(body).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\s*$/);
    });
  }

  it('drops the page chrome of the seeds', () => {
    const bodies = labels.map((label) => {
      const outcome = ingestCapture({ file: label.file!, bytes: readFileSync(join(RAW_SAMPLE, label.file!)) });
      return outcome.status === 'rejected' ? '' : outcome.body;
    });
    const all = bodies.join('\n');
    for (const chrome of [
      '无障碍浏览',
      '长者模式',
      '当前位置',
      '首页 >',
      '字号',
      '扫一扫',
      '分享到',
      '打印本页',
      '关闭窗口',
      'ICP备',
      '公网安备',
      '网站标识码',
      '全国各省市政府网站',
      '重点链接',
      '法治政府建设年报\n',
    ]) {
      expect(all, chrome).not.toContain(chrome);
    }
  });
});
