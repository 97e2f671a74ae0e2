import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, paragraphPool } from '../../../src/lib/corpus/generate.ts';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { evaluate } from '../../../src/lib/ingest/evaluate.ts';
import { ingestCapture } from '../../../src/lib/ingest/ingest.ts';
import { RAW_SAMPLE } from '../../helpers/paths.ts';

const gazetteer = loadGazetteer();
const seeds = readdirSync(RAW_SAMPLE).map((file) =>
  ingestCapture({ file, bytes: readFileSync(join(RAW_SAMPLE, file)) }, gazetteer),
);
const bodies = seeds.flatMap((o) => (o.status === 'rejected' ? [] : [o.body]));
const paragraphs = paragraphPool(bodies, ['八街街道', '殷行街道', '莲花街道', '安稳镇', '胡家园街']);
const corpus = generateCorpus({ reports: 240, seed: 11, gazetteer, paragraphs });

describe('generateCorpus', () => {
  it('is deterministic by seed', () => {
    const again = generateCorpus({ reports: 240, seed: 11, gazetteer, paragraphs });
    expect(again.map((c) => c.text)).toEqual(corpus.map((c) => c.text));
    const other = generateCorpus({ reports: 240, seed: 12, gazetteer, paragraphs });
    expect(other.map((c) => c.text)).not.toEqual(corpus.map((c) => c.text));
  });

  it('makes realistic captures: real divisions, years 2015–2025, several issuers per place, 3–40 KB', () => {
    expect(corpus).toHaveLength(240);
    for (const { label, text } of corpus) {
      expect(gazetteer.byCode.get(label.divisionCode)?.name).toBe(label.jurisdiction);
      expect(Number(label.year)).toBeGreaterThanOrEqual(2015);
      expect(Number(label.year)).toBeLessThanOrEqual(2025);
      const kb = Buffer.byteLength(text) / 1024;
      expect(kb).toBeGreaterThan(2.5);
      expect(kb).toBeLessThan(48);
    }
    const issuersPerPlace = new Map<string, Set<string>>();
    for (const { label } of corpus)
      issuersPerPlace.set(label.divisionCode, (issuersPerPlace.get(label.divisionCode) ?? new Set()).add(label.issuer));
    expect(Math.max(...[...issuersPerPlace.values()].map((s) => s.size))).toBeGreaterThanOrEqual(2);
    expect(new Set(corpus.map((c) => c.file)).size).toBe(corpus.length);
    expect(paragraphs.join('')).not.toMatch(/八街街道|殷行街道|莲花街道|安稳镇|胡家园街/);
  });

  it('is ingested with every labelled field right', () => {
    const texts = new Map(corpus.map((c) => [c.file, c.text]));
    const scores = evaluate(
      corpus.map((c) => ({ ...c.label })),
      (file) => ingestCapture({ file, bytes: Buffer.from(texts.get(file)!) }, gazetteer),
    );
    for (const score of scores) expect(score.misses.slice(0, 3), score.field).toEqual([]);
  });
});

describe('generateCorpus in series (the demo archive)', () => {
  const series = generateCorpus({ reports: 200, seed: 5, gazetteer, paragraphs, series: true });
  const byIssuer = new Map<string, typeof series>();
  for (const capture of series)
    byIssuer.set(capture.label.issuer, [...(byIssuer.get(capture.label.issuer) ?? []), capture]);

  it('gives issuers several years, departments beside governments, and some late publications', () => {
    expect(series).toHaveLength(200);
    expect(Math.max(...[...byIssuer.values()].map((list) => list.length))).toBeGreaterThanOrEqual(5);
    expect(series.some((c) => /局$/.test(c.label.issuer))).toBe(true);
    const late = series.filter((c) => c.label.publishedAt > `${Number(c.label.year) + 1}-04-01`);
    expect(late.length).toBeGreaterThan(10);
    expect(late.length).toBeLessThan(series.length / 3);
    expect(new Set(series.map((c) => c.file)).size).toBe(series.length);
  });

  it("carries part of a year's text into the next year of the same issuer", () => {
    // Share of a report's paragraphs found in the previous report: of the same issuer (carried
    // over about half the time) against another issuer's report (chance only).
    const overlap = (earlier: string, later: string) => {
      const own = paragraphs.filter((p) => later.includes(p));
      return own.filter((p) => earlier.includes(p)).length / own.length;
    };
    const lists = [...byIssuer.values()].filter((list) => list.length >= 2);
    const same = lists.map((list) => overlap(list[0]!.text, list[1]!.text));
    const other = lists.slice(1).map((list, i) => overlap(lists[i]![0]!.text, list[1]!.text));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(same)).toBeGreaterThan(mean(other) + 0.15);
  });
});
