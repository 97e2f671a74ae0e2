import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { ingestCapture } from '../../../src/lib/ingest/ingest.ts';
import { isTraditional, sameText } from '../../../src/lib/chinese-script/script.ts';
import { RAW_SAMPLE } from '../../helpers/paths.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('Traditional-script captures', () => {
  for (const file of ['004_76eef8faab654823.txt', '000_100d2f81db6a0f61.txt']) {
    it(`reads a Traditional copy of ${file} like the original and keeps its script`, () => {
      const simplified = readFileSync(join(RAW_SAMPLE, file), 'utf8');
      const traditional = toTraditional(simplified);
      expect(isTraditional(traditional)).toBe(true);
      expect(isTraditional(simplified)).toBe(false);

      const a = ingestCapture({ file, bytes: Buffer.from(simplified) });
      const b = ingestCapture({ file: `tw-${file}`, bytes: Buffer.from(traditional) });
      // A Big5 gateway copy: Traditional text in Big5 bytes (characters Big5 lacks become ?).
      const c = ingestCapture({ file: `big5-${file}`, bytes: iconv.encode(traditional, 'big5') });
      if (a.status === 'rejected' || b.status === 'rejected' || c.status === 'rejected') {
        throw new Error([...a.reasons, ...b.reasons, ...c.reasons].join('; '));
      }
      expect(c.report.title).toBe(b.report.title);
      expect(c.report.divisionCode).toBe(a.report.divisionCode);
      expect(c.reasons.join()).toMatch(/decoded as big5/);

      for (const field of [
        'id',
        'divisionCode',
        'jurisdiction',
        'level',
        'year',
        'publishedAt',
        'signedAt',
        'issuerType',
      ] as const) {
        expect(b.report[field], field).toEqual(a.report[field]);
      }
      expect(b.report.title).toBe(toTraditional(a.report.title));
      expect(b.report.issuer).toBe(a.report.issuer && toTraditional(a.report.issuer));
      expect(b.report.sections?.map((s) => s.kind)).toEqual(a.report.sections?.map((s) => s.kind));
      expect(b.body).toBe(toTraditional(a.body));
      expect(b.reasons.join()).toMatch(/Traditional-script capture/);
    });
  }
});

describe('sameText', () => {
  it('matches a report with its Traditional copy, converter quirks (着/著) included', () => {
    const simplified = readFileSync(join(RAW_SAMPLE, '002_744dcdb32919324b.txt'), 'utf8');
    expect(simplified).toContain('着力');
    expect(sameText(simplified, toTraditional(simplified))).toBe(true);
  });
  it('does not match different or longer texts', () => {
    expect(sameText('全年办理行政复议案件23件。', '全年办理行政复议案件32件。')).toBe(false);
    expect(sameText('全年办理行政复议案件23件。', '全年办理行政复议案件23件。另有诉讼7件。')).toBe(false);
  });
});
