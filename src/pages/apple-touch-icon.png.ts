import type { APIRoute } from 'astro';
import { APPLE_TOUCH_SIZE, pngIcon } from '../lib/share-card/icons.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await pngIcon(APPLE_TOUCH_SIZE)), { headers: { 'Content-Type': 'image/png' } });
