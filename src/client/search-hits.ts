/**
 * A report opened from a search result (`?hl=枫桥经验#s-1-4`): every occurrence of the query in
 * the text is highlighted (CSS Custom Highlight API, the text itself untouched) and the first
 * one in the target section is brought into view.
 */
import { parseQuery } from '../lib/search/web/query.ts';
import { decodedFragment } from './fragment.ts';
import { charFold, foldString, type CharFold } from '../lib/search/format/fold.ts';
import { scriptMapFor } from './script-map.ts';

/**
 * Text and query are compared folded the way the search index folds them (Traditional as
 * Simplified, full-width as half-width, Latin in lower case), so a report the search found is
 * also highlighted: 楓橋經驗 in a Simplified report, 枫桥经验 in a Traditional one.
 *
 * The occurrences can be walked through: 上一处 / 下一处 buttons, or the keys n and Shift+N
 * anywhere outside a text field; the current one is scrolled to, set apart
 * (::highlight(search-hit-current)) and its position (第 3 / 12 处) announced politely.
 */
export async function highlightSearchHits(): Promise<void> {
  const asked = new URLSearchParams(window.location.search).get('hl')?.trim();
  // The words the query asks for, as the search read them: alternatives all marked, exclusions
  // (-信访) and ranges (年份:2021) not looked for in the text.
  const parsed = asked ? parseQuery(asked) : undefined;
  const query = parsed?.terms.join('”“');
  const text = document.querySelector<HTMLElement>('[data-report-text]');
  const nav = document.querySelector<HTMLElement>('[data-hit-nav]');
  const summary = nav?.querySelector<HTMLElement>('[data-hit-summary]');
  if (!parsed || !query || !text || !nav || !summary) return;
  const fold = charFold(await scriptMapFor(`${asked}${text.textContent ?? ''}`).catch(() => undefined));
  const rangesOf = (words: string[]) =>
    words
      .flatMap((word) => findAll(text, foldString(word, fold), fold))
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  // The words of a single term found apart (the search's second tier) when the term is not here as written.
  let ranges = rangesOf(parsed.terms);
  if (ranges.length === 0 && parsed.parts.length > 0) ranges = rangesOf(parsed.parts);
  nav.hidden = false;
  // The controls stay at the top of the screen while reading; what gets focus or is scrolled
  // to by the browser stops below them instead of under them.
  document.documentElement.style.scrollPaddingTop = `${nav.getBoundingClientRect().height + 8}px`;
  summary.textContent =
    ranges.length > 0 ? `本页共 ${ranges.length} 处“${query}”已突出显示。` : `本页正文未找到“${query}”。`;
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const Highlight = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && Highlight && ranges.length > 0) registry.set('search-hit', new Highlight(...ranges));
  if (ranges.length === 0) return;
  const section = window.location.hash ? document.getElementById(decodedFragment(window.location.hash.slice(1))) : null;
  const first = Math.max(
    0,
    ranges.findIndex(
      (r) => !section || section.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING,
    ),
  );
  const walk = hitWalker(nav, ranges, (range) => {
    if (registry && Highlight) registry.set('search-hit-current', new Highlight(range));
  });
  walk.go(first);
}

/** The 上一处 / 下一处 controls and keys over the ranges; `mark` shows which one is current. */
function hitWalker(nav: HTMLElement, ranges: Range[], mark: (range: Range) => void) {
  const controls = nav.querySelector<HTMLElement>('[data-hit-controls]')!;
  const position = nav.querySelector<HTMLElement>('[data-hit-position]')!;
  const previous = nav.querySelector<HTMLButtonElement>('[data-hit-previous]')!;
  const next = nav.querySelector<HTMLButtonElement>('[data-hit-next]')!;
  let current = 0;
  const go = (to: number) => {
    // Past the last occurrence comes the first again, and before the first the last.
    current = (to + ranges.length) % ranges.length;
    const range = ranges[current]!;
    mark(range);
    position.textContent = `第 ${current + 1} / ${ranges.length} 处`;
    nav.dataset.current = String(current + 1);
    scrollToRange(range, nav);
  };
  controls.hidden = false;
  previous.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    go(event.shiftKey ? current - 1 : current + 1);
  });
  return { go };
}

/** Brings a range to the middle of the screen below the controls (as tall as they are once stuck at the top). */
function scrollToRange(range: Range, nav: HTMLElement): void {
  const rect = range.getBoundingClientRect();
  const covered = Math.max(nav.getBoundingClientRect().bottom, nav.offsetHeight);
  if (rect.top >= covered && rect.bottom <= window.innerHeight) return;
  window.scrollBy({ top: rect.top - (window.innerHeight + nav.offsetHeight) / 2, behavior: 'instant' });
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
