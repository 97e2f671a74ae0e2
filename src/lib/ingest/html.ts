import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * Reads the text of an HTML capture the way a browser lays it out: one line per block, tables
 * as `| cell | cell |` rows, images as their alt text. Scripts, styles, forms and the <head>
 * never pass. The lines then go through the same reading as a text capture.
 */

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'map',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
]);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** An `<img>` of the page, as written in its markup. */
export interface HtmlImage {
  src: string;
  alt: string;
}

/** Where an image stood in a line of {@link readHtml}: private-use characters no page uses as text. */
export const IMAGE_MARK = /\uE000(\d+)\uE001/g;
const imageMark = (index: number) => `\uE000${index}\uE001`;

/** How an image reads as text: its alt text, or nothing. */
export const imageText = (image: HtmlImage) => (image.alt ? `（图片：${image.alt}）` : '');

/** A line of {@link readHtml} as text: each image mark replaced by how the image reads. */
export function unmarkImages(line: string, images: HtmlImage[]): string {
  return line.replace(IMAGE_MARK, (_, index: string) => imageText(images[Number(index)]!));
}

const collapse = (text: string) => text.replace(/[ \t\r\n\f]+/g, ' ').trim();

/** A line of {@link readHtml} as {@link htmlToLines} gives it. */
export const plainLine = (line: string, images: HtmlImage[]) => collapse(unmarkImages(line, images));

export function htmlToLines(html: string): string[] {
  const { lines, images } = readHtml(html);
  // An image with no alt text reads as nothing, so its line is a blank line like its neighbours.
  return lines
    .map((line) => plainLine(line, images))
    .filter((line, i, all) => line !== '' || i === 0 || all[i - 1] !== '');
}

/**
 * The lines of {@link htmlToLines} with each `<img>` left as a mark (see IMAGE_MARK) at its
 * place, and the images in order: the ingest reads the text and keeps the images of the body.
 */
export function readHtml(html: string): { lines: string[]; images: HtmlImage[] } {
  const images: HtmlImage[] = [];
  /** Inline text of an element, whitespace collapsed as a browser would. */
  const inlineText = (node: ChildNode): string => {
    if (node.type === 'text') return node.data;
    if (!isElement(node) || SKIPPED.has(node.name)) return '';
    if (node.name === 'br') return ' ';
    if (node.name === 'img') {
      images.push({ src: node.attribs.src ?? '', alt: collapse(node.attribs.alt ?? '') });
      return imageMark(images.length - 1);
    }
    return node.children.map(inlineText).join('');
  };
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    else if (lines.at(-1) !== '') lines.push('');
    current = '';
  };
  const walk = (node: ChildNode) => {
    if (node.type === 'text') {
      current += node.data;
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.name)) return;
    if (node.name === 'br') return flush();
    if (node.name === 'img') {
      current += inlineText(node);
      return;
    }
    if (node.name === 'table') {
      flush();
      for (const row of rowsOf(node, inlineText)) lines.push(`| ${row.join(' | ')} |`);
      lines.push('');
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) flush();
    // List items keep their list: bullets for <ul>, printed numbers for <ol>.
    if (node.name === 'li' && node.parent && isElement(node.parent as ChildNode)) {
      const list = node.parent as Element;
      const items = list.children.filter((c): c is Element => isElement(c) && c.name === 'li');
      current += list.name === 'ol' ? `${Number(list.attribs.start ?? 1) + items.indexOf(node)}. ` : '• ';
    }
    node.children.forEach(walk);
    if (block) flush();
  };
  parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children.forEach(walk);
  flush();
  return { lines, images };
}

function rowsOf(table: Element, inlineText: (node: ChildNode) => string): string[][] {
  const rows: string[][] = [];
  const visit = (node: ChildNode) => {
    if (!isElement(node)) return;
    if (node.name === 'table' && node !== table) return; // nested tables stay inside their cell's text
    if (node.name === 'tr') {
      const cells = node.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
      const row = cells.map((cell) => collapse(inlineText(cell)).replace(/\|/g, '\\|'));
      if (row.some(Boolean)) rows.push(row);
      return;
    }
    node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return rows;
}
