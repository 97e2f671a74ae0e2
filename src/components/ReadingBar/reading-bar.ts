import { currentHeading } from '../../lib/site/reading-position.ts';
import { wraps } from '../../client/one-row.ts';

/**
 * The most of the screen the stuck bar may cover when nothing is being read aloud. Measured on
 * a 375×812 phone: one row is 53 px at the default size (7 %), 92 px in elder mode at 超大
 * (11 %); the no-voice help opened is taller than the screen. While reading aloud at 超大 the
 * controls take three rows (260 px, 32 %) and the bar stays: the reader is listening, and
 * 暂停/停止 must stay at hand.
 */
const MAX_SCREEN_SHARE = 0.25;

/**
 * The reading bar in the browser: shows itself, keeps the page's scroll padding at its height,
 * names the section being read (an IntersectionObserver on the text's blocks, whose top edge is
 * the bar's bottom, wakes it when a heading or paragraph passes under the bar), marks that section in the
 * 目录, and shows 回到顶部 once the reader is more than one screen down. Keeps itself to one
 * row where it can and to a quarter of the screen (see ReadingBar.astro).
 */
export function startReadingBar(): void {
  const bar = document.querySelector<HTMLElement>('[data-reading-bar]');
  const text = document.querySelector<HTMLElement>('[data-report-text]');
  if (!bar || !text) return;
  const where = bar.querySelector<HTMLElement>('[data-current-section]')!;
  const whereText = bar.querySelector<HTMLElement>('[data-current-section-text]')!;
  const toTop = bar.querySelector<HTMLButtonElement>('[data-back-to-top]')!;
  const topTarget = document.getElementById(bar.dataset.topTarget ?? '');
  const headings = [...text.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
  // Every block is watched, not only the headings: a jump (a 目录 link, the End key) can carry a
  // heading from below the screen to above it without its ever intersecting, while some block
  // always enters the screen.
  const blocks = text.querySelectorAll<HTMLElement>('h2, h3, h4, p, li, table, figure');
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  bar.hidden = false;

  const line = () => Math.max(0, bar.getBoundingClientRect().bottom);
  let shown: number | undefined;
  const update = () => {
    // A heading brought into view by a link stops the scroll padding (1rem) below the bar: entered.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const current = currentHeading(
      headings.map((heading) => heading.getBoundingClientRect().top),
      line(),
      1.5 * rem,
    );
    if (current === shown) return;
    shown = current;
    const heading = headings[current];
    whereText.textContent = heading ? (heading.textContent ?? '').trim() : '';
    where.hidden = !heading;
    for (const link of tocLinks) {
      if (heading && link.hash === `#${heading.id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };

  /** Compact when its parts would wrap; unstuck when even compact it covers too much of the screen. */
  const fit = () => {
    const wasStuck = !bar.hasAttribute('data-unstuck');
    bar.removeAttribute('data-compact');
    bar.removeAttribute('data-unstuck');
    // One synchronous layout each: the bar as it would be, then the decision.
    if (wraps([where, ...bar.querySelectorAll('button, select, summary')])) bar.setAttribute('data-compact', '');
    const reading = bar.querySelector('[data-read-aloud][data-reading]');
    if (!reading && bar.offsetHeight > window.innerHeight * MAX_SCREEN_SHARE) {
      bar.setAttribute('data-unstuck', '');
      // Opened from the bar far down the page (the no-voice help), it would jump back to its
      // place above the text: the view follows it, so what the reader opened is on screen.
      if (wasStuck && bar.contains(document.activeElement)) window.scrollBy(0, bar.getBoundingClientRect().top);
    }
  };

  let observer: IntersectionObserver | undefined;
  let height = -1;
  const measure = () => {
    fit();
    // What the bar covers: nothing once it scrolls with the page.
    const covered = bar.hasAttribute('data-unstuck') ? 0 : bar.offsetHeight;
    if (covered === height) return;
    height = covered;
    // A custom property set through the CSSOM (allowed by the page's style-src 'self').
    document.documentElement.style.setProperty('--fz-reading-bar-height', `${height}px`);
    observer?.disconnect();
    observer = new IntersectionObserver(update, { rootMargin: `-${height}px 0px 0px 0px` });
    for (const block of blocks) observer.observe(block);
  };
  new ResizeObserver(measure).observe(bar);
  // A screen turned or a window resized changes the share the bar covers, not the bar.
  window.addEventListener('resize', measure);

  let queued = false;
  const showToTop = () => {
    queued = false;
    toTop.hidden = window.scrollY <= window.innerHeight;
  };
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(showToTop);
    },
    { passive: true },
  );
  showToTop();
  toTop.addEventListener('click', () => {
    // Focus first, without its own scroll, so the page's scroll to the very top is the only one.
    topTarget?.focus({ preventScroll: true });
    window.scrollTo({ top: 0, behavior: reduceMotion.matches ? 'auto' : 'smooth' });
  });
}
