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
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options: (opts: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, opts: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
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

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('h2');
  title.className = 'title';
  title.style.cssText = 'font-size:inherit;margin:0';
  const link = document.createElement('a');
  link.href = data.url;
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
  excerpt.appendChild(excerptFragment(data.excerpt));
  item.append(title, meta, excerpt);
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  let shown: PagefindSearch['results'] = [];
  let run = 0;

  const formState = (): SearchState => parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));

  function showState(state: SearchState) {
    input.value = state.q;
    sort.value = state.sort;
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
    for (const data of items) list.appendChild(resultItem(data));
    more.hidden = list.children.length >= shown.length;
  }

  async function search(state: SearchState) {
    const current = ++run;
    list.replaceChildren();
    more.hidden = true;
    if (isEmptySearch(state)) {
      status.textContent = '请输入检索词，或选择筛选条件。';
      return;
    }
    status.textContent = '正在检索……';
    try {
      const module = await loadPagefind();
      const result = await module.search(state.q || null, pagefindOptions(state));
      if (!result || current !== run) return;
      shown = result.results;
      for (const counter of document.querySelectorAll<HTMLElement>('[data-facet-count]')) {
        const [facet, value] = counter.dataset.facetCount!.split(':') as [string, string];
        counter.textContent = `（${result.filters[facet]?.[value] ?? 0}）`;
      }
      await appendPage(current);
      // Announced once the first results are in the page, so the count and the list agree.
      if (current === run) status.textContent = `找到 ${shown.length} 份报告`;
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
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(window.location.search));
    showState(state);
    void search(state);
  });
  input.addEventListener('focus', () => void loadPagefind(), { once: true });

  const initial = parseSearchState(new URLSearchParams(window.location.search));
  showState(initial);
  void search(initial);
}
