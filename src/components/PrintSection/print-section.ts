/**
 * 打印本节. A section is a top-level heading of the report text and what follows it up to the
 * next heading of that level or above (the rendered Markdown is flat: headings and paragraphs
 * are siblings). Printing one marks the section, the report's title and the print head's
 * section line as kept and puts a class on <body> that src/styles/print.css reads; both go when
 * printing ends (afterprint), so the next print is the whole page again.
 */

export const ONE_SECTION_CLASS = 'fz-print-one-section';
export const KEEP_CLASS = 'fz-print-keep';

const HEADING = /^H([1-6])$/;
const depthOf = (element: Element): number | undefined => {
  const match = HEADING.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
};

/** The heading and its following siblings up to the next heading of its depth or above. */
export function sectionParts(heading: HTMLElement): HTMLElement[] {
  const depth = depthOf(heading)!;
  const parts: HTMLElement[] = [heading];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const nextDepth = depthOf(next);
    if (nextDepth !== undefined && nextDepth <= depth) break;
    parts.push(next as HTMLElement);
  }
  return parts;
}

function clear(): void {
  document.body.classList.remove(ONE_SECTION_CLASS);
  for (const kept of document.querySelectorAll(`.${KEEP_CLASS}`)) kept.classList.remove(KEEP_CLASS);
  const line = document.querySelector<HTMLElement>('[data-print-section]');
  if (line) {
    line.hidden = true;
    line.textContent = '';
  }
}

/** Prints one section: marks what is kept, prints, and undoes it when printing ends. */
export function printSection(heading: HTMLElement, name: string): void {
  clear();
  for (const part of sectionParts(heading)) part.classList.add(KEEP_CLASS);
  heading.closest('article')?.querySelector('h1')?.classList.add(KEEP_CLASS);
  const line = document.querySelector<HTMLElement>('[data-print-section]');
  if (line) {
    const address = new URL(
      `#${heading.id}`,
      document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href,
    );
    line.textContent = `本节：${name}（${address.href}）`;
    line.hidden = false;
  }
  document.body.classList.add(ONE_SECTION_CLASS);
  window.addEventListener('afterprint', clear, { once: true });
  window.print();
}

/** A 打印本节 button in each top-level heading of the report text; returns how many. */
export function addPrintSectionButtons(root: HTMLElement): number {
  const headings = [...root.children].filter(
    (child): child is HTMLElement => depthOf(child) !== undefined && Boolean((child as HTMLElement).id),
  );
  if (headings.length === 0) return 0;
  const top = Math.min(...headings.map((heading) => depthOf(heading)!));
  let added = 0;
  for (const heading of headings.filter((h) => depthOf(h) === top)) {
    // Read before any control is appended: the buttons hold no text, but the name is fixed here.
    const name = (heading.textContent ?? '').trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fz-print-section';
    button.setAttribute('aria-label', `打印本节：${name}`);
    button.title = `只打印“${name}”一节`;
    button.addEventListener('click', () => printSection(heading, name));
    heading.append(button);
    added++;
  }
  return added;
}
