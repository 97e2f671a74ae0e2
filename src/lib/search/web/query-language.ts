/**
 * The search box's query language, read into a tree the search evaluates exactly:
 *
 *   行政诉讼 复议                  every term (AND)
 *   "行政 诉讼"  “…”  「…」  『…』  a phrase as written; operators inside it are plain text
 *   -信访  －信访  -"信访 事项"     reports without the term or phrase
 *   行政诉讼 | 行政复议  ｜  或     either (或 only as a word of its own); binds tighter than AND
 *   年份:2021  年份:2020-2022       report year or range (also 年份：, 年度:, year:)
 *   发布:2023  发布:2023-03  发布:2023-01-01..2023-06-30   publication date or range (also 发布：, 發布:, 发布日期:, published:)
 *
 * Malformed input never throws: each mistake becomes a problem (Simplified Chinese, saying what
 * is wrong and how to write it) and what is valid is still searched. Terms are kept as typed;
 * the search folds them as the index folds text (Traditional → Simplified, full width → half).
 */

/** Something wrong in how a query is written, explained to the reader (Simplified Chinese). */
export interface QueryProblem {
  message: string;
}

/** An unquoted word: the report must contain it. */
export interface TermClause {
  kind: 'term';
  text: string;
}

/**
 * A quoted phrase: the report must contain it as written. The index holds no whitespace (no
 * indexed piece spans it), so a phrase with spaces inside asks for each of its pieces.
 */
export interface PhraseClause {
  kind: 'phrase';
  text: string;
}

/** What a report is asked to contain: a term or a phrase. */
export type Atom = TermClause | PhraseClause;

/** The report must not contain the term or phrase. */
export interface ExcludeClause {
  kind: 'exclude';
  atom: Atom;
}

/** The report must contain at least one of the alternatives (two or more). */
export interface EitherClause {
  kind: 'either';
  alternatives: Atom[];
}

/** The report's year is in [from, to]; an open end is undefined. */
export interface YearClause {
  kind: 'year';
  from?: number;
  to?: number;
}

/** The report was published in [from, to] (ISO days, inclusive); an open end is undefined. */
export interface PublishedClause {
  kind: 'published';
  from?: string;
  to?: string;
}

export type Clause = Atom | ExcludeClause | EitherClause | YearClause | PublishedClause;

/** A query: every clause must hold. */
export interface QueryTree {
  clauses: Clause[];
  problems: QueryProblem[];
}

/** The words a report must all contain for the atom to match: the term, or the phrase's pieces. */
export function atomWords(atom: Atom): string[] {
  return atom.kind === 'term' ? [atom.text] : atom.text.split(/\s+/u).filter(Boolean);
}

/** The atoms a report is asked to contain (terms, phrases, every alternative), in query order. */
export function positiveAtoms(tree: QueryTree): Atom[] {
  return tree.clauses.flatMap((c) =>
    c.kind === 'either' ? c.alternatives : c.kind === 'term' || c.kind === 'phrase' ? [c] : [],
  );
}

/** Each opening quote and the quotes that close it (an input method may give “…“ or “…"). */
const CLOSERS: Record<string, string> = {
  '"': '"”“',
  '“': '”“"',
  '「': '」',
  '『': '』',
  '＂': '＂"”',
  '〝': '〞〟"”',
};
const OPENING_QUOTES = Object.keys(CLOSERS).join('');
/** Closing quotes that open nothing: outside a phrase, one is a stray. */
const CLOSING_QUOTES = '”」』〞〟';
const BARS = '|｜';
const MINUS = '-－﹣';
const isSpace = (c: string) => /\s/u.test(c);

type Token =
  | { type: 'word'; text: string }
  | { type: 'phrase'; text: string; negated: boolean; closed: boolean; opener: string }
  | { type: 'or'; text: string };

type Item = { type: 'or'; text: string } | { type: 'clause'; clause: Clause; source: string };

const EXAMPLE_PHRASE = '“行政诉讼”';

/**
 * Where a phrase's closing quote is: the first closing quote followed by a space, a bar or
 * the end, else the first closing quote; -1 when there is none. So quotes inside a quoted
 * phrase are text (“放管服”“最多跑一次” written in quotes is one phrase, as a reader
 * copying a passage means it).
 */
function phraseEnd(q: string, start: number, closers: string): number {
  let first = -1;
  for (let j = start; j < q.length; j++) {
    if (!closers.includes(q[j]!)) continue;
    if (first < 0) first = j;
    const after = q[j + 1];
    if (after === undefined || isSpace(after) || BARS.includes(after)) return j;
  }
  return first;
}

function tokens(q: string, problems: QueryProblem[]): Token[] {
  const out: Token[] = [];
  // Every character the tokens split on is in the Basic Multilingual Plane, so code units do.
  for (let i = 0; i < q.length;) {
    const c = q[i]!;
    if (isSpace(c)) {
      i++;
    } else if (BARS.includes(c)) {
      out.push({ type: 'or', text: c });
      i++;
    } else if (
      OPENING_QUOTES.includes(c) ||
      (MINUS.includes(c) && i + 1 < q.length && OPENING_QUOTES.includes(q[i + 1]!))
    ) {
      const negated = MINUS.includes(c);
      const opener = q[negated ? i + 1 : i]!;
      const start = negated ? i + 2 : i + 1;
      const end = phraseEnd(q, start, CLOSERS[opener]!);
      out.push({ type: 'phrase', text: q.slice(start, end < 0 ? q.length : end), negated, closed: end >= 0, opener });
      i = end < 0 ? q.length : end + 1;
    } else if (CLOSING_QUOTES.includes(c)) {
      problems.push({ message: `多了一个后引号“${c}”，已忽略。短语请用一对引号括起，例如 ${EXAMPLE_PHRASE}。` });
      i++;
    } else {
      let end = i;
      while (
        end < q.length &&
        !isSpace(q[end]!) &&
        !BARS.includes(q[end]!) &&
        !OPENING_QUOTES.includes(q[end]!) &&
        !CLOSING_QUOTES.includes(q[end]!)
      )
        end++;
      out.push({ type: 'word', text: q.slice(i, end) });
      i = end;
    }
  }
  return out;
}

const YEAR_KEY = /^(年份|年度|year)\s*:(.*)$/isu;
const PUBLISHED_KEY = /^(发布|發布|发布日期|發布日期|published)\s*:(.*)$/isu;

/** A word's key and value when it is a range (年份:…, 发布:…), full-width forms read as half-width. */
function rangeKey(word: string): { key: 'year' | 'published'; name: string; value: string } | undefined {
  const normal = word.normalize('NFKC');
  const year = YEAR_KEY.exec(normal);
  if (year) return { key: 'year', name: year[1]!, value: year[2]!.trim() };
  const published = PUBLISHED_KEY.exec(normal);
  if (published) return { key: 'published', name: published[1]!, value: published[2]!.trim() };
  return undefined;
}

/** Range separators between two years or two dates (a hyphen only between two years). */
const RANGE_SEPARATOR = /\.\.|~|至|到|—|–/u;

function yearClause(source: string, value: string): YearClause | QueryProblem {
  if (!value)
    return { message: `“${source}”后面没有年份，已忽略。请写四位数字的年份或范围，例如 年份:2021、年份:2020-2022。` };
  const plain = value.replace(/年/gu, '');
  const split = RANGE_SEPARATOR.exec(plain) ?? /-/u.exec(plain);
  const sides = split ? [plain.slice(0, split.index), plain.slice(split.index + split[0].length)] : [plain, plain];
  const years = sides.map((s) => s.trim());
  if (years.some((y) => y !== '' && !/^\d{4}$/u.test(y)) || years.every((y) => y === ''))
    return { message: `“${source}”写法不对，已忽略。年份请写四位数字或范围，例如 年份:2021、年份:2020-2022。` };
  const [from, to] = years.map((y) => (y === '' ? undefined : Number(y)));
  if (from !== undefined && to !== undefined && from > to)
    return { message: `“${source}”的起始年份晚于结束年份，已忽略。请从早写到晚，例如 年份:${to}-${from}。` };
  return { kind: 'year', ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One side of a date range: its first and last day, 'impossible' (2023-02-30) or 'malformed'. */
function datePeriod(side: string): { first: string; last: string } | 'impossible' | 'malformed' {
  // 2023年3月15日 reads as 2023-3-15.
  const plain = side
    .replace(/[年月]/gu, '-')
    .replace(/日/gu, '')
    .replace(/-+$/u, '')
    .trim();
  const match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/u.exec(plain);
  if (!match) return 'malformed';
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return 'impossible';
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return 'impossible';
  if (day === undefined)
    return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${daysIn(year, month)}` };
  return { first: `${year}-${pad(month)}-${pad(day)}`, last: `${year}-${pad(month)}-${pad(day)}` };
}

const DATE_EXAMPLES = '发布:2023、发布:2023-03 或 发布:2023-01-01..2023-06-30';

function publishedClause(source: string, value: string): PublishedClause | QueryProblem {
  if (!value) return { message: `“${source}”后面没有日期，已忽略。例如 ${DATE_EXAMPLES}。` };
  const split = RANGE_SEPARATOR.exec(value);
  // 发布:2022-2023 is two years; a hyphen is otherwise part of a date.
  const years = /^(\d{4})\s*-\s*(\d{4})$/u.exec(value);
  const sides = split
    ? [value.slice(0, split.index).trim(), value.slice(split.index + split[0].length).trim()]
    : years
      ? [years[1]!, years[2]!]
      : [value, value];
  if (sides.every((s) => s === '')) return { message: `“${source}”写法不对，已忽略。例如 ${DATE_EXAMPLES}。` };
  const periods = sides.map((s) => (s === '' ? undefined : datePeriod(s)));
  if (periods.includes('malformed')) return { message: `“${source}”写法不对，已忽略。例如 ${DATE_EXAMPLES}。` };
  if (periods.includes('impossible'))
    return { message: `“${source}”中的日期不存在，已忽略。月份为 1–12，日不超过该月的天数，例如 发布:2023-02-28。` };
  const [start, end] = periods as Array<{ first: string; last: string } | undefined>;
  const from = start?.first;
  const to = end?.last;
  if (from !== undefined && to !== undefined && from > to)
    return { message: `“${source}”的起始日期晚于结束日期，已忽略。请从早写到晚，例如 发布:${sides[1]}..${sides[0]}。` };
  return { kind: 'published', ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

function isProblem(x: Clause | QueryProblem): x is QueryProblem {
  return 'message' in x;
}

/** A token as an operator or a clause; a mistake becomes a problem and nothing. */
function item(
  token: Token,
  next: Token | undefined,
  problems: QueryProblem[],
): { item?: Item; consumedNext?: boolean } {
  if (token.type === 'or') return { item: token };
  if (token.type === 'phrase') {
    const quoted = `${token.opener}${token.text}`;
    if (!token.text.trim()) {
      problems.push({ message: `引号里没有内容，已忽略。短语请写在一对引号之间，例如 ${EXAMPLE_PHRASE}。` });
      return {};
    }
    if (!token.closed)
      problems.push({
        message: `引号没有配对：${quoted} 缺少后引号，已按短语“${token.text.trim()}”检索。短语请用一对引号括起，例如 ${EXAMPLE_PHRASE}。`,
      });
    const atom: Atom = { kind: 'phrase', text: token.text.trim() };
    return { item: { type: 'clause', clause: token.negated ? { kind: 'exclude', atom } : atom, source: quoted } };
  }
  const word = token.text;
  if (word === '或') return { item: { type: 'or', text: word } };
  if (MINUS.includes(word[0]!)) {
    const rest = word.replace(/^[-－﹣]+/u, '');
    if (!rest) {
      problems.push({ message: `“${word}”后面没有词，已忽略。要排除一个词，请把“-”紧贴在词前，例如 -信访。` });
      return {};
    }
    if (rangeKey(rest)) {
      problems.push({
        message: `“${word}”：年份和发布日期不能排除，已忽略。请写要查找的范围，例如 年份:2020-2022。`,
      });
      return {};
    }
    return { item: { type: 'clause', clause: { kind: 'exclude', atom: { kind: 'term', text: rest } }, source: word } };
  }
  const range = rangeKey(word);
  if (range) {
    // 年份: 2021 — a space after the colon still gives the value.
    const joined = !range.value && next?.type === 'word' && /^[\d０-９]/u.test(next.text);
    const value = joined ? next.text.normalize('NFKC').trim() : range.value;
    const source = joined ? `${word}${next.text}` : word;
    const clause = range.key === 'year' ? yearClause(source, value) : publishedClause(source, value);
    if (isProblem(clause)) {
      problems.push(clause);
      return { consumedNext: joined };
    }
    return { item: { type: 'clause', clause, source }, consumedNext: joined };
  }
  return { item: { type: 'clause', clause: { kind: 'term', text: word }, source: word } };
}

const OR_EXAMPLE = '例如 行政诉讼 | 行政复议';

/** Joins the operands of | and 或 into alternatives; a group of one is that clause alone. */
function groups(items: Item[], problems: QueryProblem[]): Item[][] {
  // A run of operators (A | | B, A | 或 B) is one operator, said once.
  const collapsed: Item[] = [];
  for (const it of items) {
    const last = collapsed[collapsed.length - 1];
    if (it.type === 'or' && last?.type === 'or') {
      problems.push({ message: `“${last.text}”和“${it.text}”之间没有词，已按一个“或”处理。${OR_EXAMPLE}。` });
      continue;
    }
    collapsed.push(it);
  }
  const out: Item[][] = [];
  let joining = false;
  for (const [k, it] of collapsed.entries()) {
    if (it.type === 'clause') {
      if (joining) out[out.length - 1]!.push(it);
      else out.push([it]);
      joining = false;
      continue;
    }
    const left = k > 0;
    const right = k < collapsed.length - 1;
    if (left && right) {
      joining = true;
      continue;
    }
    const side = !left && !right ? '两边都' : !left ? '前面' : '后面';
    const literal = it.text === '或' ? '若要查找“或”字本身，请加引号：“或”。' : '';
    problems.push({
      message: `“${it.text}”${side}没有词，已忽略。“|”和“或”连接两个词，表示其一即可，${OR_EXAMPLE}。${literal}`,
    });
  }
  return out;
}

/** The alternatives of one group as a clause; what cannot be an alternative is said and left out. */
function either(group: Item[], problems: QueryProblem[]): Clause | undefined {
  const alternatives: Atom[] = [];
  for (const it of group) {
    if (it.type !== 'clause') continue;
    const { clause, source } = it;
    if (clause.kind === 'term' || clause.kind === 'phrase') {
      if (!alternatives.some((a) => a.kind === clause.kind && a.text === clause.text)) alternatives.push(clause);
    } else if (clause.kind === 'exclude')
      problems.push({
        message: `“${source}”不能作为“或”的一边，已忽略。要排除一个词，请单独写，例如 行政诉讼 | 行政复议 -信访。`,
      });
    else
      problems.push({
        message: `年份和发布日期不能用“或”连接，已忽略“${source}”。要查几年，请写成范围，例如 年份:2020-2022。`,
      });
  }
  if (alternatives.length === 0) return undefined;
  if (alternatives.length === 1) return alternatives[0];
  return { kind: 'either', alternatives };
}

/** Reads a query into its clauses and the problems in how it is written. Never throws. */
export function parseQueryLanguage(q: string): QueryTree {
  const problems: QueryProblem[] = [];
  const list = tokens(q, problems);
  const items: Item[] = [];
  for (let i = 0; i < list.length; i++) {
    const read = item(list[i]!, list[i + 1], problems);
    if (read.item) items.push(read.item);
    if (read.consumedNext) i++;
  }
  const clauses: Clause[] = [];
  for (const group of groups(items, problems)) {
    const only = group[0]!;
    const clause = group.length === 1 && only.type === 'clause' ? only.clause : either(group, problems);
    if (clause) clauses.push(clause);
  }
  const excluded = clauses.filter((c): c is ExcludeClause => c.kind === 'exclude');
  if (excluded.length > 0 && excluded.length === clauses.length) {
    const written = excluded.map((c) => `-${c.atom.kind === 'phrase' ? `“${c.atom.text}”` : c.atom.text}`).join(' ');
    problems.push({
      message: `只写了要排除的词（${written}），没有要查找的词：结果是不含这些词的全部报告。要在其中查找，请再写一个词，例如 行政复议 -信访。`,
    });
  }
  return { clauses, problems };
}

/**
 * The query as it was understood, in words for the status line (Simplified Chinese):
 * 包含“行政诉讼”或“行政复议”，不含“信访”，2020–2022 年度. Empty for no clauses.
 */
export function describeQuery(clauses: Clause[]): string {
  const quoted = (atom: Atom) => `“${atom.text}”`;
  /** One value, a span, or one open end; `unit` follows each value (年度) or nothing (dates). */
  const span = (from: string | undefined, to: string | undefined, unit: string, between: string) =>
    from === to
      ? `${from}${unit}`
      : from === undefined
        ? `${to}${unit}及以前`
        : to === undefined
          ? `${from}${unit}及以后`
          : `${from}${between}${to}${unit}`;
  return clauses
    .map((c) => {
      switch (c.kind) {
        case 'term':
        case 'phrase':
          return `包含${quoted(c)}`;
        case 'either':
          return `包含${c.alternatives.map(quoted).join('或')}`;
        case 'exclude':
          return `不含${quoted(c.atom)}`;
        case 'year':
          return span(c.from?.toString(), c.to?.toString(), ' 年度', '–');
        case 'published':
          return `发布日期 ${span(c.from, c.to, '', ' 至 ')}`;
      }
    })
    .join('，');
}
