import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/build/build.ts';
import type { ArchiveIndex } from '../../../src/lib/search/web/engine.ts';
import { runSearch, type SearchOutcome } from '../../../src/lib/search/web/query.ts';
import { parseSearchState } from '../../../src/lib/site/search-state.ts';
import { openIndex } from './corpus.ts';

/**
 * Choosing sections (报告包含的部分) restricts the matches to text inside sections of those
 * kinds. A corpus where that must give fewer matches than the unscoped query: 热线 is in
 * 成效 in one report, in 存在的不足 in another, in the title and opening of a third that has
 * no 存在的不足 section at all.
 */

const MEASURES = '主要举措和成效';
const SHORTCOMINGS = '存在的不足和原因';
const PLANS = '下一年度工作安排';

interface Draft {
  id: string;
  code: string;
  region: string[];
  level: 'county' | 'township';
  title: string;
  /** Section headings with their kind and text; `opening` before them. */
  opening: string;
  sections: Array<{ heading: string; kind: 'measures' | 'shortcomings' | 'plans'; text: string }>;
}

const REPORTS: Draft[] = [
  {
    id: '310110016-2023',
    code: '310110016',
    region: ['上海市', '杨浦区', '殷行街道'],
    level: 'township',
    title: '殷行街道2023年度法治政府建设情况报告',
    opening: '2023年殷行街道依法行政。',
    sections: [
      { heading: '一、主要举措和成效', kind: 'measures', text: '12345热线办理及时，热线回访满意。' },
      { heading: '二、存在的不足和原因', kind: 'shortcomings', text: '法治队伍人员不足。' },
      { heading: '三、2024年工作安排', kind: 'plans', text: '继续加强队伍建设。' },
    ],
  },
  {
    id: '310110016-2024',
    code: '310110016',
    region: ['上海市', '杨浦区', '殷行街道'],
    level: 'township',
    title: '殷行街道2024年度法治政府建设情况报告',
    opening: '2024年殷行街道依法行政。',
    sections: [
      { heading: '一、主要举措和成效', kind: 'measures', text: '矛盾纠纷化解有力，热线工单下降。' },
      {
        heading: '二、存在的不足和原因',
        kind: 'shortcomings',
        text: '12345热线工单回复不够及时。\n\n部分热线诉求反复。',
      },
      { heading: '三、2025年工作安排', kind: 'plans', text: '提升热线办理质量。' },
    ],
  },
  {
    id: '310110-2024',
    code: '310110',
    region: ['上海市', '杨浦区'],
    level: 'county',
    title: '杨浦区2024年度热线法治建设情况报告',
    opening: '杨浦区热线服务依法开展。',
    sections: [{ heading: '一、主要举措和成效', kind: 'measures', text: '12345热线办结率提升。' }],
  },
];

function reportFile(d: Draft): string {
  const body = [d.opening, ...d.sections.flatMap((s) => [`## ${s.heading}`, s.text])].join('\n\n');
  return `---
id: ${d.id}
title: ${d.title}
jurisdiction: ${d.region.at(-1)}
divisionCode: "${d.code}"
region:
${d.region.map((r) => `  - ${r}`).join('\n')}
level: ${d.level}
issuerType: government
year: ${d.id.slice(-4)}
sourceFile: ${d.id}.txt
sourceSha256: ${'ab'.repeat(32)}
sections:
${d.sections.map((s, i) => `  - id: s-${i + 1}\n    heading: ${s.heading}\n    kind: ${s.kind}`).join('\n')}
---

${body}
`;
}

let index: ArchiveIndex;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-scope-'));
  const reportsDir = join(dir, 'reports', '上海市');
  mkdirSync(reportsDir, { recursive: true });
  for (const d of REPORTS) writeFileSync(join(reportsDir, `${d.id}.md`), reportFile(d));
  const out = join(dir, 'out');
  await buildSearchIndex({ reportsDir: join(dir, 'reports'), cacheDir: join(dir, 'cache'), outDir: out, workers: 1 });
  index = await openIndex(out);
}, 120_000);

const search = (q: string, sections: string[] = []) => {
  const params = new URLSearchParams({ q });
  for (const s of sections) params.append('section', s);
  return runSearch(index, parseSearchState(params));
};

/** Report id → occurrences counted, for the reports matching the query as written. */
async function counts(outcome: SearchOutcome): Promise<Record<string, number>> {
  const exact = outcome.results.slice(0, outcome.exactCount);
  const rows = await Promise.all(exact.map((doc) => index.row(doc)));
  return Object.fromEntries(rows.map((row, i) => [row.id, outcome.matches.get(exact[i]!)!.count]));
}

describe('section scope', { timeout: 60_000 }, () => {
  it('counts every occurrence, title and opening too, when no section is chosen', async () => {
    expect(await counts(await search('热线'))).toEqual({
      '310110016-2023': 2,
      '310110016-2024': 4,
      '310110-2024': 3,
    });
    expect(await counts(await search('12345热线'))).toEqual({
      '310110016-2023': 1,
      '310110016-2024': 1,
      '310110-2024': 1,
    });
  });

  it('keeps only the reports with a match inside the chosen sections, counting only those matches', async () => {
    // Two characters: counted in the sections' texts; seven: from the triples' positions; four: the same.
    expect(await counts(await search('热线', [SHORTCOMINGS]))).toEqual({ '310110016-2024': 2 });
    expect(await counts(await search('12345热线', [SHORTCOMINGS]))).toEqual({ '310110016-2024': 1 });
    expect(await counts(await search('热线工单', [SHORTCOMINGS]))).toEqual({ '310110016-2024': 1 });
    expect(await counts(await search('热线工单'))).toEqual({ '310110016-2024': 2 });
    const scoped = await search('热线', [SHORTCOMINGS]);
    expect(scoped.results.length).toBeLessThan((await search('热线')).results.length);
  });

  it('takes several chosen sections together', async () => {
    expect(await counts(await search('热线', [MEASURES, PLANS]))).toEqual({
      '310110016-2023': 2,
      '310110016-2024': 2,
      '310110-2024': 1,
    });
    expect(await counts(await search('热线', [SHORTCOMINGS, PLANS]))).toEqual({ '310110016-2024': 3 });
    // All terms, each inside the chosen sections.
    expect(await counts(await search('热线 队伍', [SHORTCOMINGS]))).toEqual({});
    expect(await counts(await search('热线 反复', [SHORTCOMINGS]))).toEqual({ '310110016-2024': 3 });
  });

  it('cuts the excerpt at a match inside the chosen sections, and names only those in whereMatched', async () => {
    const everywhere: Record<string, string[]> = {
      热线: ['正文 · 一、主要举措和成效', '正文 · 二、存在的不足和原因', '正文 · 三、2025年工作安排'],
      '12345热线': ['正文 · 二、存在的不足和原因'],
    };
    for (const q of ['热线', '12345热线']) {
      const outcome = await search(q, [SHORTCOMINGS]);
      const doc = outcome.results[0]!;
      const excerpt = await index.excerpt(doc, [q], outcome.matches.get(doc));
      const row = await index.row(doc);
      const section = row.sections.filter((s) => s.at <= excerpt!.at).pop();
      expect(section?.heading, q).toBe('二、存在的不足和原因');
      const scope = { sections: [index.manifest.values.section.indexOf(SHORTCOMINGS)] };
      expect(await index.whereMatched(doc, [q], outcome.matches.get(doc), scope)).toEqual([
        { field: 'text', label: '正文 · 二、存在的不足和原因' },
      ]);
      expect((await index.whereMatched(doc, [q])).map((p) => p.label)).toEqual(everywhere[q]);
    }
  });
});
