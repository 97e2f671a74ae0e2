import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { ingestCapture, type CaptureOutcome } from '../../../src/lib/ingest/ingest.ts';

/** What the real-rules tests share: one gazetteer, a capture ingested from its text, and filler prose. */
export const gazetteer = loadGazetteer();
const encoder = new TextEncoder();

/** A `.txt` capture of `text`, with its sidecar's sourceUrl and a place from content/overrides.yaml when given. */
export function ingest(text: string, sourceUrl?: string, place?: string): CaptureOutcome {
  return ingestCapture(
    {
      file: 'page.txt',
      bytes: encoder.encode(text),
      ...(sourceUrl ? { sidecar: { sourceUrl } } : {}),
      ...(place ? { place } : {}),
    },
    gazetteer,
  );
}

/** An `.html` capture of `html`, with its sidecar's sourceUrl when given. */
export function ingestHtml(html: string, sourceUrl?: string): CaptureOutcome {
  return ingestCapture(
    { file: 'page.html', bytes: encoder.encode(html), ...(sourceUrl ? { sidecar: { sourceUrl } } : {}) },
    gazetteer,
  );
}

/** A text page as a portal serves it: each line its own paragraph, escaped. */
export function asParagraphs(text: string): string {
  const escapeHtml = (line: string) => line.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const paragraphs = text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>正文</title></head>\n<body><div class="article">\n${paragraphs.join('\n')}\n</div></body></html>`;
}

export function published(outcome: CaptureOutcome) {
  if (outcome.status === 'rejected') throw new Error(`rejected: ${outcome.reasons.join('; ')}`);
  return outcome.report;
}

/** A sentence every report has, to give a piece of page the length of real text. */
export const PROSE =
  '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推进法治政府建设,各项工作取得新成效。';
