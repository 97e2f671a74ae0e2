/**
 * Reader preferences (长者模式, 字号, 高对比度): one definition for the first-paint script in
 * <head> and for the toolbar's script, so both read and write the same keys and attributes.
 */
export const PREF_KEYS = { elder: 'fzbg.elder', size: 'fzbg.size', contrast: 'fzbg.contrast' } as const;

export const TEXT_SIZES = [
  { step: 0, label: '标准' },
  { step: 1, label: '较大' },
  { step: 2, label: '大' },
  { step: 3, label: '特大' },
  { step: 4, label: '超大' },
] as const;

/**
 * Set on <html> by the first-paint script: controls that need JavaScript carry `fz-needs-js`
 * and stay hidden without it (global.css), so a reader without scripts never meets a button
 * that does nothing, and one with scripts sees them from the first frame (no layout shift).
 */
export const JS_CLASS = 'fz-js';

/**
 * Inline script run before first paint: marks the page as scripted and applies stored
 * preferences to <html> so no page ever flashes in the wrong mode. Kept tiny and
 * dependency-free on purpose. The class is set outside the try: a browser that refuses
 * localStorage still runs the controls.
 */
export const FIRST_PAINT_SCRIPT =
  `(function(){var d=document.documentElement;d.classList.add('${JS_CLASS}');` +
  `try{var s=window.localStorage;` +
  `if(s.getItem('${PREF_KEYS.elder}')==='on')d.setAttribute('data-elder','');` +
  `var z=s.getItem('${PREF_KEYS.size}');if(z&&/^[1-4]$/.test(z))d.setAttribute('data-size',z);` +
  `if(s.getItem('${PREF_KEYS.contrast}')==='high')d.setAttribute('data-contrast','high');}catch(e){}})();`;
