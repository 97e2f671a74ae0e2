import { ArchiveIndex, type Excerpt, type MatchPlace } from '../lib/search/web/engine.ts';
import { httpSource } from '../lib/search/web/http-source.ts';
import type { ResultRow, RowSection } from '../lib/search/format/rows.ts';
import { NONE } from '../lib/search/format/manifest.ts';
import { prepareQueryParsing, reportsPerYear, runSearch, type SearchOutcome } from '../lib/search/web/query.ts';
import type { ScriptMap } from '../lib/chinese-script/map-pieces.ts';
import { exportCsv, exportFileName, exportJson, placeColumns, type ExportRecord } from '../lib/site/search-export.ts';
import {
  filterChips,
  otherScript,
  placesMatching,
  searchTitle,
  shareChart,
  townshipVariants,
  withoutFilter,
  withoutFilters,
  yearShares,
  type SearchPlace,
} from '../lib/site/search-view.ts';
import { scriptMapFor } from './script-map.ts';
import {
  SEARCH_FACETS,
  isEmptySearch,
  parseSearchState,
  searchStateToParams,
  searchUrlNotice,
  searchUrlProblems,
  withoutUnknownFilters,
  type FacetKey,
  type SearchState,
} from '../lib/site/search-state.ts';

/** The search page: the archive's exact index behind a plain, accessible form. */

const PAGE_SIZE = 10;
const INDEX_ROOT = '/search-index/';
/** Cities and counties offered as filters: the ones with the most results. */
const DYNAMIC_FACET_LIMIT = 30;
/** Reports read at a time for an export (rows and excerpts). */
const EXPORT_BATCH = 25;
const SVG = 'http://www.w3.org/2000/svg';

// The manifest is fetched fresh, every other index file may come from any cache (http-source.ts).
const source = httpSource(new URL(INDEX_ROOT, window.location.href).href);

let index: Promise<ArchiveIndex> | undefined;
function loadIndex(): Promise<ArchiveIndex> {
  index ??= ArchiveIndex.open(source);
  index.catch(() => (index = undefined));
  return index;
}

/** A JSON file of the site, fetched once per page (a failure is tried again next time). */
const jsonFiles = new Map<string, Promise<unknown>>();
function siteJson<T>(path: string): Promise<T> {
  let loading = jsonFiles.get(path);
  if (!loading) {
    loading = fetch(path).then((r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return r.json();
    });
    loading.catch(() => jsonFiles.delete(path));
    jsonFiles.set(path, loading);
  }
  return loading as Promise<T>;
}

/** Starts loading what every search needs (the manifest and the filter columns) before the first one. */
function preload(): void {
  loadIndex()
    .then((archive) => Promise.all(SEARCH_FACETS.map(({ key }) => archive.column(key))))
    .catch(() => undefined);
}

function excerptFragment(excerpt: Excerpt | undefined): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of excerpt?.parts ?? []) {
    if (!part.mark) out.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      out.append(mark);
    }
  }
  return out;
}

/** The section the excerpt falls in, to open the report there. */
function sectionAt(row: ResultRow, at: number | undefined): RowSection | undefined {
  if (at === undefined) return undefined;
  return row.sections.filter((s) => s.at <= at).pop();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function resultItem(
  row: ResultRow,
  excerpt: Excerpt | undefined,
  query: string,
  hits?: number,
  where: { places: MatchPlace[]; complete: boolean } = { places: [], complete: true },
): HTMLLIElement {
  const { id, title, place, year, published } = row;
  const item = element('li');
  const heading = element('h2', undefined, 'fz-report-list__title');
  const section = query ? sectionAt(row, excerpt?.at) : undefined;
  const link = element('a', title);
  const target = new URL(`/reports/${id}/`, window.location.href);
  if (query) target.searchParams.set('hl', query);
  if (section) target.hash = section.id;
  link.href = `${target.pathname}${target.search}${target.hash}`;
  heading.appendChild(link);
  const meta = element('p', undefined, 'fz-report-list__meta');
  meta.textContent = [place, `${year}年度`, published ? `发布于 ${published}` : undefined].filter(Boolean).join(' · ');
  if (hits !== undefined) {
    meta.append(' · ');
    const count = element('span', `${hits} 处`, 'fz-search__hits');
    count.dataset.hits = String(hits);
    meta.append(count);
  }
  item.append(heading, meta);
  if (excerpt) {
    const text = element('p', undefined, 'fz-report-list__excerpt');
    text.appendChild(excerptFragment(excerpt));
    item.appendChild(text);
  }
  // Where the query matched: 标题, 地区, 发布机构, 索引号, 区划代码, 文号 or 正文 · <section>.
  // 等: more occurrences than the places named, which the list does not read the text to find.
  const { places, complete } = where;
  if (places.length > 0) {
    const said = `匹配于：${places.map((p) => p.label).join('、')}${complete ? '' : ' 等'}`;
    const line = element('p', said, 'fz-report-list__section');
    line.dataset.matchedIn = places.map((p) => p.field).join(' ');
    item.appendChild(line);
  }
  return item;
}

/** Checkboxes for a facet whose values come from the current results (cities, counties). */
function renderDynamicFacet(fieldset: HTMLFieldSetElement, counts: Record<string, number>, chosen: string[]): void {
  const key = fieldset.dataset.dynamicFacet!;
  const values = Object.entries(counts)
    .filter(([value, count]) => count > 0 || chosen.includes(value))
    .concat(chosen.filter((value) => !(value in counts)).map((value) => [value, 0]))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    .slice(0, DYNAMIC_FACET_LIMIT);
  for (const old of fieldset.querySelectorAll('label, [data-facet-hint]')) old.remove();
  if (values.length === 0) {
    const hint = element('p', '无', 'fz-search__hint');
    hint.dataset.facetHint = '';
    fieldset.appendChild(hint);
  }
  for (const [value, count] of values) {
    const label = element('label');
    const box = element('input');
    box.type = 'checkbox';
    box.name = key;
    box.value = value;
    box.checked = chosen.includes(value);
    // The filters sit outside the form (beside the results); the attribute makes them its fields.
    box.setAttribute('form', 'search-form');
    label.append(box, element('span', value), element('span', `（${count}）`, 'fz-search__count'));
    fieldset.appendChild(label);
  }
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = element('a');
  anchor.href = url;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the status line says: the count first, and how many hold the query as written. */
function statusText(outcome: SearchOutcome): string {
  const total = outcome.results.length;
  const { terms, quoted, parts } = outcome.query;
  if (terms.length === 0) return `找到 ${total} 份报告`;
  const asWritten = terms.map((t) => `“${t}”`).join('');
  if (quoted) return `找到 ${total} 份报告（逐字包含${asWritten}）`;
  if (parts.length === 0 || outcome.exactCount === total) return `找到 ${total} 份报告`;
  return `找到 ${total} 份报告：${outcome.exactCount} 份逐字包含${asWritten}，其余 ${total - outcome.exactCount} 份包含${parts.map((p) => `“${p}”`).join('')}但不相连`;
}

const searchHref = (state: SearchState) => {
  const query = searchStateToParams(state).toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
};

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = document.querySelector<HTMLSelectElement>('#search-sort')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const exportCsvButton = document.querySelector<HTMLButtonElement>('#search-export')!;
  const exportJsonButton = document.querySelector<HTMLButtonElement>('#search-export-json')!;
  const exportStatus = document.querySelector<HTMLElement>('#export-status')!;
  const notice = document.querySelector<HTMLElement>('[data-search-notice]')!;
  const panel = document.querySelector<HTMLElement>('[data-filter-panel]')!;
  const panelHeading = panel.querySelector<HTMLElement>('h2')!;
  const toggle = document.querySelector<HTMLButtonElement>('[data-filter-toggle]')!;
  const toggleCount = toggle.querySelector<HTMLElement>('[data-filter-count]')!;
  const chips = document.querySelector<HTMLUListElement>('[data-filter-chips]')!;
  const clear = document.querySelector<HTMLButtonElement>('[data-filter-clear]')!;
  const help = document.querySelector<HTMLElement>('[data-zero-help]')!;
  const years = document.querySelector<HTMLElement>('[data-across-years]')!;
  const yearsBody = years.querySelector<HTMLElement>('[data-across-years-body]')!;
  const resultsRegion = document.querySelector<HTMLElement>('#search-results-region')!;
  const siteName = form.dataset.siteName ?? '';
  let shown: SearchOutcome | undefined;
  let shownState: SearchState | undefined;
  let run = 0;

  const formState = (): SearchState =>
    parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));
  // The filters and the sort sit outside the form; their form attribute makes them its fields.
  const checkboxes = () =>
    [...form.elements].filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'checkbox');

  // The fixed facets' values are the checkboxes the build put in the page.
  const known: Partial<Record<FacetKey, string[]>> = {};
  for (const { key, dynamic } of SEARCH_FACETS) {
    if (!dynamic)
      known[key] = checkboxes()
        .filter((box) => box.name === key)
        .map((box) => box.value);
  }

  /** The search the address asks for; what cannot be searched as asked is said in the notice. */
  function stateFromLocation(): SearchState {
    const params = new URLSearchParams(window.location.search);
    const problems = searchUrlProblems(params, known);
    const text = searchUrlNotice(problems);
    notice.textContent = text;
    notice.hidden = !text;
    return withoutUnknownFilters(parseSearchState(params), problems);
  }

  // On narrow screens the filters wait behind the 筛选（n） button, so the results come first.
  function openPanel(): void {
    panel.dataset.open = '';
    toggle.setAttribute('aria-expanded', 'true');
    panelHeading.focus();
  }
  function closePanel(returnFocus: boolean): void {
    delete panel.dataset.open;
    toggle.setAttribute('aria-expanded', 'false');
    if (returnFocus) toggle.focus();
  }
  toggle.addEventListener('click', () => (panel.dataset.open === undefined ? openPanel() : closePanel(true)));
  panel.querySelector('[data-filter-close]')!.addEventListener('click', () => closePanel(true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.dataset.open !== undefined) {
      event.preventDefault();
      closePanel(true);
    }
  });

  function showChips(state: SearchState): void {
    const active = filterChips(state, SEARCH_FACETS);
    toggleCount.textContent = String(active.length);
    chips.replaceChildren(
      ...active.map((chip) => {
        const item = element('li');
        const button = element('button');
        button.type = 'button';
        button.dataset.chip = `${chip.key}:${chip.value}`;
        button.append(element('span', '移除筛选条件', 'fz-visually-hidden'), chip.text);
        const cross = element('span', '×');
        cross.setAttribute('aria-hidden', 'true');
        button.append(cross);
        button.addEventListener('click', () => {
          go(withoutFilter(state, chip.key, chip.value));
          resultsRegion.focus();
        });
        item.append(button);
        return item;
      }),
    );
    chips.hidden = active.length === 0;
    clear.hidden = active.length === 0;
  }
  clear.addEventListener('click', () => {
    if (shownState) go(withoutFilters(shownState));
    input.focus();
  });

  function showState(state: SearchState) {
    input.value = state.q;
    sort.value = state.sort;
    for (const box of checkboxes()) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    showChips(state);
  }

  /** Shows the next page of results unless a newer search has started meanwhile. */
  async function appendPage(token: number) {
    if (!shown || !shownState) return;
    const items = await pageItems(await loadIndex(), shown, shownState.q, list.children.length);
    if (token !== run) return;
    list.append(...items);
    more.hidden = list.children.length >= shown.results.length;
  }

  /** The result items of the page of results from `start` on. */
  async function pageItems(archive: ArchiveIndex, outcome: SearchOutcome, query: string, start: number) {
    const page = outcome.results.slice(start, start + PAGE_SIZE);
    const terms = [...outcome.query.terms, ...outcome.query.parts].map((t) => archive.foldTerm(t));
    const items = await Promise.all(
      page.map(async (doc) => {
        const match = outcome.matches.get(doc);
        const [row, excerpt] = await Promise.all([
          archive.row(doc),
          terms.length > 0 ? archive.excerpt(doc, terms, match) : undefined,
        ]);
        // The list names only the places the index and the excerpt already give; the export reads the rest.
        const where =
          terms.length > 0
            ? await archive.whereMatchedFromIndex(doc, terms, match, outcome.scope, excerpt?.at)
            : { places: [], complete: true };
        return resultItem(row, excerpt, query, terms.length > 0 ? match?.count : undefined, where);
      }),
    );
    return items;
  }

  /** A link to another search, followed in the page. */
  function searchLink(state: SearchState, text: string): HTMLAnchorElement {
    const link = element('a', text);
    link.href = searchHref(state);
    link.dataset.searchLink = '';
    return link;
  }

  /** Counts of other searches, for the help; a search that fails counts as unknown. */
  async function countOf(archive: ArchiveIndex, state: SearchState): Promise<number | undefined> {
    return runSearch(archive, state).then(
      (o) => o.results.length,
      () => undefined,
    );
  }
  const countText = (n: number | undefined) => (n === undefined ? '' : `（${n} 份）`);

  /** When nothing is found: places named like the query, the other script, each filter dropped, 街道/街/镇 forms. */
  async function zeroResultHelp(archive: ArchiveIndex, state: SearchState): Promise<() => void> {
    const q = state.q.trim();
    const groups: Array<{ title: string; items: Array<Array<Node | string>> }> = [];
    const [places, t2s, s2t] = await Promise.all([
      q ? siteJson<SearchPlace[]>('/search/places.json').catch((): SearchPlace[] => []) : ([] as SearchPlace[]),
      q ? scriptMapFor(q).catch(() => undefined) : undefined,
      q ? siteJson<ScriptMap>('/search/s2t.json').catch(() => undefined) : undefined,
    ]);
    const named = placesMatching(places, q, (t) => archive.foldTerm(t));
    if (named.length > 0) {
      groups.push({
        title: `名称含“${q}”的地区`,
        items: named.map((place) => {
          const link = element('a', place.name);
          link.href = `/place/${place.code}/`;
          return [link, `（${place.total} 份报告）`];
        }),
      });
    }
    const other = t2s && s2t ? otherScript(q, t2s, s2t) : undefined;
    const variants = townshipVariants(q);
    const dropped = filterChips(state, SEARCH_FACETS);
    const [otherCount, variantCounts, droppedCounts] = await Promise.all([
      other ? countOf(archive, { ...state, q: other }) : undefined,
      Promise.all(variants.map((v) => countOf(archive, { ...state, q: v }))),
      Promise.all(dropped.map((chip) => countOf(archive, withoutFilter(state, chip.key, chip.value)))),
    ]);
    if (other)
      groups.push({
        title: '换一种字体',
        items: [[searchLink({ ...state, q: other }, other), countText(otherCount)]],
      });
    if (dropped.length > 0)
      groups.push({
        title: '去掉一个筛选条件',
        items: dropped.map((chip, i) => [
          searchLink(withoutFilter(state, chip.key, chip.value), `去掉“${chip.text}”`),
          countText(droppedCounts[i]),
        ]),
      });
    if (variants.length > 0)
      groups.push({
        title: '街道、街、镇的其他写法',
        items: variants.map((v, i) => [searchLink({ ...state, q: v }, v), countText(variantCounts[i])]),
      });
    return () => {
      help.replaceChildren();
      if (groups.length === 0) {
        help.append(element('p', '没有找到相关报告。可以换用更短的词，或减少筛选条件。'));
      } else {
        help.append(element('p', '没有找到相关报告。您可以试试：'));
        for (const group of groups) {
          help.append(element('h3', group.title));
          const items = element('ul');
          for (const parts of group.items) {
            const item = element('li');
            item.append(...parts);
            items.append(item);
          }
          help.append(items);
        }
      }
      help.hidden = false;
    };
  }

  /** Per year, the share of reports holding the query, as a chart and a table; each year sets the year filter. */
  async function acrossYears(
    archive: ArchiveIndex,
    state: SearchState,
    outcome: SearchOutcome,
  ): Promise<(() => void) | undefined> {
    const shares = yearShares(outcome.counts.year, await reportsPerYear(archive, state.filters));
    if (shares.length === 0) return undefined;
    const chart = shareChart(shares);
    const title = `各年度含“${state.q}”的报告占比`;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${chart.width} ${chart.height}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${title}：${chart.bars.map((b) => `${b.label}${b.display}`).join('，')}`);
    const text = (x: number, y: number, content: string, anchor = 'start') => {
      const node = document.createElementNS(SVG, 'text');
      node.setAttribute('x', String(x));
      node.setAttribute('y', String(y));
      node.setAttribute('text-anchor', anchor);
      node.setAttribute('class', 'fz-search__chart-text');
      node.textContent = content;
      return node;
    };
    for (const bar of chart.bars) {
      const middle = bar.y + chart.rowHeight / 2 + 5;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('class', 'fz-search__chart-bar');
      rect.setAttribute('x', String(chart.labelWidth));
      rect.setAttribute('y', String(bar.y + 4));
      rect.setAttribute('width', String(bar.width));
      rect.setAttribute('height', String(chart.rowHeight - 8));
      svg.append(
        text(chart.labelWidth - 8, middle, bar.label, 'end'),
        rect,
        text(chart.labelWidth + bar.width + 6, middle, bar.display),
      );
    }
    const table = element('table');
    const caption = element('caption', `${title}（数据表，点年度只看该年的结果）`);
    const head = element('tr');
    for (const h of ['年度', '含检索词的报告', '报告总数', '占比']) {
      const th = element('th', h);
      th.scope = 'col';
      head.append(th);
    }
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    shares.forEach((share, i) => {
      const row = element('tr');
      const yearCell = element('th');
      yearCell.scope = 'row';
      const link = searchLink({ ...state, filters: { ...state.filters, year: [share.year] } }, `${share.year}年度`);
      link.dataset.yearLink = share.year;
      yearCell.append(link);
      row.append(yearCell, element('td', String(share.count)), element('td', String(share.total)));
      row.append(element('td', chart.bars[i]!.display.replace(/（.*$/, '')));
      tbody.append(row);
    });
    table.append(caption, thead, tbody);
    return () => {
      years.querySelector('h2')!.textContent = title;
      yearsBody.replaceChildren(svg, table);
      years.hidden = false;
    };
  }

  async function search(state: SearchState) {
    const current = ++run;
    list.replaceChildren();
    more.hidden = true;
    exportCsvButton.hidden = true;
    exportJsonButton.hidden = true;
    help.hidden = true;
    years.hidden = true;
    exportStatus.textContent = '';
    if (isEmptySearch(state)) {
      status.textContent = '请输入检索词，或选择筛选条件。';
      document.title = searchTitle('', undefined, siteName);
      return;
    }
    status.textContent = '正在检索……';
    try {
      const archive = await loadIndex();
      // The index holds every report folded to Simplified, and so must the query be. The map
      // pieces the query needs load while it is searched as it stands; only if they change
      // the query (a Traditional query) is it searched again.
      const map = scriptMapFor(state.q);
      let outcome = await runSearch(archive, state);
      const asSearched = archive.foldTerm(state.q);
      archive.useScriptMap(await map);
      if (archive.foldTerm(state.q) !== asSearched) outcome = await runSearch(archive, state);
      // Everything the search shows is gathered first and drawn at once, so the page does not
      // shift under the reader, and the count is announced with the list in place.
      // (The zero-result help, slower to gather, follows the count.) The page's rows and texts
      // are asked for first: the facet counts, tallied on first read, are counted while they load.
      const [items, extra] = await Promise.all([
        pageItems(archive, outcome, state.q, 0),
        outcome.results.length > 0 && state.q ? acrossYears(archive, state, outcome) : undefined,
      ]);
      if (current !== run) return;
      shown = outcome;
      shownState = state;
      for (const counter of document.querySelectorAll<HTMLElement>('[data-facet-count]')) {
        const [facet, value] = counter.dataset.facetCount!.split(':') as [FacetKey, string];
        counter.textContent = `（${outcome.counts[facet]?.[value] ?? 0}）`;
      }
      for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('[data-dynamic-facet]')) {
        const key = fieldset.dataset.dynamicFacet as FacetKey;
        renderDynamicFacet(fieldset, outcome.counts[key], state.filters[key]);
      }
      extra?.();
      list.append(...items);
      more.hidden = list.children.length >= outcome.results.length;
      exportCsvButton.hidden = outcome.results.length === 0;
      exportJsonButton.hidden = outcome.results.length === 0;
      const problems = outcome.problems.map((p) => p.message);
      status.textContent = statusText(outcome);
      if (problems.length > 0)
        status.append(element('span', `检索式有问题：${problems.join('；')}`, 'fz-search__problems'));
      document.title = searchTitle(state.q, outcome.results.length, siteName);
      if (outcome.results.length === 0) {
        const showHelp = await zeroResultHelp(archive, state);
        if (current === run) showHelp();
      }
    } catch (error) {
      if (current === run) status.textContent = '检索暂时无法使用，请稍后再试，或改用“浏览报告”。';
      console.error(error);
    }
  }

  /** Runs a search and records it in the address (a new history entry unless `push` is false). */
  function go(state: SearchState, push = true) {
    // A search from the page is all known values: a notice about the address no longer applies.
    notice.hidden = true;
    const url = searchHref(state);
    showState(state);
    void search(state);
    // The address is written while the index files are on their way: a history entry costs
    // ≈ 10 ms of the page's thread, which the first results would otherwise wait for.
    setTimeout(() => {
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(formState());
  });
  panel.addEventListener('change', () => go(formState()));
  sort.addEventListener('change', () => go(formState()));
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-search-link]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    window.history.pushState(null, '', link.href);
    const state = stateFromLocation();
    showState(state);
    void search(state);
    resultsRegion.focus();
  });
  more.addEventListener('click', () => void appendPage(run));

  /** Every result as an export record: the rows, place columns, issuer and index number, hits, excerpt. */
  async function exportRecords(): Promise<{ records: ExportRecord[]; state: SearchState } | undefined> {
    const token = run;
    const outcome = shown;
    const state = shownState;
    if (!outcome || !state) return undefined;
    const archive = await loadIndex();
    const [province, city, county] = await Promise.all([
      archive.column('province'),
      archive.column('city'),
      archive.column('county'),
    ]);
    const { values } = archive.manifest;
    const nameOf = (key: 'province' | 'city' | 'county', column: Uint16Array, doc: number) =>
      column[doc] === NONE ? undefined : values[key][column[doc]!];
    const terms = [...outcome.query.terms, ...outcome.query.parts].map((t) => archive.foldTerm(t));
    const records: ExportRecord[] = [];
    for (let i = 0; i < outcome.results.length; i += EXPORT_BATCH) {
      exportStatus.textContent = `正在导出：${i} / ${outcome.results.length}`;
      const batch = await Promise.all(
        outcome.results.slice(i, i + EXPORT_BATCH).map(async (doc) => {
          const match = outcome.matches.get(doc);
          const [row, excerpt, places] = await Promise.all([
            archive.row(doc),
            terms.length > 0 ? archive.excerpt(doc, terms, match) : undefined,
            terms.length > 0 ? archive.whereMatched(doc, terms, match, outcome.scope) : [],
          ]);
          return { doc, row, excerpt, match, places };
        }),
      );
      if (token !== run) return undefined;
      for (const { doc, row, excerpt, match, places } of batch) {
        // The row carries the fields the index searches: the issuer and index number among them.
        const { issuer = '', indexNumber = '' } = row.fields;
        records.push({
          title: row.title,
          ...placeColumns(row.place, row.code, {
            province: nameOf('province', province, doc),
            city: nameOf('city', city, doc),
            county: nameOf('county', county, doc),
          }),
          divisionCode: row.code,
          year: row.year,
          published: row.published,
          issuer,
          indexNumber,
          hits: terms.length > 0 ? (match?.count ?? 0) : null,
          matchedSections: places.map((p) => p.label),
          firstExcerpt: excerpt ? excerpt.parts.map((p) => p.text).join('') : '',
          url: new URL(`/reports/${row.id}/`, window.location.href).href,
        });
      }
    }
    return { records, state };
  }

  async function exportAs(format: 'csv' | 'json') {
    try {
      const done = await exportRecords();
      if (!done) return;
      const at = new Date();
      const name = exportFileName(done.state.q, at, format);
      if (format === 'csv') download(name, exportCsv(done.records), 'text/csv;charset=utf-8');
      else
        download(
          name,
          exportJson(done.records, {
            query: done.state.q,
            searchUrl: new URL(searchHref(done.state), window.location.href).href,
            exportedAt: at,
          }),
          'application/json;charset=utf-8',
        );
      exportStatus.textContent = `已导出 ${done.records.length} 份报告的信息（${format.toUpperCase()} 文件）`;
    } catch (error) {
      exportStatus.textContent = '导出失败，请稍后再试。';
      console.error(error);
    }
  }
  exportCsvButton.addEventListener('click', () => void exportAs('csv'));
  exportJsonButton.addEventListener('click', () => void exportAs('json'));

  window.addEventListener('popstate', () => {
    const state = stateFromLocation();
    showState(state);
    void search(state);
  });
  const initial = stateFromLocation();
  showState(initial);
  void search(initial);
  // What every search needs (manifest and filter columns, ≈ 6 KB at 1,000 reports) loads as the
  // page opens: loaded on focus, the first query waited for them (≈ 250 ms of its 800 ms).
  if (isEmptySearch(initial)) preload();
  // The word segmenter loads its dictionary on first use (≈ 30–40 ms): as the reader starts
  // typing, not when the query is sent.
  for (const event of ['focus', 'input'])
    input.addEventListener(event, prepareQueryParsing, { once: true, passive: true });
}
