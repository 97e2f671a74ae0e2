import { z } from 'zod';
import { UNSAFE_URL_REASON, safeHttpUrl } from './url.ts';

/**
 * The one schema of a report's frontmatter. The ingest validates what it writes with it,
 * and the Astro loader validates what it reads with it, so a report that ingests builds.
 */

export const LEVELS = ['national', 'province', 'city', 'county', 'township'] as const;
export const ISSUER_TYPES = ['government', 'party', 'department', 'other'] as const;
export const SECTION_KINDS = ['measures', 'leadership', 'shortcomings', 'plans', 'other'] as const;

export type Level = (typeof LEVELS)[number];
export type IssuerType = (typeof ISSUER_TYPES)[number];
export type SectionKind = (typeof SECTION_KINDS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  national: '国家级（国务院部门）',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）',
};

export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  measures: '主要举措和成效',
  leadership: '主要负责人履职情况',
  shortcomings: '存在的不足和原因',
  plans: '下一年度工作安排',
  other: '其他需要报告的事项',
};

export const ISSUER_TYPE_LABELS: Record<IssuerType, string> = {
  government: '政府',
  party: '党委',
  department: '部门',
  other: '其他',
};

/** ISO calendar date (YYYY-MM-DD) that really exists; YAML may hand us a Date object. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, 'not a real calendar date'),
);

const nonEmpty = z.string().trim().min(1);

/** Archived image files are named by a digest of their source bytes and encoding parameters. */
export const IMAGE_FILE = /^[0-9a-f]{20}\.webp$/;
export const IMAGE_FALLBACK_FILE = /^[0-9a-f]{20}\.(png|jpg)$/;
/** How a report body links its archived images: a folder shared by all reports, beside the provinces' folders. */
export const IMAGE_LINK_PREFIX = '../assets/';

/** A link taken from a capture: http(s) only, stored in its standard form (see safeHttpUrl). */
const httpUrl = z.string().transform((value, ctx) => {
  const url = safeHttpUrl(value);
  if (url === undefined) ctx.addIssue({ code: 'custom', message: UNSAFE_URL_REASON });
  return url ?? z.NEVER;
});

export const reportSchema = z
  .object({
    id: z.string().regex(/^\d{6}(\d{3})?-\d{4}(-[0-9a-f]{6})?$/, 'expected <divisionCode>-<year>[-<issuer hash>]'),
    title: nonEmpty,
    titleSynthesized: z.boolean().optional(),
    jurisdiction: nonEmpty,
    divisionCode: z.string().regex(/^(\d{6}|\d{9})$/, 'expected a 6-digit or 9-digit division code'),
    region: z.array(nonEmpty).min(1),
    level: z.enum(LEVELS),
    issuer: nonEmpty.optional(),
    issuerType: z.enum(ISSUER_TYPES),
    year: z.number().int().min(1990).max(2100),
    publishedAt: isoDate.optional(),
    indexNumber: nonEmpty.optional(),
    /** 发文字号 as printed (浙卫〔2024〕3号). */
    docNumber: nonEmpty.optional(),
    signedAt: isoDate.optional(),
    sourceName: nonEmpty.optional(),
    sourceUrl: httpUrl.optional(),
    capturedAt: z.string().optional(),
    /** Set when the report was captured in Traditional characters (kept as captured). */
    script: z.literal('traditional').optional(),
    sourceFile: nonEmpty,
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
    /** Other captures of the same report (mirrors, repeated downloads), merged into this one. */
    alsoFrom: z
      .array(
        z.object({
          /** Set when the report was captured in Traditional characters (kept as captured). */
          script: z.literal('traditional').optional(),
          sourceFile: nonEmpty,
          sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
          sourceUrl: httpUrl.optional(),
        }),
      )
      .optional(),
    /**
     * Human corrections from overrides.yaml applied by the ingest: which field, what the
     * ingest had extracted (absent when it found nothing) and what replaced it. Values are
     * text: lists and numbers as JSON, so a reader sees exactly what changed.
     */
    corrections: z
      .array(z.object({ field: nonEmpty, extracted: z.string().optional(), corrected: z.string() }).strict())
      .optional(),
    sections: z.array(z.object({ id: nonEmpty, heading: nonEmpty, kind: z.enum(SECTION_KINDS) })).optional(),
    /**
     * Images of the report archived from the capture's own files folder, stored beside the
     * report file in `<id>.assets/`: each as a modern format (`file`, WebP) and a fallback.
     */
    images: z
      .array(
        z.object({
          file: z.string().regex(IMAGE_FILE, 'expected <digest>.webp'),
          fallback: z.string().regex(IMAGE_FALLBACK_FILE, 'expected <digest>.png or <digest>.jpg'),
          width: z.number().int().positive(),
          height: z.number().int().positive(),
          alt: z.string(),
        }),
      )
      .optional(),
    /** Set when the body is mostly images (scanned pages): its text is little of the report. */
    mostlyImages: z.boolean().optional(),
  })
  .strict()
  .superRefine((report, ctx) => {
    const expectedLength = report.level === 'township' ? 9 : 6;
    if (report.divisionCode.length !== expectedLength) {
      ctx.addIssue({
        code: 'custom',
        path: ['divisionCode'],
        message: `level ${report.level} needs a ${expectedLength}-digit code`,
      });
    }
    if (!report.id.startsWith(`${report.divisionCode}-${report.year}`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'id must start with <divisionCode>-<year>' });
    }
  });

export type Report = z.infer<typeof reportSchema>;
export type ReportImage = NonNullable<Report['images']>[number];

/** Turns a zod error into lines that name the field, for build and ingest messages. */
export function describeSchemaError(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
