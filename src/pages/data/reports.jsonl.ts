import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { openDataJsonLines } from '../../lib/site/open-data-files.ts';

/** /data/reports.jsonl: one JSON object per line and report, with its full text. */
export async function GET({ site }: APIContext): Promise<Response> {
  const lines = openDataJsonLines(await getCollection('reports'), site!);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
}
