import MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { safeHttpUrl } from '../schema/url.ts';
import { IMAGE_FILE, IMAGE_LINK_PREFIX, type ReportImage } from '../schema/report.ts';

type Markdown = ReturnType<typeof MarkdownIt>;

/**
 * Renders a report body. Raw HTML is never passed through (captures are untrusted); headings
 * get ids from their place in the outline (s-2-1) and paragraphs get ids in reading order
 * (p-12), so any passage has a stable anchor to cite.
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedReport {
  html: string;
  headings: Heading[];
}

const anchorRule = (md: Markdown): void => {
  md.core.ruler.push('report_anchors', (state: StateCore) => {
    const counters = [0, 0, 0, 0, 0, 0];
    let paragraph = 0;
    let itemDepth = 0;
    const headings: Heading[] = [];
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'heading_open') {
        const depth = Number(token.tag.slice(1));
        counters[depth - 1]!++;
        for (let d = depth; d < counters.length; d++) counters[d] = 0;
        const slug = `s-${counters.slice(1, depth).join('-')}`;
        token.attrSet('id', slug);
        const inline = tokens[i + 1] as Token;
        headings.push({ depth, slug, text: inline.content.replace(/\\(.)/g, '$1') });
      } else if (token.type === 'list_item_open') {
        if (itemDepth++ === 0) token.attrSet('id', `p-${++paragraph}`);
      } else if (token.type === 'list_item_close') {
        itemDepth--;
      } else if (token.type === 'paragraph_open' && itemDepth === 0) {
        token.attrSet('id', `p-${++paragraph}`);
      }
    }
    state.env.headings = headings;
  });
  md.renderer.rules.image = (tokens, index, options, renderEnv, self) => {
    const token = tokens[index]!;
    const env = (renderEnv ?? {}) as RenderEnv;
    const alt = self.renderInlineAsText(token.children ?? [], options, renderEnv ?? {});
    const src = String(token.attrGet('src') ?? '');
    const image = src.startsWith(IMAGE_LINK_PREFIX)
      ? env.images?.find((i) => i.file === src.slice(IMAGE_LINK_PREFIX.length))
      : undefined;
    // Only an image archived with the report is shown; any other address is never requested.
    if (!image || !env.imageUrl) return md.utils.escapeHtml(alt);
    const url = (file: string) => md.utils.escapeHtml(env.imageUrl!(file));
    return (
      `<picture class="fz-report-image"><source srcset="${url(image.file)}" type="image/webp">` +
      `<img src="${url(image.fallback)}" alt="${md.utils.escapeHtml(alt)}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async"></picture>`
    );
  };
  md.renderer.rules.table_open = () =>
    '<div class="fz-table-scroll" role="region" aria-label="表格（可横向滚动）" tabindex="0"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';
};

let instance: Markdown | undefined;

export function reportMarkdown(): Markdown {
  if (!instance) {
    instance = new MarkdownIt({ html: false, linkify: false, typographer: false });
    // The ingest escapes link syntax, but a report file is also hand-edited: a link or image in
    // a body may only go to an http(s) address or to a place in the page (markdown-it's own
    // check would let `data:image/…` and `//other.host` through).
    // An image may also name one of the report's own archived files (the image rule below then
    // checks the name against the report's image list).
    instance.validateLink = (url: string) =>
      safeHttpUrl(url) !== undefined ||
      /^#[\w-]*$/.test(url) ||
      (url.startsWith(IMAGE_LINK_PREFIX) && IMAGE_FILE.test(url.slice(IMAGE_LINK_PREFIX.length)));
    instance.use(anchorRule);
  }
  return instance;
}

type RenderEnv = {
  headings?: Heading[];
  images?: ReportImage[];
  imageUrl?: (file: string) => string;
};

/** The report's archived images (its frontmatter `images`) and where the site serves a file of them. */
export interface ImageOptions {
  images?: ReportImage[];
  imageUrl: (file: string) => string;
}

export function renderReport(markdown: string, imageOptions?: ImageOptions): RenderedReport {
  const env: RenderEnv = { ...imageOptions };
  const html = reportMarkdown().render(markdown, env);
  return { html, headings: env.headings ?? [] };
}
