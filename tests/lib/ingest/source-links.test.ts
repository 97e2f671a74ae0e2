import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../../src/lib/ingest/directory.ts';
import { parseReportFile } from '../../../src/lib/report-file/report-file.ts';
import { RAW_SAMPLE } from '../../helpers/paths.ts';

const SEED = '004_76eef8faab654823.txt';

describe('source links from sidecars', () => {
  it('drops a link that is not http(s) with a warning, publishes the report, and keeps good links', () => {
    const root = mkdtempSync(join(tmpdir(), 'links-'));
    const input = join(root, 'raw');
    const content = join(root, 'content');
    mkdirSync(input);
    copyFileSync(join(RAW_SAMPLE, SEED), join(input, SEED));
    writeFileSync(
      join(input, SEED.replace('.txt', '.meta.json')),
      JSON.stringify({ sourceUrl: 'javascript:alert(1)', capturedAt: 7 }),
    );
    // Two more downloads of the same page: merged into the report as other sources.
    copyFileSync(join(RAW_SAMPLE, SEED), join(input, 'mirror_a.txt'));
    writeFileSync(
      join(input, 'mirror_a.meta.json'),
      JSON.stringify({ sourceUrl: ' \u0000JaVa\tScRiPt:alert(document.domain)' }),
    );
    copyFileSync(join(RAW_SAMPLE, SEED), join(input, 'mirror_b.txt'));
    writeFileSync(join(input, 'mirror_b.meta.json'), JSON.stringify({ sourceUrl: 'HTTPS://www.szft.gov.cn/a.html' }));
    copyFileSync(join(RAW_SAMPLE, SEED), join(input, 'mirror_c.txt'));
    writeFileSync(join(input, 'mirror_c.meta.json'), JSON.stringify({ sourceUrl: '&#106;avascript:alert(1)' }));

    const { entries } = ingestDirectory(input, content);
    const byFile = Object.fromEntries(entries.map((e) => [e.file, e]));
    for (const file of [SEED, 'mirror_a.txt', 'mirror_c.txt']) {
      expect(byFile[file]!.status, file).toBe('warning');
      expect(byFile[file]!.reasons.join('\n'), file).toMatch(
        /sidecar sourceUrl .* dropped: not an absolute http\(s\) URL/,
      );
    }
    expect(byFile[SEED]!.reasons.join('\n')).toMatch(/sidecar capturedAt dropped/);
    expect(JSON.parse(readFileSync(join(content, 'ingest-report.json'), 'utf8'))).toEqual(entries);

    const text = readFileSync(join(content, byFile[SEED]!.output!), 'utf8');
    expect(text).not.toMatch(/script:|&#106;/i);
    const report = parseReportFile(text).data as {
      sourceUrl?: string;
      alsoFrom: Array<{ sourceFile: string; sourceUrl?: string }>;
    };
    expect(report.sourceUrl).toBeUndefined();
    expect(report.alsoFrom).toEqual([
      expect.objectContaining({ sourceFile: 'mirror_a.txt' }),
      expect.objectContaining({ sourceFile: 'mirror_b.txt', sourceUrl: 'https://www.szft.gov.cn/a.html' }),
      expect.objectContaining({ sourceFile: 'mirror_c.txt' }),
    ]);
    expect(report.alsoFrom[0]!.sourceUrl).toBeUndefined();
    expect(report.alsoFrom[2]!.sourceUrl).toBeUndefined();
  });
});
