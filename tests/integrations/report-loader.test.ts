import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/lib/report-file/report-file.ts';
import { reportLoader } from '../../src/integrations/report-loader.ts';
import { validatedReports } from '../../src/integrations/report-registry.ts';
import { ROOT } from '../helpers/paths.ts';

const good = readFileSync(join(ROOT, 'content/reports/广东省/440304008-2020.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'loader-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readReportFile (the site loader’s validation)', () => {
  it('accepts a report the ingest wrote', () => {
    const { data, body } = readReportFile(write('good.md', good));
    expect(data.id).toBe('440304008-2020');
    expect(body).toMatch(/^中国特色社会主义进入了新时代/);
  });
  it('names the file and the field when a field is wrong', () => {
    const path = write('bad-code.md', good.replace('divisionCode: "440304008"', 'divisionCode: "44030"'));
    expect(() => readReportFile(path, 'reports/bad-code.md')).toThrow(
      /reports\/bad-code\.md: invalid report: divisionCode: /,
    );
  });
  it('names a missing required field', () => {
    const path = write('no-year.md', good.replace(/^year: 2020\n/m, ''));
    expect(() => readReportFile(path, 'no-year.md')).toThrow(/no-year\.md: invalid report: year: /);
  });
  it('rejects a date that does not exist and an unknown level', () => {
    expect(() =>
      readReportFile(write('d.md', good.replace('publishedAt: 2021-01-06', 'publishedAt: 2021-02-30')), 'd.md'),
    ).toThrow(/publishedAt: not a real calendar date/);
    expect(() => readReportFile(write('l.md', good.replace('level: township', 'level: village')), 'l.md')).toThrow(
      /level: /,
    );
  });
  it('rejects a file without frontmatter', () => {
    expect(() => readReportFile(write('plain.md', '# 标题\n正文'), 'plain.md')).toThrow(
      /plain\.md: no YAML frontmatter/,
    );
  });
});

describe('reportLoader', () => {
  /** Astro's collection store, as far as the loader relies on it: a set() whose digest it already holds is ignored. */
  function astroLikeStore() {
    const entries = new Map<string, { id: string; digest?: string; filePath?: string }>();
    return {
      entries,
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; digest?: string; filePath?: string }) => {
        if (entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    };
  }

  it('points the collection at the files where they are now when the content folder moves', async () => {
    const store = astroLikeStore();
    const context = {
      store,
      generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
      logger: { info: () => {} },
    };
    for (const folder of ['first', 'second']) {
      const base = join(dir, folder, 'reports');
      mkdirSync(join(base, '广东省'), { recursive: true });
      writeFileSync(join(base, '广东省', '440304008-2020.md'), good);
      await reportLoader({ base }).load(context as never);
      expect(store.entries.get('440304008-2020')?.filePath).toBe(
        relative(process.cwd(), join(base, '广东省', '440304008-2020.md')),
      );
    }
    expect(store.keys()).toEqual(['440304008-2020']);
  });

  it('hands the search index every report it validated, parsed or unchanged, with its code and year', async () => {
    const store = astroLikeStore();
    const context = {
      store,
      generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
      logger: { info: () => {} },
    };
    const base = join(dir, 'registry', 'reports');
    mkdirSync(join(base, '广东省'), { recursive: true });
    writeFileSync(join(base, '广东省', '440304008-2020.md'), good);
    writeFileSync(
      join(base, '广东省', '440304008-2021.md'),
      good.replace('id: 440304008-2020', 'id: 440304008-2021').replace(/^year: 2020$/m, 'year: 2021'),
    );
    const expected = [
      { path: join(base, '广东省', '440304008-2020.md'), code: '440304008', year: 2020 },
      { path: join(base, '广东省', '440304008-2021.md'), code: '440304008', year: 2021 },
    ];
    expect(validatedReports(base)).not.toEqual(expected);
    await reportLoader({ base }).load(context as never);
    expect(validatedReports(base)).toEqual(expected);
    // Again: nothing parsed this time, the same list.
    await reportLoader({ base }).load(context as never);
    expect(validatedReports(base)).toEqual(expected);
    // Another folder's list is not this one's.
    expect(validatedReports(join(dir, 'elsewhere'))).toBeUndefined();
  });
});
