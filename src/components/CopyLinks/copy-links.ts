import { copyAndAnnounce, pageAddress } from '../../client/clipboard.ts';

/**
 * A 复制链接 button on every heading and paragraph of the report text that has an anchor
 * (s-2-1, p-12): always visible and in the tab order, so it works by keyboard and touch, not
 * only on hover. The button holds no text node (its mark is drawn by CSS), so the text that
 * read-aloud, search highlighting and copy-paste see is the report's own.
 */
/** How long the copied message stays on screen (the live region has announced it by then). */
const STATUS_SECONDS = 8;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

export function addCopyLinks(root: HTMLElement, status: HTMLElement): number {
  let added = 0;
  let paragraph = 0;
  for (const target of root.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id], h6[id], p[id], li[id]')) {
    const isHeading = /^H\d$/.test(target.tagName);
    if (!isHeading) paragraph++;
    const what = isHeading ? `“${(target.textContent ?? '').trim()}”一节的链接` : `第${paragraph}段的链接`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fz-copy-link no-print';
    button.setAttribute('aria-label', `复制${what}`);
    button.title = `复制${what}`;
    button.dataset.copyLink = target.id;
    button.addEventListener('click', () => {
      const link = `${pageAddress()}#${target.id}`;
      // The address bar shows the passage's address too, a fallback when copying is refused.
      history.replaceState(history.state, '', `#${target.id}`);
      void copyAndAnnounce(link, what, status).then(() => {
        clearTimeout(clearTimer);
        clearTimer = setTimeout(() => (status.textContent = ''), STATUS_SECONDS * 1000);
      });
    });
    target.append(button);
    added++;
  }
  return added;
}
