import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * Every custom property a style reads is defined somewhere: in a style sheet or a component's
 * <style> (`--fz-link: …`), or set by the site's own script (`'--fz-reading-bar-height'`).
 * An undefined one makes its declaration invalid, so the colour silently falls back to the
 * browser's and ignores the reader's mode (high contrast, elder): the components added with the
 * evidence pages read `--border`, `--mark-bg`, `--link`… after the tokens had become `--fz-*`.
 */

const SOURCE = join(ROOT, 'src');

function sourceFiles(): string[] {
  return readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(astro|css|ts)$/.test(name))
    .map((name) => join(SOURCE, name));
}

/** The custom properties read with var(…) and those defined, over the given sources. */
function customProperties(sources: Array<{ file: string; text: string }>): {
  used: Map<string, string[]>;
  defined: Set<string>;
} {
  const used = new Map<string, string[]>();
  const defined = new Set<string>();
  for (const { file, text: source } of sources) {
    // Comments mention properties in prose (`var(--fz-…)`).
    const text = source.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, name] of text.matchAll(/var\(\s*(--[\w-]+)/g)) used.set(name!, [...(used.get(name!) ?? []), file]);
    for (const [, name] of text.matchAll(/(--[\w-]+)\s*:/g)) defined.add(name!);
    // Set from script: a property name as a string literal.
    for (const [, name] of text.matchAll(/['"`](--[\w-]+)['"`]/g)) defined.add(name!);
  }
  return { used, defined };
}

describe('custom properties', () => {
  it('reads none that nothing defines', () => {
    const { used, defined } = customProperties(
      sourceFiles().map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') })),
    );
    const undefinedOnes = [...used]
      .filter(([name]) => !defined.has(name))
      .map(([name, files]) => `${name} in ${[...new Set(files)].join(', ')}`);
    expect(undefinedOnes).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });

  it('tells a property read but never defined from one defined in a sheet or by script', () => {
    const { used, defined } = customProperties([
      { file: 'a.css', text: ':root { --fz-link: blue; } a { color: var(--fz-link); border-color: var(--border); }' },
      { file: 'b.ts', text: "el.style.setProperty('--fz-bar', '3px');" },
      { file: 'c.astro', text: '<style>.x { top: var(--fz-bar, 0px); } /* follows var(--fz-…) */</style>' },
    ]);
    expect([...used.keys()].filter((name) => !defined.has(name))).toEqual(['--border']);
  });
});
