import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { markdownFiles, readReportFile } from '../../../src/lib/report-file/report-file.ts';
import { traditionalCharacterMap } from '../../../src/lib/chinese-script/script.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/build.ts';
import { searchDocument, type SearchDocument } from '../../../src/lib/search/build/document.ts';
import { placeLine } from '../../../src/lib/search/format/fields.ts';
import { ArchiveIndex } from '../../../src/lib/search/web/engine.ts';
import { httpSource } from '../../../src/lib/search/web/http-source.ts';
import { runSearch } from '../../../src/lib/search/web/query.ts';
import { parseSearchState } from '../../../src/lib/site/search-state.ts';
import { ROOT } from '../../helpers/paths.ts';

/**
 * Place names, issuer, index number, division code and document number are searched exactly,
 * like the text: the sample archive (its 殷行街道 report given an issuer, an index number and a
 * document number, which the sample capture lacks) is indexed, served over HTTP and read
 * through httpSource, the source the search page reads with.
 */

const YINHANG = '310110016-2024';
const ISSUER = '上海市杨浦区人民政府殷行街道办事处';
const INDEX_NUMBER = 'YP-2025-00017';
const DOC_NUMBER = '杨殷府〔2025〕3号';

let server: Server;
let indexUrl: string;
let index: ArchiveIndex;
let documents: SearchDocument[];

/** A static server of the index folder that answers Range requests, as a web server does. */
function serve(dir: string): Promise<string> {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname).replace(/^\/search-index\//, '');
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, path));
    } catch {
      return void response.writeHead(404).end();
    }
    const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
    if (!range) return void response.writeHead(200).end(bytes);
    const start = Number(range[1]);
    if (start >= bytes.length) return void response.writeHead(416).end();
    response.writeHead(206).end(bytes.subarray(start, Number(range[2]) + 1));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/search-index/`),
    ),
  );
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-fields-'));
  const reportsDir = join(dir, 'reports');
  cpSync(join(ROOT, 'content', 'reports'), reportsDir, { recursive: true });
  const yinhang = join(reportsDir, '上海市', `${YINHANG}.md`);
  writeFileSync(
    yinhang,
    readFileSync(yinhang, 'utf8').replace(
      'issuerType: government\n',
      `issuer: ${ISSUER}\nissuerType: government\nindexNumber: ${INDEX_NUMBER}\ndocNumber: ${DOC_NUMBER}\n`,
    ),
  );
  const gazetteer = loadGazetteer();
  documents = markdownFiles(reportsDir).map((file) => {
    const { data, body } = readReportFile(file);
    return searchDocument(data, body, gazetteer);
  });
  const out = join(dir, 'out');
  await buildSearchIndex({ reportsDir, cacheDir: join(dir, 'cache'), outDir: out, workers: 1 });
  indexUrl = await serve(out);
  index = await ArchiveIndex.open(httpSource(indexUrl), traditionalCharacterMap());
}, 240_000);

afterAll(() => server?.close());

async function idsFound(q: string): Promise<string[]> {
  const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q })));
  const rows = await Promise.all(outcome.results.slice(0, outcome.exactCount).map((doc) => index.row(doc)));
  return rows.map((row) => row.id).sort();
}

describe('fields searched exactly, through the index the page reads', { timeout: 60_000 }, () => {
  it('finds 殷行街道’s report by its place at every level and joined, its issuer, index number, code and document number', async () => {
    for (const q of [
      '上海市杨浦区',
      '杨浦区殷行街道',
      '上海市杨浦区殷行街道',
      '殷行街道办事处',
      '310110016',
      INDEX_NUMBER,
      '杨殷府〔2025〕3号',
    ])
      expect(await idsFound(q), q).toEqual([YINHANG]);
    // 杨浦区 is in the body too; 上海市杨浦区 only in the fields.
    expect(await idsFound('杨浦区')).toEqual([YINHANG]);
  });

  it('finds every report of a place by its name, and no other', async () => {
    expect(await idsFound('上海市')).toContain(YINHANG);
    expect(await idsFound('天津市滨海新区')).toEqual(['120116011-2022']);
    expect(await idsFound('云南省昆明市安宁市')).toEqual(['530181003-2021']);
  });

  it('never matches across two fields, or a field and the body', async () => {
    // The place line ends with 殷行街道, the issuer line starts with 上海市.
    expect(await idsFound('殷行街道上海市')).toEqual([]);
    expect(await idsFound('办事处YP')).toEqual([]);
    expect(await idsFound('0016YP')).toEqual([]);
  });

  it('writes a municipality’s name once in its place line', () => {
    expect(placeLine(['上海市', '上海市', '杨浦区', '殷行街道'])).toBe('上海市杨浦区殷行街道');
    expect(documents.find((d) => d.id === YINHANG)!.fields.place).toBe('上海市杨浦区殷行街道');
  });

  it('keeps the body’s positions: fields come after it, and section offsets still point at the headings', async () => {
    for (const [doc, d] of documents.sort((a, b) => (a.id < b.id ? -1 : 1)).entries()) {
      const row = await index.row(doc);
      expect(row.id).toBe(d.id);
      expect(row.textLength).toBe(d.text.length);
      expect(row.fieldsAt).toBe(d.fieldsAt);
      for (const section of row.sections)
        expect(await index.text(doc, section.at, section.at + 4)).toBe(
          d.sectionStarts.find((s) => s.id === section.id)!.heading.slice(0, 4),
        );
    }
  });

  it('cuts the excerpt of a field-only match to the field’s line', async () => {
    const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q: '310110016' })));
    const doc = outcome.results[0]!;
    const excerpt = await index.excerpt(doc, ['310110016'], outcome.matches.get(doc));
    expect(excerpt!.parts).toEqual([{ text: '310110016', mark: true }]);
    const issuer = await runSearch(index, parseSearchState(new URLSearchParams({ q: '殷行街道办事处' })));
    const parts = (await index.excerpt(issuer.results[0]!, ['殷行街道办事处'], issuer.matches.get(issuer.results[0]!)))!
      .parts;
    expect(parts.map((p) => p.text).join('')).toBe(ISSUER);
  });
});

describe('whereMatched', { timeout: 60_000 }, () => {
  const where = async (q: string) => {
    const outcome = await runSearch(index, parseSearchState(new URLSearchParams({ q })));
    const doc = outcome.results[0]!;
    return index.whereMatched(doc, [index.foldTerm(q)], outcome.matches.get(doc));
  };

  it('names the fields a query matched in', async () => {
    expect(await where('310110016')).toEqual([{ field: 'divisionCode', label: '区划代码' }]);
    expect(await where('上海市杨浦区')).toEqual([
      { field: 'place', label: '地区' },
      { field: 'issuer', label: '发布机构' },
    ]);
    expect(await where(INDEX_NUMBER)).toEqual([{ field: 'indexNumber', label: '索引号' }]);
    expect(await where('〔2025〕3号')).toEqual([{ field: 'docNumber', label: '文号' }]);
  });

  // Rows name a section by the first 24 characters of its heading.
  const cut = (heading: string) => (heading.length > 24 ? `${heading.slice(0, 24)}…` : heading);

  it('names the title and each part of the body that holds a term, as plain substring search over the text says', async () => {
    const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1));
    const terms = [
      '殷行街道',
      '法治',
      '法',
      '不足',
      '行政复议',
      '依法行政',
      '矛盾纠纷化解',
      '2024',
      '存在的不足和原因',
    ];
    const fold = (s: string) => index.foldTerm(s);
    for (const [doc, d] of sorted.entries()) {
      const tops = d.sectionStarts.filter((s) => /^s-\d+$/.test(s.id));
      const parts = [
        { from: d.title.length + 1, to: tops[0]?.at ?? d.fieldsAt, label: '正文' },
        ...tops.map((s, i) => ({ from: s.at, to: tops[i + 1]?.at ?? d.fieldsAt, label: `正文 · ${cut(s.heading)}` })),
      ];
      for (const term of terms) {
        const t = fold(term);
        const expected = [
          ...(fold(d.title).includes(t) ? ['标题'] : []),
          ...(fold(d.fields.place!).includes(t) ? ['地区'] : []),
          ...(d.fields.issuer && fold(d.fields.issuer).includes(t) ? ['发布机构'] : []),
          ...(d.fields.indexNumber && fold(d.fields.indexNumber).includes(t) ? ['索引号'] : []),
          ...(fold(d.fields.divisionCode!).includes(t) ? ['区划代码'] : []),
          ...(d.fields.docNumber && fold(d.fields.docNumber).includes(t) ? ['文号'] : []),
          ...parts.filter((p) => fold(d.text.slice(p.from, p.to)).includes(t)).map((p) => p.label),
        ];
        const places = await index.whereMatched(doc, [t], (await index.matchTerm(t)).get(doc));
        expect(
          places.map((p) => p.label),
          `${d.id} ${term}`,
        ).toEqual(expected);
      }
    }
  });
});

describe('whereMatchedFromIndex (the result list)', { timeout: 120_000 }, () => {
  it('reads no text, names only places whereMatched names, the excerpt’s part among them, and all of them when it says complete', async () => {
    // A fresh index per query over a source that counts text reads: nothing cached from other tests.
    let textReads = 0;
    const http = httpSource(indexUrl);
    const counting = {
      bytes: http.bytes,
      range: (path: string, start: number, end: number) => {
        textReads++;
        return http.range(path, start, end);
      },
    };
    let incomplete = 0;
    for (const q of [
      '法治',
      '法',
      '殷行街道',
      '行政复议',
      '依法行政',
      '矛盾纠纷化解',
      '2024',
      '上海市杨浦区',
      '不足 行政',
    ]) {
      const quick = await ArchiveIndex.open(counting, traditionalCharacterMap());
      const outcome = await runSearch(quick, parseSearchState(new URLSearchParams({ q })));
      const terms = [...outcome.query.terms, ...outcome.query.parts].map((t) => quick.foldTerm(t));
      for (const doc of outcome.results) {
        const match = outcome.matches.get(doc);
        const excerpt = await quick.excerpt(doc, terms, match);
        const before = textReads;
        const { places, complete } = await quick.whereMatchedFromIndex(doc, terms, match, undefined, excerpt?.at);
        expect(textReads, `${q}: no text read`).toBe(before);
        const full = (await index.whereMatched(doc, terms, match)).map((p) => p.label);
        const labels = places.map((p) => p.label);
        expect(full, q).toEqual(expect.arrayContaining(labels));
        if (complete) expect(labels, q).toEqual(full);
        else incomplete++;
        const row = await quick.row(doc);
        if (excerpt && excerpt.at < row.fieldsAt && excerpt.at > row.title.length)
          expect(
            labels.some((l) => l.startsWith('正文')),
            `${q}: the excerpt's part`,
          ).toBe(true);
      }
    }
    // Frequent short terms leave places unnamed ("等"): the test saw both kinds.
    expect(incomplete).toBeGreaterThan(0);
  });
});
