import sharp from 'sharp';
import { loadFont, measure, textPath } from './glyphs.ts';

/**
 * The site's logo (法 on the archive's red, rounded square) as SVG with the character drawn as a
 * path, and the PNG and ICO icons made from it: favicon.ico (16, 32, 48), apple-touch-icon
 * (180) and PNG icons (32, 192, 512).
 */

export const ICON_SIZES = [32, 192, 512] as const;
export const APPLE_TOUCH_SIZE = 180;
const ICO_SIZES = [16, 32, 48];

function logoSvg(): string {
  const font = loadFont('Bold');
  const size = 22;
  const x = (32 - measure('法', font, size)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#9e1b1b"/><g fill="#ffffff">${textPath('法', font, size, x, 24)}</g></svg>`;
}

export function pngIcon(size: number): Promise<Buffer> {
  return sharp(Buffer.from(logoSvg()), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO file holding PNG images (allowed since Windows Vista, read by every current browser). */
export async function icoFile(sizes: number[] = ICO_SIZES): Promise<Buffer> {
  const images = await Promise.all(sizes.map(pngIcon));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((png, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(sizes[i]! >= 256 ? 0 : sizes[i]!, entry);
    header.writeUInt8(sizes[i]! >= 256 ? 0 : sizes[i]!, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images]);
}
