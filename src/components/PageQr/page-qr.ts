/** The 扫一扫 button: opens and closes its popover; Esc or 关闭 closes it and returns focus. */
export function startPageQr(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-qr]')) {
    const toggle = root.querySelector<HTMLButtonElement>('[data-qr-toggle]')!;
    const popover = root.querySelector<HTMLElement>('[data-qr-popover]')!;
    const close = root.querySelector<HTMLButtonElement>('[data-qr-close]')!;
    const show = (open: boolean) => {
      popover.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', () => show(popover.hidden === true));
    close.addEventListener('click', () => {
      show(false);
      toggle.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !popover.hidden) {
        show(false);
        toggle.focus();
      }
    });
  }
}
