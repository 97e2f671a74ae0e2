import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { describeSchemaError, reportSchema, type Report } from '../schema/report.ts';
import { ingestCapture, sha256, type Capture } from './ingest.ts';
import { serializeReport } from './report-file.ts';
import { sameText, toSimplified } from './script.ts';

/**
 * Ingests a folder of captures into a content folder: one Markdown file per report under
 * reports/, and ingest-report.json accounting for every input file. Re-running on the same
 * input writes the same bytes.
 */

export interface IngestEntry {
  file: string;
  status: 'ok' | 'warning' | 'rejected';
  reasons: string[];
  reportId?: string;
  output?: string;
}

export interface IngestSummary {
  entries: IngestEntry[];
  written: number;
  counts: Record<IngestEntry['status'], number>;
}

/** Captures larger than this are not reports but dumps; refused before reading them whole. */
export const MAX_CAPTURE_BYTES = 20 * 1024 * 1024;
const SIDECAR = /\.meta\.json$/i;

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out;
}

type Overrides = Record<string, Partial<Report>>;

function loadOverrides(contentDir: string): Overrides {
  const path = join(contentDir, 'overrides.yaml');
  if (!existsSync(path)) return {};
  return (parse(readFileSync(path, 'utf8')) as Overrides | null) ?? {};
}

function readSidecar(path: string): { value?: Capture['sidecar']; error?: string } {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return {
      value: {
        sourceUrl: typeof raw.sourceUrl === 'string' ? raw.sourceUrl : undefined,
        capturedAt: typeof raw.capturedAt === 'string' ? raw.capturedAt : undefined,
      },
    };
  } catch (error) {
    return { error: `sidecar ${path} is not valid JSON: ${(error as Error).message}` };
  }
}

const outputOf = (report: Report) => `reports/${report.region[0]}/${report.id}.md`;

function sourceOf(report: Report): NonNullable<Report['alsoFrom']>[number] {
  return { sourceFile: report.sourceFile, sourceSha256: report.sourceSha256, ...(report.sourceUrl ? { sourceUrl: report.sourceUrl } : {}) };
}

/** A capture cut short: its text is the start of the other's. */
function isPartialCopy(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < longer.length * 0.3) return false;
  return toSimplified(longer).startsWith(toSimplified(shorter.slice(0, Math.floor(shorter.length * 0.9))));
}

/** A capture file with its sidecar `<name>.meta.json`, when there is one. */
export function readCapture(inputDir: string, file: string): { capture: Capture; sidecarError?: string } {
  const sidecarPath = join(inputDir, `${file.replace(/\.[^./]+$/, '')}.meta.json`);
  const sidecar = existsSync(sidecarPath) ? readSidecar(sidecarPath) : {};
  return {
    capture: { file, bytes: readFileSync(join(inputDir, file)), ...(sidecar.value ? { sidecar: sidecar.value } : {}) },
    ...(sidecar.error ? { sidecarError: sidecar.error } : {}),
  };
}

export function ingestDirectory(inputDir: string, contentDir: string): IngestSummary {
  const files = listFiles(inputDir);
  // Names without extension of every non-sidecar file: a sidecar's capture is looked up here.
  const stems = new Set(files.filter((f) => !SIDECAR.test(f)).map((f) => f.replace(/\.[^./]+$/, '')));
  const overrides = loadOverrides(contentDir);
  const entries: IngestEntry[] = [];
  const byId = new Map<string, { report: Report; body: string; file: string }>();

  for (const file of files) {
    if (SIDECAR.test(file)) {
      const capture = file.replace(SIDECAR, '');
      if (!stems.has(capture)) entries.push({ file, status: 'rejected', reasons: ['sidecar without a capture of the same name'] });
      continue; // a sidecar with a capture is reported with that capture
    }
    const path = join(inputDir, file);
    const size = statSync(path).size;
    if (size > MAX_CAPTURE_BYTES) {
      entries.push({ file, status: 'rejected', reasons: [`file is ${size} bytes, over the ${MAX_CAPTURE_BYTES}-byte limit for one report page`] });
      continue;
    }
    const { capture, sidecarError } = readCapture(inputDir, file);
    // `places:` in overrides.yaml settles a page the gazetteer finds ambiguous (file → division code).
    const place = (overrides as { places?: Record<string, unknown> }).places?.[file];
    const outcome = ingestCapture(typeof place === 'string' ? { ...capture, place } : capture);
    const reasons = [...outcome.reasons, ...(sidecarError ? [sidecarError] : [])];
    if (outcome.status === 'rejected') {
      entries.push({ file, status: 'rejected', reasons });
      continue;
    }

    let report = outcome.report;
    const override = overrides[report.id];
    if (override) {
      const corrected = reportSchema.safeParse({ ...report, ...override, id: report.id });
      if (!corrected.success) {
        reasons.push(...describeSchemaError(corrected.error).map((m) => `override for ${report.id} ignored: ${m}`));
      } else {
        report = corrected.data;
        reasons.push(`corrected by overrides.yaml: ${Object.keys(override).join(', ')}`);
      }
    }

    const existing = byId.get(report.id);
    if (existing) {
      // The same report again (a mirror, a Traditional gateway copy, a second or cut-short
      // download): one report, from its most complete capture, that lists every capture.
      if (existing.report.sourceSha256 === report.sourceSha256 || sameText(existing.body, outcome.body) || isPartialCopy(existing.body, outcome.body)) {
        const complete = outcome.body.length > existing.body.length;
        const [kept, other] = complete ? [{ report, body: outcome.body, file }, existing] : [existing, { report, body: outcome.body, file }];
        // The sources so far are the existing report's; the capture not kept joins them.
        const alsoFrom = [...(existing.report.alsoFrom ?? []), sourceOf(other.report)];
        byId.set(report.id, { ...kept, report: { ...kept.report, alsoFrom } });
        const output = outputOf(report);
        if (complete) {
          const first = entries.find((e) => e.file === existing.file)!;
          first.status = 'warning';
          first.reasons.push(`${file} is a more complete capture of the same report: published from it, this capture kept as another source`);
        }
        const why = complete ? `more complete capture of ${existing.file}` : `duplicate of ${existing.file} (same report, same text)`;
        entries.push({ file, status: 'warning', reasons: [...reasons, `${why}: merged into ${report.id}`], reportId: report.id, output });
        continue;
      }
      const distinct = `${report.divisionCode}-${report.year}-${sha256(report.issuer ?? report.sourceSha256).slice(0, 6)}`;
      if (byId.has(distinct)) {
        entries.push({ file, status: 'rejected', reasons: [`a different report with id ${report.id} already came from ${existing.file}`] });
        continue;
      }
      reasons.push(`id ${report.id} already taken by ${existing.file}; published as ${distinct}`);
      report = { ...report, id: distinct };
    }
    byId.set(report.id, { report, body: outcome.body, file });
    const output = outputOf(report);
    entries.push({ file, status: reasons.length > 0 ? 'warning' : outcome.status, reasons, reportId: report.id, output });
  }

  // The ingest owns reports/: what it did not write this run must not linger.
  rmSync(join(contentDir, 'reports'), { recursive: true, force: true });
  for (const { report, body } of byId.values()) {
    const target = join(contentDir, outputOf(report));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, serializeReport(report.alsoFrom?.length ? report : { ...report, alsoFrom: undefined }, body));
  }
  writeFileSync(join(contentDir, 'ingest-report.json'), `${JSON.stringify(entries, null, 2)}\n`);

  const counts = { ok: 0, warning: 0, rejected: 0 };
  for (const entry of entries) counts[entry.status]++;
  return { entries, written: byId.size, counts };
}
