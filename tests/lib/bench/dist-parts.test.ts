import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distPartOf, distParts } from '../../../src/lib/bench/dist-parts.ts';

describe('distPartOf', () => {
  it('tells a report page from its downloads and its images', () => {
    expect(distPartOf('reports/310110-2024-abc/index.html')).toBe('pages');
    expect(distPartOf('reports/310110-2024-abc/report.md')).toBe('report downloads');
    expect(distPartOf('reports/310110-2024-abc/report.json')).toBe('report downloads');
    expect(distPartOf('reports/310110-2024-abc/report.txt')).toBe('report downloads');
    expect(distPartOf('reports/310110-2024-abc/3f2a9c.webp')).toBe('report images');
  });
  it('names the search index, open data, share cards, feeds and assets by their folders', () => {
    expect(distPartOf('search-index/manifest.json')).toBe('search index');
    expect(distPartOf('data/reports.csv')).toBe('open data');
    expect(distPartOf('data/index.html')).toBe('pages');
    expect(distPartOf('share/report-310110-2024-abc-0123456789ab.png')).toBe('share cards');
    expect(distPartOf('feeds/place/310110.xml')).toBe('feeds and sitemaps');
    expect(distPartOf('sitemap-0.xml')).toBe('feeds and sitemaps');
    expect(distPartOf('_astro/index.D3xq.js')).toBe('assets');
    expect(distPartOf('place/310110/index.html')).toBe('pages');
    expect(distPartOf('index.html')).toBe('pages');
  });
});

describe('distParts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-parts-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const file = (path: string, bytes: number) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), Buffer.alloc(bytes));
  };

  it('adds up bytes and files of each part over the whole tree', () => {
    file('index.html', 100);
    file('reports/a/index.html', 1000);
    file('reports/b/index.html', 2000);
    file('reports/a/report.md', 30);
    file('reports/a/report.json', 40);
    file('share/report-a-0123.png', 45_000);
    file('search-index/shards/00.bin', 700);
    const parts = distParts(dist);
    expect(parts.get('pages')).toEqual({ bytes: 3100, files: 3 });
    expect(parts.get('report downloads')).toEqual({ bytes: 70, files: 2 });
    expect(parts.get('share cards')).toEqual({ bytes: 45_000, files: 1 });
    expect(parts.get('search index')).toEqual({ bytes: 700, files: 1 });
    expect(parts.get('open data')).toEqual({ bytes: 0, files: 0 });
  });
});
