import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'domhandler';
import { parseDocument, DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../src/lib/ingest/directory.ts';
import { NO_CHANNEL_TEXT } from '../../src/lib/site/site-config.ts';
import { RAW_SAMPLE, ROOT } from '../helpers/paths.ts';

/**
 * Issue 16, item 6: the site configuration reaches the pages. One report is built with a
 * configuration giving both contacts, then again into the same folder without one (as a
 * deployment rebuilds dist/): the second build must not keep the first one's links in pages
 * Astro's incremental build would otherwise copy, and must warn once. An invalid contact stops
 * the build.
 */

const work = mkdtempSync(join(tmpdir(), 'site-config-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = '530181003-2021';
const SEED = '000_100d2f81db6a0f61.txt';
const content = join(work, 'content');
const dist = join(work, 'dist');

// An Astro build takes 20–60 s on this 2-core machine while other tests run (one took 60.9 s).
const BUILD_TIMEOUT = 240_000;

const CONFIGURED = `
name: 某市法治政府建设年度报告库
about: 某市司法局维护的公开存档。
contact:
  email: fazhi@example.gov.cn
  url: https://example.gov.cn/feedback
feedback:
  replyWithinWorkingDays: 5
`;

function build(siteConfig: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: dist,
      SEARCH_CACHE_DIR: join(work, 'search-cache'),
      SITE_CONFIG: siteConfig,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

function page(path: string) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const document = parseDocument(html);
  const links = (kind: string) =>
    DomUtils.findAll((node) => node.name === 'a' && node.attribs['data-feedback-link'] === kind, document.children).map(
      (a: Element) => a.attribs.href,
    );
  return { html, text: DomUtils.textContent(document), links };
}

beforeAll(() => {
  const raw = join(work, 'raw');
  mkdirSync(raw);
  copyFileSync(join(RAW_SAMPLE, SEED), join(raw, SEED));
  ingestDirectory(raw, content);
});

/** What names the archive outside the visible page: JSON-LD, feeds, the search page's titles, the share card. */
function machineNames(html: string) {
  const document = parseDocument(html);
  const attribute = (test: (node: Element) => boolean, name: string) =>
    DomUtils.findOne(test, document.children)?.attribs[name];
  const ld = DomUtils.findOne(
    (n) => n.name === 'script' && n.attribs.type === 'application/ld+json',
    document.children,
  );
  return {
    jsonLdSite: ld ? (JSON.parse(DomUtils.textContent(ld)) as { isPartOf: { name: string } }).isPartOf.name : undefined,
    shareCard: attribute((n) => n.name === 'meta' && n.attribs.property === 'og:image', 'content'),
  };
}

describe('site configuration in the built pages', () => {
  let title = '';
  let configuredCard: string | undefined;

  it(
    'with contacts: each report’s 纠错 mails with the report named or opens the contact page with ?report=<id>; the statement names both and the reply time',
    () => {
      const config = join(work, 'configured.yaml');
      writeFileSync(config, CONFIGURED);
      const { status, log } = build(config);
      expect(status, log).toBe(0);
      expect(log).not.toContain(NO_CHANNEL_TEXT);

      const report = page(`reports/${REPORT}`);
      title = DomUtils.textContent(
        DomUtils.findOne((n) => n.name === 'h1', parseDocument(report.html).children)!,
      ).trim();
      expect(title).toContain('法治政府建设');
      expect(report.links('email')).toEqual([
        `mailto:fazhi@example.gov.cn?subject=${encodeURIComponent(`纠错：${REPORT} ${title}`)}`,
      ]);
      expect(report.links('url')).toEqual([`https://example.gov.cn/feedback?report=${REPORT}`]);
      expect(report.text).toContain('我们会在收到后 5 个工作日内答复。');
      expect(report.text).not.toContain(NO_CHANNEL_TEXT);
      // The configured name is the site's: page title, header and the printout's head.
      expect(report.html).toMatch(/<title>八街街道[^<]* - 某市法治政府建设年度报告库<\/title>/);
      expect(report.html).toContain('data-site-name="某市法治政府建设年度报告库"');
      // …and where machines and other pages read it: the report's JSON-LD, both feeds, the
      // search page's live title, the share card (drawn with the name, so its file is another).
      const names = machineNames(report.html);
      expect(names.jsonLdSite).toBe('某市法治政府建设年度报告库');
      configuredCard = names.shareCard;
      expect(configuredCard).toMatch(/\/share\/report-530181003-2021-[0-9a-f]+\.png$/);
      const feed = readFileSync(join(dist, 'feeds/all.xml'), 'utf8');
      expect(feed).toContain('<title>某市法治政府建设年度报告库：最新报告</title>');
      expect(feed).toMatch(/<generator>某市法治政府建设年度报告库<\/generator>/);
      expect(readFileSync(join(dist, 'feeds/place/530181003.xml'), 'utf8')).toMatch(
        /<generator>某市法治政府建设年度报告库<\/generator>/,
      );
      expect(page('search').html).toMatch(/<form[^>]*id="search-form"[^>]*data-site-name="某市法治政府建设年度报告库"/);

      const statement = page('accessibility');
      expect(statement.links('email')).toEqual([
        `mailto:fazhi@example.gov.cn?subject=${encodeURIComponent('某市法治政府建设年度报告库：问题反馈')}`,
      ]);
      expect(statement.links('url')).toEqual(['https://example.gov.cn/feedback']);
      expect(statement.text).toContain('某市司法局维护的公开存档。');
      expect(statement.text).toContain('我们会在收到后 5 个工作日内答复。');
      expect(statement.text).not.toContain(NO_CHANNEL_TEXT);
    },
    BUILD_TIMEOUT,
  );

  it(
    'without a configuration file: warns once, and the pages say no channel is set up, with no link and no promise of a reply',
    () => {
      const missing = join(work, 'absent.yaml');
      const { status, log } = build(missing);
      expect(status, log).toBe(0);
      expect(log.split(`no site configuration at ${missing}`).length - 1).toBe(1);

      for (const path of [`reports/${REPORT}`, 'accessibility']) {
        const built = page(path);
        expect(built.text, path).toContain(NO_CHANNEL_TEXT);
        expect(built.links('email'), path).toEqual([]);
        expect(built.links('url'), path).toEqual([]);
        expect(built.html, path).not.toContain('mailto:');
        expect(built.html, path).not.toContain('example.gov.cn');
        expect(built.text, path).not.toMatch(/工作日内答复/);
      }
      expect(page(`reports/${REPORT}`).html).toMatch(/<title>八街街道[^<]* - 法治政府建设年度报告库<\/title>/);
      const names = machineNames(page(`reports/${REPORT}`).html);
      expect(names.jsonLdSite).toBe('法治政府建设年度报告库');
      expect(names.shareCard).toMatch(/\/share\/report-530181003-2021-[0-9a-f]+\.png$/);
      expect(names.shareCard).not.toBe(configuredCard);
      expect(readFileSync(join(dist, 'feeds/all.xml'), 'utf8')).toContain(
        '<title>法治政府建设年度报告库：最新报告</title>',
      );
    },
    BUILD_TIMEOUT,
  );

  it(
    'refuses a javascript: contact URL: the build fails naming the file and the field',
    () => {
      const config = join(work, 'hostile.yaml');
      writeFileSync(config, 'contact:\n  url: "javascript:alert(document.cookie)"\n');
      const { status, log } = build(config);
      expect(status).not.toBe(0);
      expect(log).toContain(config);
      expect(log).toContain('contact.url: not an absolute http(s) URL');
    },
    BUILD_TIMEOUT,
  );
});
