/**
 * Keeps a row of header controls to one row: below NARROW_QUERY the CSS collapses it into a
 * button from the first frame; wider, this measures whether the row would wrap (a tablet at
 * 超大, a narrow window) and sets `data-compact` on the given elements when it would, so their
 * CSS shows the button instead. Measured again when the row's width changes and when the text
 * size or elder mode (both change the controls' widths) change on <html>.
 */

/** The width below which the header is always compact; the components' CSS uses the same `39.99em`. */
const NARROW_QUERY = '(max-width: 39.99em)';

/**
 * True when the given boxes are not all on one line: items of one row (centred, of different
 * heights) all cross a common horizontal line, so the lowest top is above the highest bottom.
 */
export function wraps(items: readonly Element[]): boolean {
  const boxes = items.map((item) => item.getBoundingClientRect()).filter((box) => box.width > 0);
  if (boxes.length < 2) return false;
  return Math.max(...boxes.map((box) => box.top)) >= Math.min(...boxes.map((box) => box.bottom)) - 1;
}

/**
 * Keeps `items` (controls laid out as one wrapping flex row when not compact) on one row:
 * `targets` are the elements that carry `data-compact`, `watched` an element that is always
 * shown and as wide as the row's container (its width changes trigger a measurement);
 * `onChange` hears every change of state.
 */
export function keepInOneRow(
  watched: HTMLElement,
  items: () => readonly Element[],
  targets: readonly HTMLElement[],
  onChange: (compact: boolean) => void = () => {},
): void {
  const narrow = window.matchMedia(NARROW_QUERY);
  let state: boolean | undefined;
  let width = -1;

  const set = (compact: boolean) => {
    for (const target of targets) target.toggleAttribute('data-compact', compact);
  };
  const update = () => {
    let compact = true;
    if (!narrow.matches) {
      // One synchronous layout to read the strip as it would be, then the decision.
      set(false);
      compact = wraps(items());
    }
    set(compact);
    if (compact !== state) {
      state = compact;
      onChange(compact);
    }
  };

  new ResizeObserver(() => {
    if (watched.clientWidth === width) return; // only width matters; heights change as rows open
    width = watched.clientWidth;
    update();
  }).observe(watched);
  new MutationObserver(update).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-size', 'data-elder'],
  });
  narrow.addEventListener('change', update);
  update();
}

/**
 * Wires a disclosure button: click toggles, Esc (with focus on the button or inside the panel)
 * closes and returns focus to the button. `expanded` mirrors the state onto the panel's parts.
 */
export function disclosure(
  toggle: HTMLButtonElement,
  panel: HTMLElement,
  expanded: (open: boolean) => void = () => {},
): (open: boolean) => void {
  const show = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    expanded(open);
  };
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
  const onEscape = (event: KeyboardEvent) => {
    // A toggle that is not shown (the row is a strip) has nothing to close.
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    if (toggle.getClientRects().length === 0) return;
    event.preventDefault();
    show(false);
    toggle.focus();
  };
  toggle.addEventListener('keydown', onEscape);
  panel.addEventListener('keydown', onEscape);
  return show;
}
