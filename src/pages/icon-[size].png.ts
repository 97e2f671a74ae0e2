import type { APIRoute } from 'astro';
import { ICON_SIZES, pngIcon } from '../lib/share-card/icons.ts';

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await pngIcon(Number(params.size))), { headers: { 'Content-Type': 'image/png' } });
