import { findPhrase, quotedPhrase, searchTerms, simplifyQuery } from '../lib/site/query-script.ts';
import { resultsCsv, type ResultRow } from '../lib/site/results-csv.ts';
import {
  isEmptySearch,
  pagefindOptions,
  parseSearchState,
  searchStateToParams,
  type SearchState,
} from '../lib/site/search-state.ts';

/** The search page: Pagefind's JS API behind a plain, accessible form. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ url: string; title: string; locations?: number[] }>;
}
type PagefindResult = { id: string; data: () => Promise<PagefindResultData> };
interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within the current filters. */
  filters: Record<string, Record<string, number>>;
  /** Counts for the query alone, filters aside. */
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options: (opts: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, opts: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
let scriptMap: Promise<{ from: string; to: string }> | undefined;

/** The Traditional→Simplified map, fetched once, alongside Pagefind. */
function loadScriptMap(): Promise<{ from: string; to: string }> {
  scriptMap ??= fetch('/t2s.json').then((response) => (response.ok ? response.json() : { from: '', to: '' }));
  return scriptMap;
}
/** Cities and counties offered as filters: the ones with the most results. */
const DYNAMIC_FACET_LIMIT = 30;
let pagefind: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await module.options({ excerptLength: 40 });
    await module.init();
    // Loads the filter indexes; without it Pagefind reports no per-value counts.
    await module.filters();
    return module;
  })();
  return pagefind;
}

/** Copies Pagefind's excerpt keeping only text and <mark>: nothing else from the index reaches the page. */
function excerptFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  const copy = (from: Node, into: Node) => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        copy(child, mark);
        into.appendChild(mark);
      } else copy(child, into);
    }
  };
  copy(template.content, out);
  return out;
}

/** The section of a report where the query matches most, to open the report there. */
function bestSection(data: PagefindResultData): { url: string; title: string } | undefined {
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#'));
  return sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
}

/** A link into the report that highlights the query there. */
function linkWithHighlight(url: string, query: string): string {
  const target = new URL(url, window.location.href);
  if (query) target.searchParams.set('hl', query);
  return `${target.pathname}${target.search}${target.hash}`;
}

/** An excerpt around the phrase as it stands in the text, the phrase marked. */
function phraseExcerpt(content: string, phrase: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const at = findPhrase(content, phrase);
  if (!at) return out;
  const start = Math.max(0, at.index - 40);
  const end = Math.min(content.length, at.index + at.length + 40);
  const mark = document.createElement('mark');
  mark.textContent = content.slice(at.index, at.index + at.length);
  out.append(`${start > 0 ? '…' : ''}${content.slice(start, at.index)}`, mark, `${content.slice(at.index + at.length, end)}${end < content.length ? '…' : ''}`);
  return out;
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('h2');
  title.className = 'title';
  const section = query ? bestSection(data) : undefined;
  const link = document.createElement('a');
  link.href = linkWithHighlight(section?.url ?? data.url, query);
  link.textContent = data.meta.title ?? data.url;
  title.appendChild(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [
    data.meta.place,
    data.meta.year ? `${data.meta.year}年度` : undefined,
    data.meta.published ? `发布于 ${data.meta.published}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  const phrase = quotedPhrase(query);
  excerpt.appendChild(phrase ? phraseExcerpt(data.content, phrase) : excerptFragment(data.excerpt));
  item.append(title, meta, excerpt);
  if (section) {
    const where = document.createElement('p');
    where.className = 'section-hit';
    where.textContent = `匹配章节：${section.title}`;
    item.appendChild(where);
  }
  return item;
}

/** Checkboxes for a facet whose values come from the current results (cities, counties). */
function renderDynamicFacet(fieldset: HTMLFieldSetElement, counts: Record<string, number>, chosen: string[]): void {
  const key = fieldset.dataset.dynamicFacet!;
  const values = Object.entries(counts)
    .filter(([value, count]) => count > 0 || chosen.includes(value))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    .slice(0, DYNAMIC_FACET_LIMIT);
  for (const old of fieldset.querySelectorAll('label, [data-facet-hint]')) old.remove();
  if (values.length === 0) {
    const hint = document.createElement('p');
    hint.className = 'hint';
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
    number.className = 'count';
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

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const exportButton = document.querySelector<HTMLButtonElement>('#search-export')!;
  const exportStatus = document.querySelector<HTMLElement>('#export-status')!;
  let shown: PagefindResult[] = [];
  let shownQuery = '';
  let run = 0;

  const formState = (): SearchState => parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));

  const panel = form.querySelector<HTMLDetailsElement>('[data-filter-panel]')!;
  // Filters stay open beside the results on wide screens; on a phone they fold away until
  // wanted, so the results come first, unless a filter is already chosen.
  const wide = window.matchMedia('(min-width: 48rem)');

  function showState(state: SearchState) {
    input.value = state.q;
    sort.value = state.sort;
    panel.open = wide.matches || !isEmptySearch({ ...state, q: '' }) || Boolean(state.sort);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
    }
  }

  /** Shows the next page of results unless a newer search has started meanwhile. */
  async function appendPage(token: number) {
    const start = list.children.length;
    const page = shown.slice(start, start + PAGE_SIZE);
    const items = await Promise.all(page.map((r) => r.data()));
    if (token !== run) return;
    for (const data of items) list.appendChild(resultItem(data, shownQuery));
    more.hidden = list.children.length >= shown.length;
  }

  /** The candidates whose text holds the phrase verbatim, with facet counts over them. */
  async function verify(candidates: PagefindResult[], phrase: string, token: number) {
    const results: PagefindResult[] = [];
    const counts: Record<string, Record<string, number>> = {};
    for (let i = 0; i < candidates.length; i += 20) {
      status.textContent = `正在逐字核对：${i} / ${candidates.length}`;
      const batch = candidates.slice(i, i + 20);
      const data = await Promise.all(batch.map((r) => r.data()));
      if (token !== run) return undefined;
      data.forEach((d, k) => {
        if (!findPhrase(d.content, phrase)) return;
        results.push(batch[k]!);
        for (const [facet, values] of Object.entries(d.filters)) {
          counts[facet] ??= {};
          for (const value of values) counts[facet]![value] = (counts[facet]![value] ?? 0) + 1;
        }
      });
    }
    return { results, counts };
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
      const [module, map] = await Promise.all([loadPagefind(), loadScriptMap()]);
      // The index holds every report in Simplified (Traditional reports also carry a
      // Simplified copy), so a Traditional query is searched in Simplified.
      const phrase = quotedPhrase(state.q);
      const terms = state.q ? searchTerms(simplifyQuery(phrase ?? state.q, map)) : null;
      const result = await module.search(terms, pagefindOptions(state));
      if (!result || current !== run) return;
      let counts = result.filters;
      shown = result.results;
      if (phrase) {
        // Pagefind matches words; a quoted phrase must stand verbatim: every candidate is read.
        const verified = await verify(result.results, simplifyQuery(phrase, map), current);
        if (!verified) return;
        shown = verified.results;
        counts = verified.counts;
      }
      shownQuery = state.q;
      for (const counter of document.querySelectorAll<HTMLElement>('[data-facet-count]')) {
        const [facet, value] = counter.dataset.facetCount!.split(':') as [string, string];
        counter.textContent = `（${counts[facet]?.[value] ?? 0}）`;
      }
      for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('[data-dynamic-facet]')) {
        const key = fieldset.dataset.dynamicFacet as keyof SearchState['filters'];
        // All places the query matches stay offered, so several can be chosen.
        renderDynamicFacet(fieldset, (phrase ? counts : result.totalFilters)[key] ?? {}, state.filters[key]);
      }
      exportButton.hidden = shown.length === 0;
      await appendPage(current);
      // Announced once the first results are in the page, so the count and the list agree.
      if (current === run) status.textContent = phrase ? `找到 ${shown.length} 份报告（逐字包含“${phrase}”）` : `找到 ${shown.length} 份报告`;
    } catch (error) {
      status.textContent = '检索暂时无法使用，请稍后再试，或改用“浏览报告”。';
      console.error(error);
    }
  }

  function submit(push: boolean) {
    const state = formState();
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
    const rows: ResultRow[] = [];
    for (let i = 0; i < shown.length; i += 20) {
      exportStatus.textContent = `正在导出：${i} / ${shown.length}`;
      const batch = await Promise.all(shown.slice(i, i + 20).map((r) => r.data()));
      if (token !== run) return;
      for (const data of batch) {
        rows.push({
          title: data.meta.title ?? '',
          place: data.meta.place ?? '',
          code: data.meta.code ?? '',
          year: data.meta.year ?? '',
          published: data.meta.published ?? '',
          url: new URL(data.url, window.location.href).href,
        });
      }
    }
    download('法治政府建设年度报告-检索结果.csv', resultsCsv(rows));
    exportStatus.textContent = `已导出 ${rows.length} 份报告的信息（CSV 文件）`;
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(window.location.search));
    showState(state);
    void search(state);
  });
  input.addEventListener('focus', () => void Promise.all([loadPagefind(), loadScriptMap()]), { once: true });

  const initial = parseSearchState(new URLSearchParams(window.location.search));
  showState(initial);
  void search(initial);
}
