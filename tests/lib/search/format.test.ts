import { describe, expect, it } from 'vitest';
import { INDEX_VERSION, type Manifest } from '../../../src/lib/search/format/manifest.ts';
import { decodeRows, encodeRows, type ResultRow } from '../../../src/lib/search/format/rows.ts';
import { ArchiveIndex, type IndexSource } from '../../../src/lib/search/web/engine.ts';

/** An index held in memory, read through the same IndexSource the page reads over HTTP. */
function memorySource(files: Record<string, string>): IndexSource {
  const bytes = (path: string) => (path in files ? new TextEncoder().encode(files[path]) : undefined);
  return {
    bytes: async (path) => bytes(path),
    range: async (path, start, end) => bytes(path)!.subarray(start, end),
  };
}

const manifest = (version: number): Manifest => ({
  version,
  build: 'b.0123456789abcdef',
  docCount: 0,
  bits: 0,
  shards: [],
  values: { province: [], city: [], county: [], level: [], issuer: [], year: [], section: [] },
});

describe('the manifest', () => {
  it('opens an index of this version', async () => {
    const index = await ArchiveIndex.open(memorySource({ 'manifest.json': JSON.stringify(manifest(INDEX_VERSION)) }));
    expect(index.manifest.version).toBe(INDEX_VERSION);
  });

  it('refuses an index of another version, naming both versions', async () => {
    for (const version of [INDEX_VERSION - 1, INDEX_VERSION + 1]) {
      await expect(
        ArchiveIndex.open(memorySource({ 'manifest.json': JSON.stringify(manifest(version)) })),
      ).rejects.toThrow(`version ${version}, this reader reads version ${INDEX_VERSION}`);
    }
    await expect(ArchiveIndex.open(memorySource({ 'manifest.json': '{}' }))).rejects.toThrow('version unknown');
  });
});

describe('result rows', () => {
  const row: ResultRow = {
    id: '310110-2024',
    title: '杨浦区2024年法治政府建设年度报告',
    place: '上海市 · 杨浦区',
    code: '310110',
    year: 2024,
    published: '2025-03-01',
    sections: [{ at: 20, id: 's-1', heading: '一、主要举措' }],
    textLength: 1234,
    fieldsAt: 1200,
    fields: { place: '上海市杨浦区', issuer: '上海市杨浦区人民政府', divisionCode: '310110' },
  };

  it('are stored as positional JSON arrays, the format the published files have', () => {
    expect(encodeRows([row])).toBe(
      '[["310110-2024","杨浦区2024年法治政府建设年度报告","上海市 · 杨浦区","310110",2024,"2025-03-01",[[20,"s-1","一、主要举措"]],1234,1200,["上海市杨浦区","上海市杨浦区人民政府","","310110",""]]]',
    );
  });

  it('are read back as named objects', () => {
    expect(decodeRows(encodeRows([row, { ...row, id: 'x', sections: [] }]))).toEqual([
      row,
      { ...row, id: 'x', sections: [] },
    ]);
  });

  it('refuse a file that is not rows', () => {
    expect(() => decodeRows('[["a",1]]')).toThrow('10-field rows');
  });
});
