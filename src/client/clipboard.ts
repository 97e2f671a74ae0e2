/**
 * Copies text and says so in a live region (role=status), so the result is announced. The
 * async Clipboard API needs a secure context; on a plain-http archive the older execCommand
 * path is used, and when both fail the status shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'fz-visually-hidden';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}

export async function copyAndAnnounce(
  text: string,
  what: string,
  status: HTMLElement,
  returnFocus?: HTMLElement,
): Promise<void> {
  const copied = await copyText(text);
  // Emptied first so that copying the same thing twice is announced twice.
  status.textContent = '';
  status.textContent = copied ? `已复制${what}：${text}` : `无法自动复制，请手动复制${what}：${text}`;
  returnFocus?.focus();
}

/** The page's public address (its canonical link), which a copied link should point to. */
export function pageAddress(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return canonical?.href ?? `${location.origin}${location.pathname}`;
}
