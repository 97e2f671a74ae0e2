/**
 * A report opened from a search result (`?hl=枫桥经验#s-1-4`): every occurrence of the query in
 * the text is highlighted (CSS Custom Highlight API, the text itself untouched) and the first
 * one in the target section is brought into view.
 */
import { quotedPhrase } from '../lib/search/web/query.ts';
import { charFold, foldString, type CharFold } from '../lib/search/format/fold.ts';
import { scriptMapFor } from './script-map.ts';

/**
 * Text and query are compared folded the way the search index folds them (Traditional as
 * Simplified, full-width as half-width, Latin in lower case), so a report the search found is
 * also highlighted: 楓橋經驗 in a Simplified report, 枫桥经验 in a Traditional one.
 */
export async function highlightSearchHits(): Promise<void> {
  const asked = new URLSearchParams(window.location.search).get('hl')?.trim();
  const query = asked ? (quotedPhrase(asked) ?? asked) : undefined;
  const text = document.querySelector<HTMLElement>('[data-report-text]');
  const summary = document.querySelector<HTMLElement>('[data-hit-summary]');
  if (!query || !text || !summary) return;
  const needles = [query, ...(quotedPhrase(asked!) ? [] : query.split(/\s+/))].filter(
    (n, i, all) => n && all.indexOf(n) === i,
  );
  const fold = charFold(await scriptMapFor(`${query}${text.textContent ?? ''}`).catch(() => undefined));
  let ranges: Range[] = [];
  for (const needle of needles) {
    ranges = findAll(text, foldString(needle, fold), fold);
    if (ranges.length > 0) break;
  }
  summary.hidden = false;
  summary.textContent =
    ranges.length > 0 ? `本页共 ${ranges.length} 处“${query}”已突出显示。` : `本页正文未找到“${query}”。`;
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const Highlight = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && Highlight && ranges.length > 0) registry.set('search-hit', new Highlight(...ranges));
  const section = window.location.hash ? document.getElementById(decodedFragment(window.location.hash.slice(1))) : null;
  const first =
    ranges.find(
      (r) => !section || section.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING,
    ) ?? ranges[0];
  first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

/** A fragment as an element id; a malformed one (`#%E4%B8`, cut mid-character) is used as written instead of throwing. */
function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function findAll(root: HTMLElement, needle: string, fold: CharFold): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const haystack = foldString(node.textContent!, fold);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  return ranges;
}
