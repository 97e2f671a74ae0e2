import { disclosure, keepInOneRow } from '../../client/one-row.ts';

/**
 * The 菜单 button: shown while the navigation is folded (a phone, or a row that would wrap),
 * opens and closes it; Esc closes it and returns focus. When the navigation unfolds the
 * menu's open state is dropped, so folding it again starts closed.
 */
export function startSiteHeader(): void {
  const header = document.querySelector<HTMLElement>('[data-site-header]');
  const toggle = header?.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const nav = document.querySelector<HTMLElement>('[data-site-nav]');
  const list = nav?.querySelector<HTMLElement>('ul');
  if (!header || !toggle || !nav || !list) return;
  const show = disclosure(toggle, nav, (open) => nav.toggleAttribute('data-expanded', open));
  keepInOneRow(
    header,
    () => [...list.children],
    [header, nav],
    (compact) => {
      if (!compact) show(false);
    },
  );
}
