import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describeSchemaError, reportSchema, type Report } from '../schema/report.ts';
import { decodeCapture } from './decode.ts';
import { readHtml } from './html.ts';
import {
  archiveImage,
  filesFolderNames,
  resolveImageSource,
  type ArchiveResult,
  type ArchivedImage,
} from './images.ts';
import { ingestCapture, sha256, type Capture, type CaptureImages } from './ingest.ts';
import { InputFileError, inputItem, listInputFiles, readInputFile, type InputItem } from './input-files.ts';
import { serializeReport } from '../report-file/report-file.ts';
import { sameText, toSimplified } from '../chinese-script/script.ts';

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

const SIDECAR = /\.meta\.json$/i;

type Overrides = Record<string, Partial<Report>>;

/** A problem with the run as a whole (not with one capture): nothing is written. */
export class IngestError extends Error {}

function loadOverrides(contentDir: string): Overrides {
  const path = join(contentDir, 'overrides.yaml');
  if (!existsSync(path)) return {};
  // Hand-written corrections: a run without them would publish the very errors they fix.
  let value: unknown;
  try {
    value = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IngestError(`${path} cannot be used (${(error as Error).message.split('\n')[0]}); nothing was written`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new IngestError(`${path} must map report ids to corrections; nothing was written`);
  return value as Overrides;
}

function readSidecar(file: string, path: string): { value?: Capture['sidecar']; error?: string } {
  let text: string;
  try {
    text = readInputFile(path).toString('utf8');
  } catch (error) {
    return { error: `sidecar ${file} ignored: ${(error as Error).message}` };
  }
  try {
    const raw = JSON.parse(text) as unknown;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return { error: `sidecar ${file} is not a JSON object` };
    const { sourceUrl, capturedAt } = raw as Record<string, unknown>;
    return { value: { sourceUrl, capturedAt } };
  } catch (error) {
    return { error: `sidecar ${file} is not valid JSON: ${(error as Error).message}` };
  }
}

const asText = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

/** What an override changed, field by field, for the report page to show (a value it only restates is no correction). */
function correctionsOf(extracted: Report, override: Partial<Report>): Report['corrections'] {
  const list = Object.entries(override)
    .filter(([field]) => field !== 'id' && field !== 'corrections')
    .map(([field, value]) => ({
      field,
      extracted: asText(extracted[field as keyof Report]),
      corrected: asText(value) ?? '',
    }))
    .filter((c) => c.extracted !== c.corrected)
    .map((c) => (c.extracted === undefined ? { field: c.field, corrected: c.corrected } : c));
  return list.length > 0 ? list : undefined;
}

const outputOf = (report: Report) => `reports/${report.region[0]}/${report.id}.md`;

function sourceOf(report: Report): NonNullable<Report['alsoFrom']>[number] {
  return {
    sourceFile: report.sourceFile,
    sourceSha256: report.sourceSha256,
    ...(report.sourceUrl ? { sourceUrl: report.sourceUrl } : {}),
  };
}

/** A capture cut short: its text is the start of the other's. */
function isPartialCopy(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < longer.length * 0.3) return false;
  return toSimplified(longer).startsWith(toSimplified(shorter.slice(0, Math.floor(shorter.length * 0.9))));
}

const sidecarOf = (file: string) => `${file.replace(/\.[^./]+$/, '')}.meta.json`;

/** A listed capture file with its sidecar `<name>.meta.json`, when one was listed beside it. */
function readListedCapture(
  item: { file: string; path: string },
  sidecar: InputItem | undefined,
): { capture: Capture; sidecarError?: string } {
  const read = sidecar?.path !== undefined ? readSidecar(sidecar.file, sidecar.path) : {};
  return {
    capture: { file: item.file, bytes: readInputFile(item.path), ...(read.value ? { sidecar: read.value } : {}) },
    ...(read.error ? { sidecarError: read.error } : {}),
  };
}

/** One capture of a folder by name (for evaluations), read under the same rules as the ingest. */
export function readCapture(inputDir: string, file: string): { capture: Capture; sidecarError?: string } {
  const item = inputItem(inputDir, file);
  if (item.path === undefined) throw new InputFileError(`${file}: ${item.reason}`);
  const sidecar = inputItem(inputDir, sidecarOf(file));
  return readListedCapture({ file, path: item.path }, sidecar.path !== undefined ? sidecar : undefined);
}

/** How the ingest writes its output; a parameter so a test can make the disk fail mid-way. */
export interface IngestOptions {
  writeFile?(path: string, data: string | Uint8Array): void;
  /** The captures' images, archived beforehand (encoding is asynchronous): see archiveCaptureImages. */
  images?: ImageArchive;
}

/** Archived images by their file name in the input folder. */
export type ImageArchive = ReadonlyMap<string, ArchiveResult>;

/** Where the archived images are written, beside the provinces' folders (see IMAGE_LINK_PREFIX). */
const ASSETS = 'reports/assets';

/** An HTML capture's files folders that are there (`page_files/`, `page/`), by capture file name. */
function filesFoldersOf(items: InputItem[]): Map<string, string[]> {
  const folders = new Set<string>();
  for (const item of items) {
    const parts = item.file.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  const out = new Map<string, string[]>();
  for (const item of items) {
    if (!/\.html?$/i.test(item.file)) continue;
    const dir = item.file.includes('/') ? item.file.slice(0, item.file.lastIndexOf('/') + 1) : '';
    const present = filesFolderNames(item.file).filter((folder) => folders.has(folder));
    if (present.length > 0)
      out.set(
        item.file,
        present.map((folder) => folder.slice(dir.length)),
      );
  }
  return out;
}

/**
 * Archives the images that the HTML captures of a folder show from their own files folders
 * (read under the same rules as captures: regular files inside the input folder only).
 */
async function archiveCaptureImages(inputDir: string): Promise<ImageArchive> {
  const items = listInputFiles(inputDir);
  const byName = new Map(items.map((item) => [item.file, item]));
  const archive = new Map<string, ArchiveResult>();
  for (const [file, folders] of filesFoldersOf(items)) {
    const path = byName.get(file)?.path;
    if (path === undefined) continue;
    let html: ReturnType<typeof readHtml>;
    try {
      const decoded = decodeCapture(readInputFile(path));
      if (!decoded.ok) continue;
      html = readHtml(decoded.value.text);
    } catch {
      continue; // the ingest reports this capture's problem
    }
    for (const image of html.images) {
      const source = resolveImageSource(image.src, file, new Set(folders));
      if (!source.ok || archive.has(source.file)) continue;
      const item = byName.get(source.file);
      if (!item) continue;
      if (item.path === undefined) {
        archive.set(source.file, { ok: false, reason: item.reason });
        continue;
      }
      try {
        archive.set(source.file, await archiveImage(readInputFile(item.path)));
      } catch (error) {
        archive.set(source.file, { ok: false, reason: (error as Error).message });
      }
    }
  }
  return archive;
}

/** ingestDirectory with the captures' images archived first: what `npm run ingest` runs. */
export async function ingestDirectoryWithImages(
  inputDir: string,
  contentDir: string,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  let images: ImageArchive;
  try {
    images = await archiveCaptureImages(inputDir);
  } catch (error) {
    throw new IngestError(
      `input folder ${inputDir} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return ingestDirectory(inputDir, contentDir, { ...options, images });
}

export function ingestDirectory(inputDir: string, contentDir: string, options: IngestOptions = {}): IngestSummary {
  const overrides = loadOverrides(contentDir);
  let items: InputItem[];
  try {
    items = listInputFiles(inputDir);
  } catch (error) {
    throw new IngestError(
      `input folder ${inputDir} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const byName = new Map(items.map((item) => [item.file, item]));
  // Names without extension of every non-sidecar file: a sidecar's capture is looked up here.
  const stems = new Set(items.filter((i) => !SIDECAR.test(i.file)).map((i) => i.file.replace(/\.[^./]+$/, '')));
  const entries: IngestEntry[] = [];
  const byId = new Map<string, { report: Report; body: string; file: string; images: ArchivedImage[] }>();
  // Files saved with an HTML page are its images, styles and scripts, not captures.
  const filesFolders = filesFoldersOf(items);
  const ownerOf = new Map<string, string>();
  for (const [capture, folders] of filesFolders) {
    const dir = capture.includes('/') ? capture.slice(0, capture.lastIndexOf('/') + 1) : '';
    for (const folder of folders) ownerOf.set(`${dir}${folder}`, capture);
  }
  const savedWith = (file: string): string | undefined => {
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
      const owner = ownerOf.get(file.slice(0, at));
      if (owner) return owner;
    }
    return undefined;
  };
  // Filled in once the reports are known: whether the report shows the file.
  const savedFiles: IngestEntry[] = [];

  for (const item of items) {
    const file = item.file;
    if (savedWith(file)) {
      const entry: IngestEntry = { file, status: 'rejected', reasons: [] };
      savedFiles.push(entry);
      entries.push(entry);
      continue;
    }
    if (item.path === undefined) {
      entries.push({ file, status: 'rejected', reasons: [item.reason] });
      continue;
    }
    if (SIDECAR.test(file)) {
      const capture = file.replace(SIDECAR, '');
      if (!stems.has(capture))
        entries.push({ file, status: 'rejected', reasons: ['sidecar without a capture of the same name'] });
      continue; // a sidecar with a capture is reported with that capture
    }
    let read: ReturnType<typeof readListedCapture>;
    let outcome: ReturnType<typeof ingestCapture>;
    try {
      read = readListedCapture({ file, path: item.path }, byName.get(sidecarOf(file)));
      const folders = filesFolders.get(file);
      if (folders) read.capture.images = captureImages(folders, options.images);
      // `places:` in overrides.yaml settles a page the gazetteer finds ambiguous (file → division code).
      const place = (overrides as { places?: Record<string, unknown> }).places?.[file];
      outcome = ingestCapture(typeof place === 'string' ? { ...read.capture, place } : read.capture);
    } catch (error) {
      // One capture that cannot be read (or trips a fault in the reading) never stops the run.
      const why =
        error instanceof InputFileError ? error.message : `could not be ingested: ${(error as Error).message}`;
      entries.push({ file, status: 'rejected', reasons: [why] });
      continue;
    }
    const { sidecarError } = read;
    const reasons = [...outcome.reasons, ...(sidecarError ? [sidecarError] : [])];
    if (outcome.status === 'rejected') {
      entries.push({ file, status: 'rejected', reasons });
      continue;
    }

    let report = outcome.report;
    const override = overrides[report.id];
    if (override) {
      const corrected = reportSchema.safeParse({
        ...report,
        ...override,
        id: report.id,
        corrections: correctionsOf(report, override),
      });
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
      if (
        existing.report.sourceSha256 === report.sourceSha256 ||
        sameText(existing.body, outcome.body) ||
        isPartialCopy(existing.body, outcome.body)
      ) {
        const complete = outcome.body.length > existing.body.length;
        const current = { report, body: outcome.body, file, images: outcome.images };
        const [kept, other] = complete ? [current, existing] : [existing, current];
        // The sources so far are the existing report's; the capture not kept joins them.
        const alsoFrom = [...(existing.report.alsoFrom ?? []), sourceOf(other.report)];
        byId.set(report.id, { ...kept, report: { ...kept.report, alsoFrom } });
        const output = outputOf(report);
        if (complete) {
          const first = entries.find((e) => e.file === existing.file)!;
          first.status = 'warning';
          first.reasons.push(
            `${file} is a more complete capture of the same report: published from it, this capture kept as another source`,
          );
        }
        const why = complete
          ? `more complete capture of ${existing.file}`
          : `duplicate of ${existing.file} (same report, same text)`;
        entries.push({
          file,
          status: 'warning',
          reasons: [...reasons, `${why}: merged into ${report.id}`],
          reportId: report.id,
          output,
        });
        continue;
      }
      const distinct = `${report.divisionCode}-${report.year}-${sha256(report.issuer ?? report.sourceSha256).slice(0, 6)}`;
      if (byId.has(distinct)) {
        entries.push({
          file,
          status: 'rejected',
          reasons: [`a different report with id ${report.id} already came from ${existing.file}`],
        });
        continue;
      }
      reasons.push(`id ${report.id} already taken by ${existing.file}; published as ${distinct}`);
      report = { ...report, id: distinct };
    }
    byId.set(report.id, { report, body: outcome.body, file, images: outcome.images });
    const output = outputOf(report);
    entries.push({
      file,
      status: reasons.length > 0 ? 'warning' : outcome.status,
      reasons,
      reportId: report.id,
      output,
    });
  }

  const outputs = new Map<string, string | Uint8Array>();
  const published = new Map<string, string>();
  for (const { report, body, images } of byId.values()) {
    outputs.set(
      outputOf(report),
      serializeReport(report.alsoFrom?.length ? report : { ...report, alsoFrom: undefined }, body),
    );
    for (const image of images) {
      outputs.set(`${ASSETS}/${image.file}`, image.webp);
      outputs.set(`${ASSETS}/${image.fallback}`, image.fallbackBytes);
    }
  }
  for (const { report, file } of byId.values()) {
    for (const image of report.images ?? []) published.set(`${file}\n${image.file}`, report.id);
  }
  for (const entry of savedFiles)
    Object.assign(entry, savedFileEntry(entry.file, savedWith(entry.file)!, options.images, published));
  outputs.set('ingest-report.json', `${JSON.stringify(entries, null, 2)}\n`);
  publishContent(
    contentDir,
    outputs,
    options.writeFile ? (path, data) => options.writeFile!(path, data) : (path, data) => writeFileSync(path, data),
  );

  const counts = { ok: 0, warning: 0, rejected: 0 };
  for (const entry of entries) counts[entry.status]++;
  return { entries, written: byId.size, counts };
}

const STAGING_PREFIX = '.ingest-staging-';

/**
 * mkdir -p without `recursive`: Node's recursive mkdir never returns for a path under /proc
 * (it retries ENOENT for ever, seen with Node 24.21), so each missing folder is made on its own
 * and the first refusal is thrown.
 */
function ensureFolder(path: string): void {
  const missing: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    try {
      if (statSync(dir).isDirectory()) break;
      throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR', syscall: 'mkdir', path: dir });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw error;
      missing.push(dir);
    }
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}

/** The images of a capture's files folder, as archived before the run. */
function captureImages(folders: string[], archive: ImageArchive | undefined): CaptureImages {
  return {
    folders: new Set(folders),
    archived: (file) =>
      archive
        ? archive.get(file)
        : { ok: false, reason: 'images were not archived in this run (see archiveCaptureImages)' },
  };
}

/** A file saved with an HTML page: an image the report shows, or the page's own furniture. */
function savedFileEntry(
  file: string,
  capture: string,
  archive: ImageArchive | undefined,
  published: Map<string, string>,
): IngestEntry {
  const archived = archive?.get(file);
  if (archived?.ok) {
    const reportId = published.get(`${capture}\n${archived.image.file}`);
    if (reportId) {
      return {
        file,
        status: 'ok',
        reasons: [`image of ${capture}, archived as ${ASSETS}/${archived.image.file} and ${archived.image.fallback}`],
        reportId,
      };
    }
  }
  const why =
    archived && !archived.ok
      ? `an image that cannot be archived (${archived.reason})`
      : 'not an image of the report text (page furniture, style, script or an image outside the report)';
  return { file, status: 'rejected', reasons: [`saved with ${capture}: ${why}: not published`] };
}

/**
 * Writes reports/ and ingest-report.json into a staging folder beside them and swaps them in
 * only when every file is written, so a failed or killed run leaves the previous content as it
 * was (overrides.yaml and anything else in the folder are never touched). The ingest owns
 * reports/: what it did not write this run does not linger. The swap is three renames (Node has
 * no atomic exchange of folders): a kill between the reports' two leaves the previous reports/ in
 * the staging folder, and the next run puts it back first; a kill after the new reports/ went in
 * leaves its ingest-report.json there, and the next run moves it in first.
 */
function publishContent(
  contentDir: string,
  outputs: Map<string, string | Uint8Array>,
  write: (path: string, data: string | Uint8Array) => void,
): void {
  ensureFolder(contentDir);
  const reports = join(contentDir, 'reports');
  // Staging folders of runs that were killed, settled before anything else: a kill between the
  // reports' two renames left the previous reports/ in one of them, which goes back in place; a
  // kill after the new reports/ went in, before its ingest-report.json did, left that file there,
  // which goes in too (the run had committed: only its accounting was still to move).
  for (const name of readdirSync(contentDir).sort()) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const previous = join(contentDir, name, 'previous-reports');
    const pendingReport = join(contentDir, name, 'ingest-report.json');
    if (!existsSync(reports) && existsSync(previous)) renameSync(previous, reports);
    else if (existsSync(reports) && !existsSync(join(contentDir, name, 'reports')) && existsSync(pendingReport))
      renameSync(pendingReport, join(contentDir, 'ingest-report.json'));
    rmSync(join(contentDir, name), { recursive: true, force: true });
  }
  const staging = mkdtempSync(join(contentDir, STAGING_PREFIX));
  const previous = join(staging, 'previous-reports');
  let previousMoved = false;
  try {
    mkdirSync(join(staging, 'reports'));
    for (const [file, text] of outputs) {
      const target = join(staging, file);
      mkdirSync(dirname(target), { recursive: true });
      write(target, text);
    }
    if (existsSync(reports)) {
      renameSync(reports, previous);
      previousMoved = true;
    }
    renameSync(join(staging, 'reports'), reports);
    previousMoved = false;
    renameSync(join(staging, 'ingest-report.json'), join(contentDir, 'ingest-report.json'));
  } catch (error) {
    if (previousMoved) renameSync(previous, reports);
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
