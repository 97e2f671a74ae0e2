import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/lib/schema/report.ts';
import { safeHttpUrl } from '../../../src/lib/schema/url.ts';

/** Links that a browser would run, open locally, or use to mislead, written as captures write them. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001f javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\u0000:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'FILE://C:/Windows/win.ini',
  '//evil.example/page',
  '/reports/x/',
  'www.gov.cn/a.html',
  'ftp://ftp.example.gov.cn/a.txt',
  'blob:https://www.gov.cn/1234',
  'https://www.gov.cn@evil.example/',
  'https://user:secret@www.gov.cn/',
  'https://',
  '',
  '   ',
];

describe('safeHttpUrl', () => {
  it.each(HOSTILE)('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://www.gov.cn/'], new URL('https://www.gov.cn/')]) {
      expect(safeHttpUrl(value)).toBeUndefined();
    }
  });

  it('accepts http and https in any case, trimmed and in their standard form', () => {
    expect(safeHttpUrl('https://www.anning.gov.cn/fzzf/2022/0120.html')).toBe(
      'https://www.anning.gov.cn/fzzf/2022/0120.html',
    );
    expect(safeHttpUrl('  HTTP://WWW.Example.GOV.cn/a?b=1&c=2#x \n')).toBe('http://www.example.gov.cn/a?b=1&c=2#x');
    expect(safeHttpUrl('\u0000https://www.gov.cn')).toBe('https://www.gov.cn/');
  });

  it('percent-encodes characters that could leave an attribute or a tag', () => {
    const url = safeHttpUrl('https://www.gov.cn/a"><script>alert(1)</script>')!;
    expect(url).toBe('https://www.gov.cn/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    expect(url).not.toMatch(/[<>"'\s]/);
  });

  it('keeps Chinese paths and hosts readable by the standard (punycode host, encoded path)', () => {
    expect(safeHttpUrl('https://政府.中国/报告.html')).toBe('https://xn--mxtq1m.xn--fiqs8s/%E6%8A%A5%E5%91%8A.html');
  });
});

describe('report schema source links', () => {
  const report = {
    id: '530181003-2021',
    title: '安宁市连然街道2021年法治政府建设年度报告',
    jurisdiction: '连然街道',
    divisionCode: '530181003',
    region: ['云南省', '昆明市', '安宁市', '连然街道'],
    level: 'township',
    issuerType: 'government',
    year: 2021,
    sourceFile: 'a.txt',
    sourceSha256: 'a'.repeat(64),
  };

  it('refuses a report whose sourceUrl is not http(s)', () => {
    for (const sourceUrl of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/',
    ]) {
      const result = reportSchema.safeParse({ ...report, sourceUrl });
      expect(result.success, sourceUrl).toBe(false);
    }
  });

  it('refuses a merged source whose sourceUrl is not http(s)', () => {
    const result = reportSchema.safeParse({
      ...report,
      alsoFrom: [{ sourceFile: 'b.txt', sourceSha256: 'b'.repeat(64), sourceUrl: 'javascript:alert(document.cookie)' }],
    });
    expect(result.success).toBe(false);
  });

  it('accepts http(s) links and stores them in their standard form', () => {
    const result = reportSchema.parse({
      ...report,
      sourceUrl: ' HTTPS://www.Anning.gov.cn/a.html',
      alsoFrom: [{ sourceFile: 'b.txt', sourceSha256: 'b'.repeat(64), sourceUrl: 'http://mirror.example.cn/a.html' }],
    });
    expect(result.sourceUrl).toBe('https://www.anning.gov.cn/a.html');
    expect(result.alsoFrom![0]!.sourceUrl).toBe('http://mirror.example.cn/a.html');
  });
});
