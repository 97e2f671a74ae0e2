import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cachedShareCard,
  drawShareCards,
  renderShareCard,
  shareCardDigest,
  shareCardSvg,
  type ShareCard,
} from '../../../src/lib/share-card/card.ts';
import { loadFont, missingCharacters, wrapText } from '../../../src/lib/share-card/glyphs.ts';
import { APPLE_TOUCH_SIZE, icoFile, pngIcon } from '../../../src/lib/share-card/icons.ts';

const card = (title: string): ShareCard => ({
  title,
  place: '上海市 · 杨浦区 · 殷行街道',
  year: '2024年度',
  siteName: '法治政府建设年度报告库',
});

/** Grey levels of the title's first line, one block per character (60 px font at x = 80, baseline 200). */
async function titleCells(png: Buffer, count: number): Promise<Buffer[]> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const cells: Buffer[] = [];
  for (let c = 0; c < count; c++) {
    const cell = Buffer.alloc(60 * 70);
    for (let y = 0; y < 70; y++)
      for (let x = 0; x < 60; x++) cell[y * 60 + x] = data[(145 + y) * info.width + 80 + c * 60 + x]!;
    cells.push(cell);
  }
  return cells;
}
const ink = (cell: Buffer) => cell.filter((v) => v < 128).length;
const differing = (a: Buffer, b: Buffer) => a.reduce((n, v, i) => n + (Math.abs(v - b[i]!) > 64 ? 1 : 0), 0);

describe('share card', () => {
  it('is a 1200×630 PNG', async () => {
    const meta = await sharp(await renderShareCard(card('殷行街道2024年度法治政府建设工作情况报告'))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('draws Chinese from the bundled font, not from a system font (no <text> in the SVG)', () => {
    const svg = shareCardSvg(card('法治政府建设年度报告'));
    expect(svg).not.toMatch(/<text/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(10 + 11);
    const font = loadFont('Bold');
    expect(missingCharacters('法治政府建设年度报告库上海市杨浦区殷行街道儋州鄞州', font)).toEqual([]);
    // The check itself: a private-use character has no glyph.
    expect(missingCharacters('\uE000', font)).toEqual(['\uE000']);
  });

  it('renders each character as its own shape, not as identical boxes', async () => {
    const cells = await titleCells(await renderShareCard(card('法治政府')), 4);
    for (const cell of cells) expect(ink(cell)).toBeGreaterThan(150);
    for (let i = 0; i < cells.length; i++)
      for (let j = i + 1; j < cells.length; j++) expect(differing(cells[i]!, cells[j]!)).toBeGreaterThan(100);
    // What tofu looks like: every missing character draws the same .notdef box.
    const tofu = await titleCells(await renderShareCard(card('\uE000\uE001')), 2);
    expect(differing(tofu[0]!, tofu[1]!)).toBe(0);
  });

  it('wraps a long title to at most three lines and marks the cut', () => {
    const font = loadFont('Bold');
    const lines = wrapText('关于'.repeat(60), font, 60, 1040, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrapText('短标题', font, 60, 1040, 3)).toEqual(['短标题']);
  });

  const cache = mkdtempSync(join(tmpdir(), 'share-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('is named by a digest of its text and taken from the cache when drawn before', async () => {
    const a = card('2023年度报告');
    expect(shareCardDigest(a)).toBe(shareCardDigest(card('2023年度报告')));
    expect(shareCardDigest(a)).not.toBe(shareCardDigest(card('2024年度报告')));
    const drawn = await cachedShareCard(a, cache);
    expect(readFileSync(join(cache, `${shareCardDigest(a)}.png`))).toEqual(drawn);
    writeFileSync(join(cache, `${shareCardDigest(a)}.png`), 'cached');
    expect((await cachedShareCard(a, cache)).toString()).toBe('cached');
  });
});

describe('share card encoding', () => {
  // The CPU saving (level 6 about a third of level 9's, docs/decisions/0007) is a speed figure,
  // measured by the bench, not asserted here; what a test can hold is the size it costs.
  it('keeps a card under 60 KB and within 15% of the bytes deflate level 9 gives', async () => {
    const cards = [
      '殷行街道',
      '鄞州区人民政府',
      '儋州市',
      '朝阳区司法局',
      '滨海新区',
      '番禺区',
      '余杭区',
      '昆山市',
    ].map((p) => card(`${p}2024年度法治政府建设工作情况报告`));
    const bytes = { ours: 0, level9: 0 };
    for (const c of cards) {
      bytes.ours += (await renderShareCard(c)).length;
      bytes.level9 += (
        await sharp(Buffer.from(shareCardSvg(c)))
          .png({ compressionLevel: 9 })
          .toBuffer()
      ).length;
    }
    expect(bytes.ours).not.toBe(bytes.level9); // not the level-9 encoding itself
    expect(bytes.ours).toBeLessThan(bytes.level9 * 1.15);
    expect(bytes.ours / cards.length).toBeLessThan(60 * 1024);
  }, 60_000);
});

describe('icons', () => {
  it('makes PNG icons of the asked size and an ICO holding 16, 32 and 48', async () => {
    const apple = await sharp(await pngIcon(APPLE_TOUCH_SIZE)).metadata();
    expect([apple.format, apple.width, apple.height]).toEqual(['png', 180, 180]);
    const ico = await icoFile();
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 3]);
    expect([0, 1, 2].map((i) => ico.readUInt8(6 + 16 * i))).toEqual([16, 32, 48]);
    const first = ico.subarray(ico.readUInt32LE(6 + 12), ico.readUInt32LE(6 + 12) + ico.readUInt32LE(6 + 8));
    expect((await sharp(first).metadata()).width).toBe(16);
  });
  it('draws the logo character (the icon is not a plain red square)', async () => {
    const { data } = await sharp(await pngIcon(32))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data.filter((v) => v > 200).length).toBeGreaterThan(60);
  });
});

describe('drawShareCards', () => {
  it('draws each distinct card once, several at a time, into the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'share-cards-many-'));
    try {
      const cards = ['甲', '乙', '丙', '甲'].map((t) => card(`${t}地2024年度报告`));
      const drawing = drawShareCards(cards, dir, 2);
      expect(drawing.size).toBe(3);
      for (const c of cards) {
        const png = await drawing.get(shareCardDigest(c))!;
        expect(readFileSync(join(dir, `${shareCardDigest(c)}.png`))).toEqual(png);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
