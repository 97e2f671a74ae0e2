import { PREF_KEYS, TEXT_SIZES } from '../../lib/site/reader-prefs.ts';
import { disclosure, keepInOneRow } from '../../client/one-row.ts';

/**
 * The strip or its 阅读设置 button (see ReaderSettings.astro): the button opens and closes the
 * panel (Esc closes it and returns focus); a strip that starts to wrap — a bigger text size
 * chosen in it — becomes the button with the panel left open, so focus stays where it was.
 */
function startCollapsing(): void {
  const root = document.querySelector<HTMLElement>('[data-reader-settings]');
  const row = root?.querySelector<HTMLElement>('[data-reader-settings-row]');
  const toggle = root?.querySelector<HTMLButtonElement>('[data-reader-settings-toggle]');
  const panel = root?.querySelector<HTMLElement>('[data-reader-settings-panel]');
  if (!root || !row || !toggle || !panel) return;
  const show = disclosure(toggle, panel);
  keepInOneRow(
    row,
    () => [...panel.querySelectorAll('button, .fz-reader-settings__group-label')],
    [root],
    (compact) => {
      if (compact && panel.contains(document.activeElement)) show(true);
    },
  );
}

/** Wires the reader-settings buttons: each toggles an attribute on <html>, stores it and says so. */
export function startReaderSettings(): void {
  const root = document.documentElement;
  const status = document.querySelector<HTMLElement>('[data-pref-status]');

  function store(key: string, value: string | null) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* private mode: the setting still applies to this page */
    }
  }

  function sync() {
    const size = Number(root.getAttribute('data-size') ?? '0');
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-pref]')) {
      const pref = button.dataset.pref;
      const pressed =
        pref === 'elder'
          ? root.hasAttribute('data-elder')
          : pref === 'contrast'
            ? root.getAttribute('data-contrast') === 'high'
            : Number(button.dataset.step) === size;
      button.setAttribute('aria-pressed', String(pressed));
    }
  }

  function announce(message: string) {
    if (status) status.textContent = message;
  }

  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-pref]');
    if (!button) return;
    const pref = button.dataset.pref;
    if (pref === 'elder') {
      const on = !root.hasAttribute('data-elder');
      root.toggleAttribute('data-elder', on);
      store(PREF_KEYS.elder, on ? 'on' : null);
      announce(on ? '已开启长者模式' : '已关闭长者模式');
    } else if (pref === 'contrast') {
      const on = root.getAttribute('data-contrast') !== 'high';
      if (on) root.setAttribute('data-contrast', 'high');
      else root.removeAttribute('data-contrast');
      store(PREF_KEYS.contrast, on ? 'high' : null);
      announce(on ? '已开启高对比度' : '已关闭高对比度');
    } else if (pref === 'size') {
      const step = Number(button.dataset.step);
      if (step > 0) root.setAttribute('data-size', String(step));
      else root.removeAttribute('data-size');
      store(PREF_KEYS.size, step > 0 ? String(step) : null);
      announce(`字号：${TEXT_SIZES[step]?.label ?? ''}`);
    }
    sync();
  });

  sync();
  startCollapsing();
}
