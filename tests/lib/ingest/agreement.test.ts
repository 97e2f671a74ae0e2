import { describe, expect, it } from 'vitest';
import { compareLabellings } from '../../../src/lib/ingest/agreement.ts';

const page = (file: string, fields: Record<string, string> = {}) => ({
  file,
  title: '某区2024年法治政府建设情况报告',
  divisionCode: '110105',
  jurisdiction: '朝阳区',
  region: '北京市/朝阳区',
  level: 'county',
  issuer: '',
  year: '2024',
  expect: '',
  ...fields,
});

describe('compareLabellings', () => {
  it('counts a field agreed only where both readers wrote the same value, and lists the differences', () => {
    const first = [page('k1.txt'), page('k2.txt', { issuer: '朝阳区人民政府' })];
    const second = [page('k1.txt'), page('k2.txt')];
    const { pages, fields } = compareLabellings(first, second);
    expect(pages).toBe(2);
    const issuer = fields.find((f) => f.field === 'issuer')!;
    expect([issuer.agreed, issuer.total]).toEqual([1, 2]);
    expect(issuer.differences).toEqual([{ file: 'k2.txt', first: '朝阳区人民政府', second: '' }]);
    expect(fields.find((f) => f.field === 'title')!.agreed).toBe(2);
  });

  it('compares only the outcome of a page either reader rejects', () => {
    const first = [page('k1.txt', { expect: 'rejected', title: '' })];
    const second = [page('k1.txt')];
    const { fields } = compareLabellings(first, second);
    expect(fields[0]).toMatchObject({ field: 'status', agreed: 0, total: 1 });
    expect(fields.find((f) => f.field === 'title')!.total).toBe(0);
  });

  it('names the pages only one reader labelled instead of counting them', () => {
    const { pages, unmatched } = compareLabellings([page('k1.txt'), page('k2.txt')], [page('k1.txt'), page('k3.txt')]);
    expect(pages).toBe(1);
    expect(unmatched).toEqual(['k2.txt', 'k3.txt']);
  });
});
