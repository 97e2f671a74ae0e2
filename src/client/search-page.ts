import { ArchiveIndex, type Excerpt } from '../lib/search/web/engine.ts';
import { httpSource } from '../lib/search/web/http-source.ts';
import type { ResultRow, RowSection } from '../lib/search/format/rows.ts';
import { runSearch, type SearchOutcome } from '../lib/search/web/query.ts';
import { resultsCsv, type ResultRow as CsvRow } from '../lib/site/results-csv.ts';
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

// The manifest is fetched fresh, every other index file may come from any cache (http-source.ts).
const source = httpSource(new URL(INDEX_ROOT, window.location.href).href);

let index: Promise<ArchiveIndex> | undefined;
function loadIndex(): Promise<ArchiveIndex> {
  index ??= ArchiveIndex.open(source);
  index.catch(() => (index = undefined));
  return index;
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

function resultItem(row: ResultRow, excerpt: Excerpt | undefined, query: string): HTMLLIElement {
  const { id, title, place, year, published } = row;
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'fz-report-list__title';
  const section = query ? sectionAt(row, excerpt?.at) : undefined;
  const link = document.createElement('a');
  const target = new URL(`/reports/${id}/`, window.location.href);
  if (query) target.searchParams.set('hl', query);
  if (section) target.hash = section.id;
  link.href = `${target.pathname}${target.search}${target.hash}`;
  link.textContent = title;
  heading.appendChild(link);
  const meta = document.createElement('p');
  meta.className = 'fz-report-list__meta';
  meta.textContent = [place, `${year}年度`, published ? `发布于 ${published}` : undefined].filter(Boolean).join(' · ');
  item.append(heading, meta);
  if (excerpt) {
    const text = document.createElement('p');
    text.className = 'fz-report-list__excerpt';
    text.appendChild(excerptFragment(excerpt));
    item.appendChild(text);
  }
  if (section) {
    const where = document.createElement('p');
    where.className = 'fz-report-list__section';
    where.textContent = `匹配章节：${section.heading}`;
    item.appendChild(where);
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
    const hint = document.createElement('p');
    hint.className = 'fz-search__hint';
    hint.dataset.facetHint = '';
    hint.textContent = '无';
    fieldset.appendChild(hint);
  }
  for (const [value, count] of values) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = key;
    box.value = value;
    box.checked = chosen.includes(value);
    const name = document.createElement('span');
    name.textContent = value;
    const number = document.createElement('span');
    number.className = 'fz-search__count';
    number.textContent = `（${count}）`;
    label.append(box, name, number);
    fieldset.appendChild(label);
  }
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
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

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const exportButton = document.querySelector<HTMLButtonElement>('#search-export')!;
  const exportStatus = document.querySelector<HTMLElement>('#export-status')!;
  const notice = document.querySelector<HTMLElement>('[data-search-notice]')!;
  let shown: SearchOutcome | undefined;
  let shownQuery = '';
  let run = 0;

  const formState = (): SearchState =>
    parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));

  // The fixed facets' values are the checkboxes the build put in the form.
  const known: Partial<Record<FacetKey, string[]>> = {};
  for (const { key, dynamic } of SEARCH_FACETS) {
    if (!dynamic)
      known[key] = [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)].map(
        (box) => box.value,
      );
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

  const panel = form.querySelector<HTMLDetailsElement>('[data-filter-panel]')!;
  // Filters stay open beside the results on wide screens; on a phone they fold away until
  // wanted, so the results come first, unless a filter is already chosen.
  const wide = window.matchMedia('(min-width: 48rem)');

  function showState(state: SearchState) {
    input.value = state.q;
    sort.value = state.sort;
    panel.open = wide.matches || !isEmptySearch({ ...state, q: '' }) || Boolean(state.sort);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    }
  }

  /** Shows the next page of results unless a newer search has started meanwhile. */
  async function appendPage(token: number) {
    if (!shown) return;
    const archive = await loadIndex();
    const outcome = shown;
    const start = list.children.length;
    const page = outcome.results.slice(start, start + PAGE_SIZE);
    const terms = [...outcome.query.terms, ...outcome.query.parts].map((t) => archive.foldTerm(t));
    const items = await Promise.all(
      page.map(async (doc) => {
        const [row, excerpt] = await Promise.all([
          archive.row(doc),
          terms.length > 0 ? archive.excerpt(doc, terms, outcome.matches.get(doc)) : undefined,
        ]);
        return resultItem(row, excerpt, shownQuery);
      }),
    );
    if (token !== run) return;
    list.append(...items);
    more.hidden = list.children.length >= outcome.results.length;
  }

  async function search(state: SearchState) {
    const current = ++run;
    list.replaceChildren();
    more.hidden = true;
    exportButton.hidden = true;
    if (isEmptySearch(state)) {
      status.textContent = '请输入检索词，或选择筛选条件。';
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
      if (current !== run) return;
      shown = outcome;
      shownQuery = state.q;
      exportButton.hidden = outcome.results.length === 0;
      await appendPage(current);
      if (current !== run) return;
      // Announced once the first results are in the page, so the count and the list agree.
      status.textContent = statusText(outcome);
      for (const counter of document.querySelectorAll<HTMLElement>('[data-facet-count]')) {
        const [facet, value] = counter.dataset.facetCount!.split(':') as [FacetKey, string];
        counter.textContent = `（${outcome.counts[facet]?.[value] ?? 0}）`;
      }
      for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('[data-dynamic-facet]')) {
        const key = fieldset.dataset.dynamicFacet as FacetKey;
        renderDynamicFacet(fieldset, outcome.counts[key], state.filters[key]);
      }
    } catch (error) {
      if (current === run) status.textContent = '检索暂时无法使用，请稍后再试，或改用“浏览报告”。';
      console.error(error);
    }
  }

  function submit(push: boolean) {
    const state = formState();
    // A search from the form is all known values: a notice about the address no longer applies.
    notice.hidden = true;
    const query = searchStateToParams(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void search(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) submit(true);
  });
  more.addEventListener('click', () => void appendPage(run));
  exportButton.addEventListener('click', async () => {
    const token = run;
    const outcome = shown;
    if (!outcome) return;
    const archive = await loadIndex();
    const rows: CsvRow[] = [];
    for (let i = 0; i < outcome.results.length; i += 50) {
      exportStatus.textContent = `正在导出：${i} / ${outcome.results.length}`;
      const batch = await Promise.all(outcome.results.slice(i, i + 50).map((doc) => archive.row(doc)));
      if (token !== run) return;
      for (const { id, title, place, code, year, published } of batch) {
        rows.push({
          title,
          place,
          code,
          year: String(year),
          published,
          url: new URL(`/reports/${id}/`, window.location.href).href,
        });
      }
    }
    download('法治政府建设年度报告-检索结果.csv', resultsCsv(rows));
    exportStatus.textContent = `已导出 ${rows.length} 份报告的信息（CSV 文件）`;
  });
  window.addEventListener('popstate', () => {
    const state = stateFromLocation();
    showState(state);
    void search(state);
  });
  input.addEventListener('focus', preload, { once: true });

  const initial = stateFromLocation();
  showState(initial);
  void search(initial);
}
