import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { LEVEL_LABELS, type Level, type Report } from '../schema/report.ts';
import { contentKey, flattenTree, type PlaceNode } from './catalog.ts';
import { BROWSE_TRAIL, placeCrumbs, type Crumb } from './trail.ts';

export interface PlacePagePath {
  params: { code: string };
  props: { node: PlaceNode };
  cacheKey: string;
}

/**
 * One page per place in the tree. A place page shows its part of the tree and its reports, so
 * that part is its cache key: unchanged, Astro's incremental build does not render it again.
 */
export function placePagePaths(tree: PlaceNode[]): PlacePagePath[] {
  return flattenTree(tree).map((node) => ({
    params: { code: node.code },
    props: { node },
    cacheKey: contentKey(node),
  }));
}

export interface PlacePageData {
  node: PlaceNode;
  /** The place's full name, province first (广东省深圳市龙岗区…). */
  fullName: string;
  trail: Crumb[];
  /** 行政层级 · 区划代码 · count, the line under the heading. */
  summary: string;
  /** Reports of the place itself, newest first. */
  own: Report[];
}

export function placePageData(node: PlaceNode, gazetteer: Gazetteer): PlacePageData {
  const ancestors = gazetteer.byCode.get(node.code)?.ancestorCodes ?? [];
  const ancestorCrumbs = placeCrumbs(gazetteer, ancestors);
  return {
    node,
    fullName: [...ancestorCrumbs.map((c) => c.label), node.name].join(''),
    trail: [...BROWSE_TRAIL, ...ancestorCrumbs, { label: node.name }],
    summary: `${LEVEL_LABELS[node.level as Level] ?? ''} · 区划代码 ${node.code} · 共 ${node.total} 份报告`,
    own: node.reports,
  };
}
