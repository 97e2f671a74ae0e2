import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { evaluateFolder } from '../../../src/lib/ingest/evaluate.ts';
import { ROOT } from '../../helpers/paths.ts';

/**
 * The real corpus (tests/fixtures/real: 284 labelled excerpts of public report pages). Slices A
 * and B were split once at random into `tune` and `measure`; slice C into `tune` and `blind`.
 * Rules are tuned on `tune` only. `measure` is called "seen" now: its misses were read while
 * later rules were written. The floors are the counts reached when the rules were last tuned;
 * a change that loses a page on any field fails here.
 */
const DIR = join(ROOT, 'tests/fixtures/real');
const gazetteer = loadGazetteer();

type Split = 'tune' | 'measure' | 'blind';
const PAGES: Record<Split, number> = { tune: 142, measure: 102, blind: 40 };
const FLOORS: Record<Split, Record<string, number>> = {
  // Of 142 pages, 112 to be published, the rest rejected.
  tune: {
    status: 141,
    title: 111,
    divisionCode: 110,
    jurisdiction: 110,
    region: 110,
    level: 110,
    issuer: 111,
    year: 111,
    publishedAt: 111,
    indexNumber: 111,
    signedAt: 111,
    sourceName: 111,
    docNumber: 111,
  },
  // The old measure half ("seen"), of 102 pages, 86 to be published.
  measure: {
    status: 98,
    title: 83,
    divisionCode: 81,
    jurisdiction: 81,
    region: 81,
    level: 81,
    issuer: 82,
    year: 84,
    publishedAt: 84,
    indexNumber: 84,
    signedAt: 84,
    sourceName: 83,
    docNumber: 84,
  },
  // Slice C's blind half, of 40 pages, 29 to be published.
  blind: {
    status: 35,
    title: 27,
    divisionCode: 25,
    jurisdiction: 25,
    region: 25,
    level: 25,
    issuer: 25,
    year: 27,
    publishedAt: 25,
    indexNumber: 27,
    signedAt: 27,
    sourceName: 25,
    docNumber: 27,
  },
};

describe('ingest accuracy on the real corpus', () => {
  for (const split of ['tune', 'measure', 'blind'] as const) {
    const { labels, scores } = evaluateFolder(DIR, join(DIR, 'labels.tsv'), gazetteer, split);
    it(`scores every field of the ${split} half (${labels} pages)`, () => {
      expect(labels).toBe(PAGES[split]);
      expect(scores.map((s) => s.field)).toEqual(Object.keys(FLOORS[split]));
    });
    for (const score of scores) {
      it(`keeps ${score.field} at or above ${FLOORS[split][score.field]}/${score.total} on ${split}`, () => {
        expect(score.correct).toBeGreaterThanOrEqual(FLOORS[split][score.field]!);
      });
    }
  }
});
