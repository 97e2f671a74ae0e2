import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SITE_NAME,
  hasChannel,
  NO_CHANNEL_TEXT,
  parseSiteConfig,
  readSiteConfig,
  replyPolicyText,
  reportFeedbackLinks,
  SITE_CONFIG_FILE,
  siteConfigPath,
  siteFeedbackLinks,
} from '../../../src/lib/site/site-config.ts';
import { ROOT } from '../../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'site-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = { id: '530181003-2021', title: '安宁市太平新城街道2021年法治政府建设工作报告' };

const VALID = `
name: 某市法治政府建设年度报告库
about: 某市司法局维护的公开存档。
contact:
  email: fazhi@example.gov.cn
  url: https://example.gov.cn/feedback
feedback:
  replyWithinWorkingDays: 5
`;

describe('site configuration', () => {
  it('reads a valid file: name, about, both contacts and the reply time', () => {
    const { config, warning } = parseSiteConfig(VALID, 'site.config.yaml');
    expect(config).toEqual({
      name: '某市法治政府建设年度报告库',
      about: '某市司法局维护的公开存档。',
      contact: { email: 'fazhi@example.gov.cn', url: 'https://example.gov.cn/feedback' },
      feedback: { replyWithinWorkingDays: 5 },
    });
    expect(warning).toBeUndefined();
    expect(replyPolicyText(config)).toBe('我们会在收到后 5 个工作日内答复。');
  });

  it('treats a missing file as no channel, with the default name and one warning line', () => {
    const path = join(work, 'absent.yaml');
    const { config, warning } = readSiteConfig(path);
    expect(config.name).toBe(DEFAULT_SITE_NAME);
    expect(hasChannel(config)).toBe(false);
    expect(warning).toContain(path);
    expect(warning).toContain(NO_CHANNEL_TEXT);
    expect(warning).not.toContain('\n');
    expect(reportFeedbackLinks(config, REPORT)).toEqual([]);
    expect(siteFeedbackLinks(config)).toEqual([]);
  });

  it('treats empty contacts as unset, warns, and promises no reply even when a reply time is given', () => {
    const path = join(work, 'empty-contact.yaml');
    writeFileSync(path, "contact:\n  email: ''\n  url: '  '\nfeedback:\n  replyWithinWorkingDays: 5\n");
    const { config, warning } = readSiteConfig(path);
    expect(config.contact).toEqual({});
    expect(warning).toContain(NO_CHANNEL_TEXT);
    expect(replyPolicyText(config)).toBeUndefined();
  });

  it('refuses an invalid e-mail address, naming the field', () => {
    expect(() => parseSiteConfig('contact:\n  email: fazhi-at-example.gov.cn\n', 'x.yaml')).toThrow(
      /x\.yaml: invalid site configuration: contact\.email: not an e-mail address/,
    );
    // A header injected into the mailto link is not an address either.
    expect(() => parseSiteConfig('contact:\n  email: "a@example.cn?bcc=b@example.cn"\n', 'x.yaml')).toThrow(
      /contact\.email/,
    );
  });

  it('refuses a javascript:, data: or relative contact URL (safeHttpUrl), naming the field', () => {
    for (const url of [
      'javascript:alert(1)',
      '\tJaVaScRiPt:alert(1)',
      'data:text/html,x',
      '/feedback',
      'https://u:p@x.cn/',
    ]) {
      expect(() => parseSiteConfig(`contact:\n  url: ${JSON.stringify(url)}\n`, 'x.yaml'), url).toThrow(
        /contact\.url: not an absolute http\(s\) URL/,
      );
    }
  });

  it('refuses unknown keys (a typo would silently drop a contact) and a reply time that is not a whole number of days', () => {
    expect(() => parseSiteConfig('contact:\n  mail: a@example.cn\n', 'x.yaml')).toThrow(/contact/);
    expect(() => parseSiteConfig('feedback:\n  replyWithinWorkingDays: 2.5\n', 'x.yaml')).toThrow(
      /feedback\.replyWithinWorkingDays/,
    );
    expect(() => parseSiteConfig('name: [unclosed', 'x.yaml')).toThrow(/x\.yaml: not valid YAML/);
  });

  it('links a report’s 纠错 to a mail whose subject names the report, and to the contact page with ?report=<id>', () => {
    const { config } = parseSiteConfig(VALID, 'site.config.yaml');
    const [mail, page] = reportFeedbackLinks(config, REPORT);
    expect(mail!.kind).toBe('email');
    expect(mail!.href.startsWith('mailto:fazhi@example.gov.cn?subject=')).toBe(true);
    const subject = decodeURIComponent(new URL(mail!.href).searchParams.get('subject') ?? '');
    expect(subject).toBe(`纠错：${REPORT.id} ${REPORT.title}`);
    expect(page).toEqual({
      kind: 'url',
      href: `https://example.gov.cn/feedback?report=${REPORT.id}`,
      label: 'https://example.gov.cn/feedback',
    });
    // A contact URL with its own query keeps it.
    const withQuery = parseSiteConfig('contact:\n  url: https://x.cn/form?lang=zh\n', 'x.yaml').config;
    expect(reportFeedbackLinks(withQuery, REPORT)[0]!.href).toBe(`https://x.cn/form?lang=zh&report=${REPORT.id}`);
  });

  it('is found at SITE_CONFIG when set, else at the repository root', () => {
    expect(siteConfigPath({ SITE_CONFIG: '/srv/site.yaml' })).toBe('/srv/site.yaml');
    expect(siteConfigPath({})).toBe(join(process.cwd(), SITE_CONFIG_FILE));
  });

  it('ships a valid sample configuration that invents no contact (the repository names no issue tracker)', () => {
    const { config, warning } = readSiteConfig(join(ROOT, SITE_CONFIG_FILE));
    expect(config.about).toMatch(/示例/);
    expect(hasChannel(config)).toBe(false);
    expect(warning).toContain(NO_CHANNEL_TEXT);
  });
});
