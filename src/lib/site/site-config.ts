import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { safeHttpUrl, UNSAFE_URL_REASON } from '../schema/url.ts';

/**
 * The archive's own settings, from one file at the repository root (site.config.yaml, or the
 * file SITE_CONFIG names): the archive's name, a sentence on what it is, where readers send
 * corrections and accessibility problems (an e-mail address and/or a web address), and how soon
 * they are answered. A deployment edits this file; nothing else in the code names a contact.
 *
 * Without a file, or with neither contact given, the site runs but says that no feedback channel
 * is set up (NO_CHANNEL_TEXT) instead of promising replies nobody will send, and the build warns.
 * An invalid file stops the build: a mistyped address would send readers nowhere.
 */

export const SITE_CONFIG_FILE = 'site.config.yaml';
export const DEFAULT_SITE_NAME = '法治政府建设年度报告库';
export const NO_CHANNEL_TEXT = '本站尚未设置反馈渠道';

/** Text is trimmed, and an empty value means "not set", the same as leaving the key out. */
const unsetWhenEmpty = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value);

const contactEmail = z.preprocess(unsetWhenEmpty, z.email('not an e-mail address').optional());

const contactUrl = z.preprocess(
  unsetWhenEmpty,
  z
    .string()
    .transform((value, context) => {
      const safe = safeHttpUrl(value);
      if (!safe) {
        context.addIssue({ code: 'custom', message: UNSAFE_URL_REASON });
        return z.NEVER;
      }
      return safe;
    })
    .optional(),
);

export const siteConfigSchema = z
  .object({
    /** The archive's name: page titles, the header, printouts, feeds, share cards, JSON-LD. */
    name: z.preprocess(unsetWhenEmpty, z.string().min(1).max(40).default(DEFAULT_SITE_NAME)),
    /** One or two sentences on who runs this archive and what it holds (the accessibility page). */
    about: z.preprocess(unsetWhenEmpty, z.string().max(500).optional()),
    contact: z
      .object({
        /** Corrections and accessibility problems by e-mail (a mailto link with the report named). */
        email: contactEmail,
        /** A web form or issue tracker, http(s) only; a report's link adds ?report=<id>. */
        url: contactUrl,
      })
      .strict()
      .default({}),
    feedback: z
      .object({
        /** Working days within which every message is answered; shown only when a contact is set. */
        replyWithinWorkingDays: z.number().int().min(1).max(90).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The file in use: SITE_CONFIG when set, else site.config.yaml in the working directory (the repository root). */
export function siteConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.SITE_CONFIG?.trim() || SITE_CONFIG_FILE);
}

export interface LoadedSiteConfig {
  config: SiteConfig;
  /** One line for the build log when readers have no way to reach the archive; undefined otherwise. */
  warning?: string;
}

/** Parses the file's text; throws an Error naming the file and each invalid field. */
export function parseSiteConfig(text: string, path: string): LoadedSiteConfig {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  const result = siteConfigSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${path}: invalid site configuration: ${problems.join('; ')}`);
  }
  const config = result.data;
  const warning = hasChannel(config)
    ? undefined
    : `${path} gives no contact (contact.email or contact.url), so pages say ${NO_CHANNEL_TEXT} and offer no way to report an error; see README, Site configuration`;
  return { config, warning };
}

/** Reads the file; a missing file is the default configuration with a warning. */
export function readSiteConfig(path: string): LoadedSiteConfig {
  if (!existsSync(path)) {
    return {
      config: siteConfigSchema.parse({}),
      warning: `no site configuration at ${path}, so pages say ${NO_CHANNEL_TEXT} and offer no way to report an error; see README, Site configuration`,
    };
  }
  return parseSiteConfig(readFileSync(path, 'utf8'), path);
}

export function hasChannel(config: SiteConfig): boolean {
  return Boolean(config.contact.email || config.contact.url);
}

export interface FeedbackLink {
  kind: 'email' | 'url';
  href: string;
  /** What the link opens, for its text: the address itself. */
  label: string;
}

/**
 * Where a reader reports an error in one report: a mail with the report's id and title in the
 * subject, and/or the contact page with ?report=<id>. Empty when no channel is set up.
 */
export function reportFeedbackLinks(config: SiteConfig, report: { id: string; title: string }): FeedbackLink[] {
  const links: FeedbackLink[] = [];
  const { email, url } = config.contact;
  if (email) {
    const subject = `纠错：${report.id} ${report.title}`;
    links.push({ kind: 'email', href: `mailto:${email}?subject=${encodeURIComponent(subject)}`, label: email });
  }
  if (url) {
    const page = new URL(url);
    page.searchParams.set('report', report.id);
    links.push({ kind: 'url', href: page.href, label: url });
  }
  return links;
}

/** The site-wide channels (accessibility statement), with a subject naming the site when by e-mail. */
export function siteFeedbackLinks(config: SiteConfig): FeedbackLink[] {
  const links: FeedbackLink[] = [];
  const { email, url } = config.contact;
  if (email) {
    const subject = `${config.name}：问题反馈`;
    links.push({ kind: 'email', href: `mailto:${email}?subject=${encodeURIComponent(subject)}`, label: email });
  }
  if (url) links.push({ kind: 'url', href: url, label: url });
  return links;
}

/** The reply promise, only when someone can be reached to keep it. */
export function replyPolicyText(config: SiteConfig): string | undefined {
  const days = config.feedback.replyWithinWorkingDays;
  if (!hasChannel(config) || days === undefined) return undefined;
  return `我们会在收到后 ${days} 个工作日内答复。`;
}
