import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/ingest/evaluate.ts';
import { readCapture } from '../../../src/lib/ingest/directory.ts';
import { ingestCapture } from '../../../src/lib/ingest/ingest.ts';
import { readLabels } from '../../../src/lib/ingest/labels.ts';
import { ROOT } from '../../helpers/paths.ts';

/**
 * The labelled fixture set: one capture per shape the portals' pages take (titles split,
 * missing, after a cover letter; every date, source and index-number form and trap; widgets,
 * footers, body shapes, encodings, look-alikes). Every field must stay right.
 */
const DIR = join(ROOT, 'tests/fixtures/captures');
const labels = readLabels(join(DIR, 'labels.tsv'));
const scores = evaluate(labels, (file) => ingestCapture(readCapture(DIR, file).capture));

describe('ingest accuracy on the labelled fixture set', () => {
  it('has at least 40 labelled captures, look-alikes included', () => {
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(labels.filter((l) => l.expect === 'rejected').length).toBeGreaterThanOrEqual(5);
  });
  for (const score of scores) {
    it(`gets ${score.field} right on every capture`, () => {
      expect(score.misses).toEqual([]);
      expect(score.correct).toBe(score.total);
    });
  }
});
