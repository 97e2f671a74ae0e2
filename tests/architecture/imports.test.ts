import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * Import rules of src/lib, checked on every import of every file (as Starlight's import-rule
 * tests do): src/lib is plain TypeScript, usable by scripts, tests and the browser, so it imports
 * neither Astro nor site code, and reads no Astro/Vite environment (`import.meta.env`: the
 * caller passes what it needs, as src/catalog.ts passes `reuse`); the search imports neither the ingest nor the site (formats
 * they share have their own homes); the search's browser half and the format it reads import
 * no Node module and nothing of the build half.
 */

interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  source: string;
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

const SITE = [
  'src/components/',
  'src/pages/',
  'src/layouts/',
  'src/scripts/',
  'src/client/',
  'src/integrations/',
  'src/styles/',
];
const BROWSER = ['src/lib/search/web/', 'src/lib/search/format/'];

/** `import.meta.env` in any spelling: dotted, optional-chained or indexed. */
const ENV_READ = /\bimport\.meta\s*(?:\??\.\s*env\b|\[\s*['"`]env['"`]\s*\])/;

/** The rules each import of a src/lib file is held to; one message per broken rule. */
export function violations(files: SourceFile[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    if (!file.path.startsWith('src/lib/')) continue;
    if (ENV_READ.test(file.source))
      out.push(`${file.path} reads import.meta.env: src/lib does not read Astro/Vite env (the caller passes it)`);
    for (const specifier of specifiers(file.source)) {
      const target = specifier.startsWith('.')
        ? relative(ROOT, resolve(ROOT, dirname(file.path), specifier))
            .split('\\')
            .join('/')
        : undefined;
      const broken = (rule: string) => out.push(`${file.path} imports ${specifier}: ${rule}`);
      if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/'))
        broken('src/lib does not import Astro');
      if (target && SITE.some((folder) => target.startsWith(folder))) broken('src/lib does not import site code');
      if (
        file.path.startsWith('src/lib/search/') &&
        target &&
        (target.startsWith('src/lib/ingest/') || target.startsWith('src/lib/site/'))
      )
        broken('the search imports neither the ingest nor the site');
      if (BROWSER.some((folder) => file.path.startsWith(folder))) {
        if (specifier.startsWith('node:')) broken('browser code imports no Node module');
        if (target?.startsWith('src/lib/search/build/')) broken('browser code imports nothing of the index build');
      }
    }
  }
  return out;
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
    .map((entry) => {
      const path = relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/');
      return { path, source: readFileSync(join(ROOT, path), 'utf8') };
    });
}

describe('import rules', () => {
  it('hold for every file of src/lib', () => {
    const files = sourceFiles('src/lib');
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap((f) => specifiers(f.source)).length).toBeGreaterThan(100);
    expect(violations(files)).toEqual([]);
  });

  it('catch each kind of wrong-way import', () => {
    const file = (path: string, source: string) => ({ path, source });
    expect(
      violations([
        file('src/lib/site/a.ts', "import type { Loader } from 'astro/loaders';"),
        file('src/lib/site/b.ts', "const env = await import('astro:env/client');"),
        file('src/lib/markdown/c.ts', "import { x } from '../../components/Toc/toc.ts';"),
        file('src/lib/schema/d.ts', "export { y } from '../../integrations/report-loader.ts';"),
        file('src/lib/search/build/e.ts', "import {\n  readReportFile,\n} from '../../ingest/report-file.ts';"),
        file('src/lib/search/web/f.ts', "import { SEARCH_FACETS } from '../../site/search-state.ts';"),
        file('src/lib/search/web/g.ts', "import { readFileSync } from 'node:fs';"),
        file('src/lib/search/format/h.ts', "import { writeShard } from '../build/shard-job.ts';"),
        file('src/lib/site/i.ts', 'if (cache && import.meta.env.PROD) return cache;'),
        file('src/lib/site/j.ts', "const dev = import.meta?.env?.DEV;\nconst mode = import.meta['env'].MODE;"),
        // Allowed: the site reads search, the build reads Node and the format.
        file('src/lib/site/ok.ts', "import { FACET_KEYS } from '../search/format/facets.ts';"),
        file(
          'src/lib/search/build/ok.ts',
          "import { statSync } from 'node:fs';\nimport { GRAM } from '../format/grams.ts';",
        ),
        file('src/pages/ok.astro.ts', "import { x } from 'astro:content';"),
        file('src/catalog.ts', 'catalogOf(reports, { reuse: import.meta.env.PROD });'),
        file('src/lib/site/ok-url.ts', 'const here = new URL(import.meta.url);'),
      ]),
    ).toEqual([
      'src/lib/site/a.ts imports astro/loaders: src/lib does not import Astro',
      'src/lib/site/b.ts imports astro:env/client: src/lib does not import Astro',
      'src/lib/markdown/c.ts imports ../../components/Toc/toc.ts: src/lib does not import site code',
      'src/lib/schema/d.ts imports ../../integrations/report-loader.ts: src/lib does not import site code',
      'src/lib/search/build/e.ts imports ../../ingest/report-file.ts: the search imports neither the ingest nor the site',
      'src/lib/search/web/f.ts imports ../../site/search-state.ts: the search imports neither the ingest nor the site',
      'src/lib/search/web/g.ts imports node:fs: browser code imports no Node module',
      'src/lib/search/format/h.ts imports ../build/shard-job.ts: browser code imports nothing of the index build',
      'src/lib/site/i.ts reads import.meta.env: src/lib does not read Astro/Vite env (the caller passes it)',
      'src/lib/site/j.ts reads import.meta.env: src/lib does not read Astro/Vite env (the caller passes it)',
    ]);
  });
});
