import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_WIDTH, MAX_INPUT_PIXELS, archiveImage, resolveImageSource } from '../../../src/lib/ingest/images.ts';

/** Real image bytes, made by sharp here: a flat-colour PNG, a noisy JPEG, a GIF. */
const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } });
const png = (width: number, height: number) => solid(width, height).png().toBuffer();
const jpeg = (width: number, height: number) => solid(width, height).jpeg().toBuffer();
const gif = (width: number, height: number) => solid(width, height).gif().toBuffer();

/** A valid PNG whose header claims other dimensions (CRC fixed), as a decompression bomb does. */
function withClaimedSize(bytes: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(bytes);
  // Signature (8) + length (4) + "IHDR" (4): width and height follow, then the chunk's CRC.
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}

describe('resolveImageSource', () => {
  const folders = new Set(['page_files', 'page']);
  it("resolves relative paths into the capture's files folder, percent-encoded names decoded", () => {
    expect(resolveImageSource('page_files/a.png', 'page.html', folders)).toEqual({
      ok: true,
      file: 'page_files/a.png',
    });
    expect(resolveImageSource('./page_files/%E5%9B%BE1.png', 'page.html', folders)).toEqual({
      ok: true,
      file: 'page_files/图1.png',
    });
    expect(resolveImageSource('page/img/b.jpg?v=2', 'sub/page.html', folders)).toEqual({
      ok: true,
      file: 'sub/page/img/b.jpg',
    });
  });
  it('refuses remote URLs, data: URIs, absolute paths and paths out of the folder, saying why', () => {
    for (const src of [
      'http://www.gov.cn/a.png',
      'HTTPS://x.cn/a.png',
      '//cdn.example.com/a.png',
      'file:///etc/passwd',
    ]) {
      expect(resolveImageSource(src, 'page.html', folders)).toEqual({
        ok: false,
        reason: expect.stringMatching(/remote/),
      });
    }
    expect(resolveImageSource('data:image/png;base64,AAAA', 'page.html', folders)).toEqual({
      ok: false,
      reason: expect.stringMatching(/data:/),
    });
    expect(resolveImageSource('page_files/../../secret.png', 'page.html', folders)).toEqual({
      ok: false,
      reason: expect.stringMatching(/leaves/),
    });
    expect(resolveImageSource('page_files/%2E%2E/%2E%2E/x.png', 'page.html', folders)).toEqual({
      ok: false,
      reason: expect.stringMatching(/leaves/),
    });
    expect(resolveImageSource('/images/a.png', 'page.html', folders).ok).toBe(false);
    expect(resolveImageSource('page_files\\..\\a.png', 'page.html', folders).ok).toBe(false);
    expect(resolveImageSource('other_files/a.png', 'page.html', folders)).toEqual({
      ok: false,
      reason: expect.stringMatching(/not inside/),
    });
    expect(resolveImageSource('a.png', 'page.html', folders).ok).toBe(false);
    expect(resolveImageSource('page_files/%E5%9B', 'page.html', folders)).toEqual({
      ok: false,
      reason: expect.stringMatching(/malformed/),
    });
  });
});

describe('archiveImage', { timeout: 30_000 }, () => {
  it('keeps a PNG chart as WebP and a PNG fallback, same size, both decodable', async () => {
    const result = await archiveImage(await png(640, 360));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image).toMatchObject({
      width: 640,
      height: 360,
      file: expect.stringMatching(/^[0-9a-f]{20}\.webp$/),
      fallback: expect.stringMatching(/^[0-9a-f]{20}\.png$/),
    });
    expect(await sharp(result.image.webp).metadata()).toMatchObject({ format: 'webp', width: 640, height: 360 });
    expect(await sharp(result.image.fallbackBytes).metadata()).toMatchObject({
      format: 'png',
      width: 640,
      height: 360,
    });
  });
  it(`narrows a wide JPEG to ${MAX_IMAGE_WIDTH} px with a JPEG fallback, and never enlarges a small one`, async () => {
    const wide = await archiveImage(await jpeg(2400, 1600));
    expect(wide.ok && wide.image).toMatchObject({
      width: MAX_IMAGE_WIDTH,
      height: 800,
      fallback: expect.stringMatching(/\.jpg$/),
    });
    if (wide.ok)
      expect(await sharp(wide.image.fallbackBytes).metadata()).toMatchObject({
        format: 'jpeg',
        width: MAX_IMAGE_WIDTH,
      });
    const small = await archiveImage(await jpeg(300, 200));
    expect(small.ok && small.image).toMatchObject({ width: 300, height: 200 });
  });
  it('keeps a GIF as WebP with a PNG fallback', async () => {
    const result = await archiveImage(await gif(200, 100));
    expect(result.ok && result.image).toMatchObject({
      width: 200,
      height: 100,
      fallback: expect.stringMatching(/\.png$/),
    });
  });
  it('names files by the source bytes: the same image the same name, another image another name', async () => {
    const bytes = await png(64, 64);
    const [a, b, c] = await Promise.all([
      archiveImage(bytes),
      archiveImage(Buffer.from(bytes)),
      archiveImage(await png(65, 64)),
    ]);
    expect(a.ok && b.ok && a.image.file === b.image.file).toBe(true);
    expect(a.ok && c.ok && a.image.file !== c.image.file).toBe(true);
  });
  it('refuses a corrupt file, a non-image and an unsupported format with the reason', async () => {
    const bytes = await png(100, 100);
    const truncated = await archiveImage(bytes.subarray(0, bytes.length - 40));
    expect(truncated).toEqual({ ok: false, reason: expect.stringMatching(/not a readable image/) });
    expect(await archiveImage(Buffer.from('<html>not an image</html>'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/not a readable image/),
    });
    const tiff = await solid(50, 50).tiff().toBuffer();
    expect(await archiveImage(tiff)).toEqual({
      ok: false,
      reason: expect.stringMatching(/unsupported image format \(tiff\)/),
    });
  });
  it(`refuses an image claiming more than ${MAX_INPUT_PIXELS} pixels without decoding it`, async () => {
    const bomb = withClaimedSize(await png(10, 10), 30_000, 30_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 30_000, height: 30_000 });
    const started = performance.now();
    expect(await archiveImage(bomb)).toEqual({
      ok: false,
      reason: expect.stringMatching(/larger than 40000000 pixels/),
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
