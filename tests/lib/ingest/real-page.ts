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

export function published(outcome: CaptureOutcome) {
  if (outcome.status === 'rejected') throw new Error(`rejected: ${outcome.reasons.join('; ')}`);
  return outcome.report;
}

/** A sentence every report has, to give a piece of page the length of real text. */
export const PROSE =
  '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推进法治政府建设,各项工作取得新成效。';
