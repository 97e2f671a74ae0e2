import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { placePath } from './catalog.ts';

/** One step of a page's breadcrumb trail; the last step (the page itself) has no link. */
export interface Crumb {
  href?: string;
  label: string;
}

/** 首页 › 浏览, the first steps of every browse, place and report page. */
export const BROWSE_TRAIL: readonly Crumb[] = [
  { href: '/', label: '首页' },
  { href: '/browse/', label: '浏览' },
];

/** Links to the place pages of the given divisions, named from the gazetteer (the code when unknown). */
export function placeCrumbs(gazetteer: Gazetteer, codes: readonly string[]): Crumb[] {
  return codes.map((code) => ({ href: placePath(code), label: gazetteer.byCode.get(code)?.name ?? code }));
}
