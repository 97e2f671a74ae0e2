import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { evaluateFolder } from '../../../src/lib/ingest/evaluate.ts';
import { ROOT } from '../../helpers/paths.ts';

/**
 * The real corpus (tests/fixtures/real: labelled excerpts of public report pages). Slices A and
 * B were split once at random into `tune` and `measure`; slice C into `tune` and a blind half
 * whose misses were read after it was scored, so it is now `seen` too. Rules are tuned on
 * `tune` only. "seen" is the old `measure` half and slice C's `seen` rows together. `blind` is
 * slice D, scored blind once and then read for the fourth round's rules (its rows keep the split
 * value `blind`); `unseen` is slice E, scored once before its misses were read for the fifth;
 * `fresh` is slice F, scored once before its misses were read for the sixth; `later` is slice G,
 * scored once after the sixth, before its misses were read for the seventh; `held` (slice H) was
 * scored blind with the seventh round's rules, then read for the eighth; `after` (slice I) was
 * scored blind with the seventh and the eighth rounds' rules, then read for the ninth; `new`
 * (slice J) was scored blind with the eighth round's rules, then read for the tenth. The floors
 * are the counts reached when the rules were last tuned; a change that loses a page on any field
 * fails here.
 */
const DIR = join(ROOT, 'tests/fixtures/real');
const LABELS = join(DIR, 'labels.tsv');
const gazetteer = loadGazetteer();

type Floors = Record<string, number>;
const HALVES: Array<{ name: string; splits: string[]; pages: number; floors: Floors }> = [
  {
    // Of 142 pages, 112 to be published, the rest rejected.
    name: 'tune',
    splits: ['tune'],
    pages: 142,
    floors: {
      status: 141,
      title: 111,
      divisionCode: 111,
      jurisdiction: 111,
      region: 111,
      level: 111,
      issuer: 111,
      year: 111,
      publishedAt: 111,
      indexNumber: 111,
      signedAt: 111,
      sourceName: 111,
      docNumber: 111,
    },
  },
  {
    // The old measure half (102 pages, 86 to publish) and slice C's read blind half (40, 29).
    // Round six placed c061 (`对重庆所作重要讲话`) and rejected the c018 look-alike (release news):
    // status 140, every field 114. Round seven rejected c055 (an abstract with its English text):
    // status 141.
    name: 'seen',
    splits: ['measure', 'seen'],
    pages: 142,
    floors: {
      status: 141,
      title: 114,
      divisionCode: 114,
      jurisdiction: 114,
      region: 114,
      level: 114,
      issuer: 114,
      year: 114,
      publishedAt: 114,
      indexNumber: 114,
      signedAt: 114,
      sourceName: 114,
      docNumber: 114,
    },
  },
  {
    // Slice D (84 pages, 71 to publish). Measured blind once, when it was added (status 80, title 61,
    // place 64, issuer 62, year 68, publishedAt 67, indexNumber 65, signedAt 68, sourceName 66,
    // docNumber 67); its misses were then read and the fourth round's rules written from them, so
    // these floors are the counts after those rules and no longer a blind figure.
    name: 'D (split blind, read)',
    splits: ['blind'],
    pages: 84,
    floors: {
      status: 84,
      title: 71,
      divisionCode: 71,
      jurisdiction: 71,
      region: 71,
      level: 71,
      issuer: 71,
      year: 71,
      publishedAt: 71,
      indexNumber: 71,
      signedAt: 71,
      sourceName: 71,
      docNumber: 71,
    },
  },
  {
    // Slice E (123 pages, 110 to publish after e115 was relabelled rejected). Scored once, blind,
    // with the rules of round four and the labels as collected: status 109/123, title 93, place 95,
    // issuer 91, year 97, publishedAt 94, indexNumber 97, signedAt 97, sourceName 92, docNumber 95
    // of 111 (with the two label corrections, e115 and e028's issuer: status 110/123, issuer 92 of
    // 110, the rest the same counts of 110). Its misses were then read and the fifth round's rules
    // written from them, so these floors are the counts after those rules, no longer blind.
    // Round six placed e139 (`考察上海重要讲话`): status 122, every field 109.
    name: 'E (split unseen, read)',
    splits: ['unseen'],
    pages: 123,
    floors: {
      status: 122,
      title: 109,
      divisionCode: 109,
      jurisdiction: 109,
      region: 109,
      level: 109,
      issuer: 109,
      year: 109,
      publishedAt: 109,
      indexNumber: 109,
      signedAt: 109,
      sourceName: 109,
      docNumber: 109,
    },
  },
  {
    // Slice F (159 pages, 137 to publish). Scored once, blind, with the rules of round five:
    // status 147/159, title 124, place (divisionCode, jurisdiction, region) 123, level 124, issuer
    // 123, year 129, publishedAt 127, indexNumber 130, signedAt 128, sourceName 124, docNumber 130
    // of 137 (with f219's title label corrected: title 125). Its misses were then read and the
    // sixth round's rules written from them (place and year; title, issuer, dates, source and
    // look-alikes), so these floors are the counts after those rules, no longer blind.
    name: 'F (split fresh, read)',
    splits: ['fresh'],
    pages: 159,
    floors: {
      status: 159,
      title: 137,
      divisionCode: 137,
      jurisdiction: 137,
      region: 137,
      level: 137,
      issuer: 137,
      year: 137,
      publishedAt: 137,
      indexNumber: 137,
      signedAt: 137,
      sourceName: 137,
      docNumber: 137,
    },
  },
  {
    // Slice G (98 pages, 80 to publish). Scored once, blind, with the rules of round six:
    // status 89/98, title 73, place and level 74, issuer 72, year 74, publishedAt 73, indexNumber
    // 73, signedAt 74, sourceName 69, docNumber 74 of 80. Its misses were then read and the
    // seventh round's rules written from them (places; text fields and look-alikes), so these
    // floors are the counts after those rules, no longer blind.
    name: 'G (split later, read)',
    splits: ['later'],
    pages: 98,
    floors: {
      status: 97,
      title: 80,
      divisionCode: 80,
      jurisdiction: 80,
      region: 80,
      level: 80,
      issuer: 80,
      year: 80,
      publishedAt: 80,
      indexNumber: 80,
      signedAt: 80,
      sourceName: 80,
      docNumber: 80,
    },
  },
  {
    // Slice H (124 pages, 109 to publish), collected after round seven's place rules. Scored
    // blind once with all of round seven's rules: status 117/124, title 97 (100 with the three
    // title labels corrected), place and level 100 (101 with h113's), issuer 100, year 104,
    // publishedAt 103, indexNumber 104, signedAt 103, sourceName 102 (103 with h441's),
    // docNumber 102 of 109. Its misses were then read and round eight's rules written from them,
    // so these floors are the counts after those rules, no longer blind.
    name: 'H (split held, read)',
    splits: ['held'],
    pages: 124,
    floors: {
      status: 123,
      title: 108,
      divisionCode: 108,
      jurisdiction: 108,
      region: 108,
      level: 108,
      issuer: 108,
      year: 108,
      publishedAt: 108,
      indexNumber: 108,
      signedAt: 108,
      sourceName: 108,
      docNumber: 108,
    },
  },
  {
    // Slice I (177 pages, 158 to publish): 16 collected after round seven, 161 more while round
    // eight was written from slice H; the same page collected twice (i326 = i403) kept once.
    // Scored blind with round seven's rules and again with round eight's (the same counts):
    // status 168/177, title 145, place and level 145, issuer 147, year 152, publishedAt,
    // indexNumber, signedAt and docNumber 151, sourceName 149 of 158 (title 146 and sourceName
    // 150 with i010's and i015's labels corrected). Its misses were then read and round nine's
    // rules written from them, so these floors are the counts after those rules, no longer blind.
    // Round ten's place rules put i305 right (the 东疆 zone's new names): place and level 153; a
    // municipality's 市 in a district's host (cqstl) then published i332 right: 154, the rest 157;
    // a town named as its mediation centre's owner no longer read as the place put i238 right: 155.
    name: 'I (split after, read)',
    splits: ['after'],
    pages: 177,
    floors: {
      status: 176,
      title: 157,
      divisionCode: 155,
      jurisdiction: 155,
      region: 155,
      level: 155,
      issuer: 157,
      year: 157,
      publishedAt: 157,
      indexNumber: 157,
      signedAt: 157,
      sourceName: 157,
      docNumber: 157,
    },
  },
  {
    // Slice J (89 pages, 78 to publish), collected while round nine was written from slice I.
    // Scored blind with round eight's rules: status 84/89, title 69 (70 after round nine's text
    // rules), place 72, level 73, issuer 68, year, publishedAt, indexNumber and signedAt 74,
    // sourceName 67, docNumber 73 (74 after round nine) of 78. Its misses were then read and round
    // ten's rules written from them (issuer 69 blind with j101's label corrected), so these floors
    // are the counts after those rules, no longer blind.
    name: 'J (split new, read)',
    splits: ['new'],
    pages: 89,
    floors: {
      status: 89,
      title: 78,
      divisionCode: 78,
      jurisdiction: 78,
      region: 78,
      level: 78,
      issuer: 78,
      year: 78,
      publishedAt: 78,
      indexNumber: 78,
      signedAt: 78,
      sourceName: 78,
      docNumber: 78,
    },
  },
  {
    // Slice K (125 pages, 112 to publish), collected while round ten was written from slice J.
    // Scored blind with round nine's rules (status 120, title and place 105, level 106, issuer
    // 101, year and publishedAt 109, indexNumber 106, signedAt 108, sourceName 107, docNumber 108)
    // and again with round ten's (one more page published, placed and dated right). Blind counts
    // with round ten's rules: status 121, title and place 106, level 107, issuer 102, year and
    // publishedAt 110, indexNumber 107, signedAt and docNumber 109, sourceName 108. Read in round
    // eleven (its misses listed with their causes); the floors are the counts after round eleven's
    // text and place rules (no longer blind), and k224 and k128 placed since (the opening ends at
    // its first numbered section; a two-letter gov.cn domain deepens a report placed above its kind)
    // and k349's and k208's issuers read (a cover letter signed to the month; a heading body named
    // short by the statement), and k228's title and issuer in round fifteen (a title broken after its year)
    // and k348's source in round sixteen (an unlabelled metadata block's publisher).
    name: 'K (split next, read)',
    splits: ['next'],
    pages: 125,
    floors: {
      status: 125,
      title: 112,
      divisionCode: 112,
      jurisdiction: 112,
      region: 112,
      level: 112,
      issuer: 112,
      year: 112,
      publishedAt: 112,
      indexNumber: 112,
      signedAt: 112,
      sourceName: 112,
      docNumber: 112,
    },
  },
  {
    // Slice L (97 pages, 83 to publish), collected after round eleven and the five rules after it.
    // Scored blind with those rules (status 91, title and place 76, issuer 73, year, indexNumber,
    // signedAt and docNumber 77, publishedAt 76, sourceName 75; with round eleven's alone: status
    // 90, title and place 75, issuer 72, year, indexNumber, signedAt and docNumber 76, publishedAt
    // 75, sourceName 74). Read in round twelve; the floors are the counts after it (l108 lost).
    name: 'L (split latest, read)',
    splits: ['latest'],
    pages: 97,
    floors: {
      status: 96,
      title: 82,
      divisionCode: 82,
      jurisdiction: 82,
      region: 82,
      level: 82,
      issuer: 82,
      year: 82,
      publishedAt: 82,
      indexNumber: 82,
      signedAt: 82,
      sourceName: 82,
      docNumber: 82,
    },
  },
  {
    // Slice M (45 pages, 39 to publish), collected after round twelve. Scored blind with round
    // twelve's rules (the same counts with the i238 rule after it): status 43, title 38, place and
    // level 36, issuer 37, year 38, publishedAt 37, indexNumber 38, signedAt 38, sourceName 37,
    // docNumber 38. Read in round thirteen; the floors are the counts after it (every page right).
    name: 'M (split newest, read)',
    splits: ['newest'],
    pages: 45,
    floors: {
      status: 45,
      title: 39,
      divisionCode: 39,
      jurisdiction: 39,
      region: 39,
      level: 39,
      issuer: 39,
      year: 39,
      publishedAt: 39,
      indexNumber: 39,
      signedAt: 39,
      sourceName: 39,
      docNumber: 39,
    },
  },
  {
    // Slice N (37 pages, 33 to publish): slice M's third part, finished after round thirteen.
    // Scored blind with round thirteen's rules (its first 29 pages at 8378752: status 28, every field
    // 25 of 26 but sourceName 24; all 37: status 35, every field 31 of 33 but sourceName 30), then
    // read for round fourteen: these floors are the counts after it.
    name: 'N (split fresher, read in round fourteen)',
    splits: ['fresher'],
    pages: 37,
    floors: {
      status: 37,
      title: 33,
      divisionCode: 33,
      jurisdiction: 33,
      region: 33,
      level: 33,
      issuer: 33,
      year: 33,
      publishedAt: 33,
      indexNumber: 33,
      signedAt: 33,
      sourceName: 33,
      docNumber: 33,
    },
  },
  {
    // Slice O (33 pages, 28 to publish), collected after round fourteen. Scored blind with round
    // fourteen's rules (its part o2, 30 pages, first: status 29, title, issuer, sourceName 24 of 27,
    // signedAt 25, the rest 26; all 33: status 32, title 25 of 28, issuer 24, signedAt 26, sourceName
    // 25, the rest 27; with o214's issuer and o226's sourceName labels corrected to the corpus's
    // conventions, issuer 25 and sourceName 26). Read in round fifteen: these floors are the counts after it.
    name: 'O (split freshest, read in round fifteen)',
    splits: ['freshest'],
    pages: 33,
    floors: {
      status: 33,
      title: 28,
      divisionCode: 28,
      jurisdiction: 28,
      region: 28,
      level: 28,
      issuer: 28,
      year: 28,
      publishedAt: 28,
      indexNumber: 28,
      signedAt: 28,
      sourceName: 28,
      docNumber: 28,
    },
  },
  {
    // Slice P (60 pages, 53 to publish), collected after round fifteen. Scored blind with round
    // fifteen's rules (its part p2, 30 pages, first: status 30, title and place 26 of 27, issuer 24, the
    // rest 27; all 60: status 56, title and place 48 of 53, issuer 46, sourceName 48, the rest 50).
    // Read in round sixteen: these floors are the counts after it and round seventeen's p114 (three
    // pages left, in the README), and p130's title label brought to the corpus's convention (round
    // twenty-seven).
    name: 'P (split last, read in round sixteen)',
    splits: ['last'],
    pages: 60,
    floors: {
      status: 59,
      title: 52,
      divisionCode: 51,
      jurisdiction: 51,
      region: 51,
      level: 51,
      issuer: 51,
      year: 52,
      publishedAt: 52,
      indexNumber: 52,
      signedAt: 52,
      sourceName: 52,
      docNumber: 52,
    },
  },
  {
    // Slice Q (59 pages, 51 to publish), collected after round sixteen. Scored blind with round
    // sixteen's rules and this session's first two (part q2, 30 pages: status 28, title and place 24 of
    // 26, issuer 23, the rest 25; all 59: status 54, title 46 of 51, place 43, issuer 45, the rest 48).
    // Read in round seventeen: these floors are the counts after it (q205's title and issuer left, in the README).
    name: 'Q (split final, read in round seventeen)',
    splits: ['final'],
    pages: 59,
    floors: {
      status: 59,
      title: 50,
      divisionCode: 51,
      jurisdiction: 51,
      region: 51,
      level: 51,
      issuer: 50,
      year: 51,
      publishedAt: 51,
      indexNumber: 51,
      signedAt: 51,
      sourceName: 51,
      docNumber: 51,
    },
  },
  {
    // Slice R (58 pages, 51 to publish), collected after round seventeen. Scored blind with round
    // seventeen's rules and the list-bullet reading (part r2, 28 pages: status 26, every field 23 of 25;
    // all 58: status 55, place 47 of 51, every other field 48). Read in round eighteen; r215 and r218
    // (stripped year figures) read in round twenty-two: these floors are the counts after it (r101 left,
    // in the README).
    name: 'R (split extra, read in round eighteen)',
    splits: ['extra'],
    pages: 58,
    floors: {
      status: 57,
      title: 50,
      divisionCode: 50,
      jurisdiction: 50,
      region: 50,
      level: 50,
      issuer: 50,
      year: 50,
      publishedAt: 50,
      indexNumber: 50,
      signedAt: 50,
      sourceName: 50,
      docNumber: 50,
    },
  },
  {
    // Slice S (60 pages, 55 to publish), collected after round eighteen. Scored blind with round
    // eighteen's rules (part s2, 30 pages: status 28, title 25 of 27, the rest 26; all 60: status 58,
    // title, publishedAt, signedAt and sourceName 53 of 55, the rest 54). Read in round nineteen: these
    // floors are the counts after it (s202 left, in the README).
    name: 'S (split spare, read in round nineteen)',
    splits: ['spare'],
    pages: 60,
    floors: {
      status: 59,
      title: 54,
      divisionCode: 54,
      jurisdiction: 54,
      region: 54,
      level: 54,
      issuer: 54,
      year: 54,
      publishedAt: 54,
      indexNumber: 54,
      signedAt: 54,
      sourceName: 54,
      docNumber: 54,
    },
  },
  {
    // Slice T (49 pages, 43 to publish), collected after round nineteen and the glued-page reading. Scored blind
    // with them (part t2, 29 pages: status 29, title 25 of 26, place 24, issuer and year 26, publishedAt,
    // sourceName and docNumber 25; all 49: status 46, title 38 of 43, place 34, issuer 39, year 40, publishedAt 39,
    // indexNumber 40, signedAt 40, sourceName 39, docNumber 39). Read in round twenty: these floors are the counts
    // after it (none left).
    name: 'T (split untouched, read in round twenty)',
    splits: ['untouched'],
    pages: 49,
    floors: {
      status: 49,
      title: 43,
      divisionCode: 43,
      jurisdiction: 43,
      region: 43,
      level: 43,
      issuer: 43,
      year: 43,
      publishedAt: 43,
      indexNumber: 43,
      signedAt: 43,
      sourceName: 43,
      docNumber: 43,
    },
  },
  {
    // Slice U (46 pages, 41 to publish), collected after round twenty. Scored blind with round twenty's rules and the
    // glued-page readings (part u2, 25 pages: status 25, title 20 of 23, place 22, issuer 21, signedAt 22, the rest
    // 23; all 46: status 42, title 35 of 41, place 37, issuer 36, signedAt 36, the rest 38; with the six label
    // corrections in the README: title 37, issuer 38, signedAt 38). Read in round twenty-one: these floors are the
    // counts after it (none left).
    name: 'U (split hidden, read in round twenty-one)',
    splits: ['hidden'],
    pages: 46,
    floors: {
      status: 46,
      title: 41,
      divisionCode: 41,
      jurisdiction: 41,
      region: 41,
      level: 41,
      issuer: 41,
      year: 41,
      publishedAt: 41,
      indexNumber: 41,
      signedAt: 41,
      sourceName: 41,
      docNumber: 41,
    },
  },
  {
    // Slice V (59 pages, 52 to publish), collected after round twenty-one. Scored blind with round twenty-one's rules
    // and the stripped-year reading (part v2, 29 pages: status 29, title 21 of 25, place 24, issuer 20, the rest 25;
    // all 59: status 59, title 45 of 52, place 50, issuer 41, sourceName 49, the rest 52; with the one label
    // correction in the README: title 46, issuer 42). Read in round twenty-two: these floors are the counts after it
    // (none left).
    name: 'V (split unread, read in round twenty-two)',
    splits: ['unread'],
    pages: 59,
    floors: {
      status: 59,
      title: 52,
      divisionCode: 52,
      jurisdiction: 52,
      region: 52,
      level: 52,
      issuer: 52,
      year: 52,
      publishedAt: 52,
      indexNumber: 52,
      signedAt: 52,
      sourceName: 52,
      docNumber: 52,
    },
  },
  {
    // Slice W (59 pages, 52 to publish), collected after round twenty-two. Scored blind with round twenty-two's rules
    // (part w2, 18 pages: every field 16 of 16; all 59: status 59, title 50 of 52, issuer 46, the rest 52). Read in
    // round twenty-three: these floors are the counts after it (none left).
    name: 'W (split untried, read in round twenty-three)',
    splits: ['untried'],
    pages: 59,
    floors: {
      status: 59,
      title: 52,
      divisionCode: 52,
      jurisdiction: 52,
      region: 52,
      level: 52,
      issuer: 52,
      year: 52,
      publishedAt: 52,
      indexNumber: 52,
      signedAt: 52,
      sourceName: 52,
      docNumber: 52,
    },
  },
  {
    // Slice X (36 pages, 31 to publish), collected after round twenty-three. Scored blind with round twenty-three's
    // rules (part x2, 23 pages: status 22, publishedAt and sourceName 18 of 20, docNumber 19, the rest 20; all 36:
    // status 35, publishedAt and sourceName 29 of 31, docNumber 30, the rest 31). Read in round twenty-four: these
    // floors are the counts after it (none left).
    name: 'X (split unscored, read in round twenty-four)',
    splits: ['unscored'],
    pages: 36,
    floors: {
      status: 36,
      title: 31,
      divisionCode: 31,
      jurisdiction: 31,
      region: 31,
      level: 31,
      issuer: 31,
      year: 31,
      publishedAt: 31,
      indexNumber: 31,
      signedAt: 31,
      sourceName: 31,
      docNumber: 31,
    },
  },
  {
    // Slice Y (46 pages, 41 to publish), collected after round twenty-four. Scored blind with round twenty-four's
    // rules (part y2, 27 pages: status 26, title, place, issuer and docNumber 23 of 24, the rest 24; all 46: status
    // 45, title, place, issuer and docNumber 40 of 41, the rest 41). Read in round twenty-five: these floors are the
    // counts after it (y224 left, in the README).
    name: 'Y (split unchecked, read in round twenty-five)',
    splits: ['unchecked'],
    pages: 46,
    floors: {
      status: 45,
      title: 41,
      divisionCode: 41,
      jurisdiction: 41,
      region: 41,
      level: 41,
      issuer: 41,
      year: 41,
      publishedAt: 41,
      indexNumber: 41,
      signedAt: 41,
      sourceName: 41,
      docNumber: 41,
    },
  },
  {
    // Slice Z (26 pages, 22 to publish), collected after round twenty-five. Scored blind with round twenty-five's
    // rules (part z2, 13 pages: status 12, every field 10 of 10; all 26: status 25, title, issuer and sourceName 21 of
    // 22, the rest 22). Read in round twenty-six: these floors are the counts after it (none left).
    name: 'Z (split unturned, read in round twenty-six)',
    splits: ['unturned'],
    pages: 26,
    floors: {
      status: 26,
      title: 22,
      divisionCode: 22,
      jurisdiction: 22,
      region: 22,
      level: 22,
      issuer: 22,
      year: 22,
      publishedAt: 22,
      indexNumber: 22,
      signedAt: 22,
      sourceName: 22,
      docNumber: 22,
    },
  },
  {
    // Slice AA (31 pages, 27 to publish), collected after round twenty-six. Scored blind with round twenty-six's
    // rules (part aa2, 16 pages: status 15, issuer 13 of 14, the rest 14; all 31: status 30, title and issuer 25 of
    // 27, the rest 27). Read in round twenty-seven: these floors are the counts after it (none left; aa213's issuer
    // label brought to the convention of a 发布机构 naming the government itself).
    name: 'AA (split unmarked, read in round twenty-seven)',
    splits: ['unmarked'],
    pages: 31,
    floors: {
      status: 31,
      title: 27,
      divisionCode: 27,
      jurisdiction: 27,
      region: 27,
      level: 27,
      issuer: 27,
      year: 27,
      publishedAt: 27,
      indexNumber: 27,
      signedAt: 27,
      sourceName: 27,
      docNumber: 27,
    },
  },
  {
    // Slice AB (34 pages, 29 to publish), collected after round twenty-seven. Scored blind with round twenty-seven's
    // rules and the Traditional forms (part ab2, 20 pages: status 19, title and issuer 15 of 17, the rest 17; all 34:
    // status 32, title and issuer 26 of 29, the rest 28). Read in round twenty-eight: these floors are the counts after
    // it (ab109 left, in the README).
    name: 'AB (split unopened, read in round twenty-eight)',
    splits: ['unopened'],
    pages: 34,
    floors: {
      status: 33,
      title: 28,
      divisionCode: 28,
      jurisdiction: 28,
      region: 28,
      level: 28,
      issuer: 28,
      year: 28,
      publishedAt: 28,
      indexNumber: 28,
      signedAt: 28,
      sourceName: 28,
      docNumber: 28,
    },
  },
  {
    // Slice AC (38 pages, 33 to publish), collected after round twenty-eight. Scored blind with round twenty-eight's
    // rules (part ac2, 25 pages: status 20, title and issuer 18 of 22, sourceName 19, the rest 20; all 38: status 33,
    // title 27 of 33, issuer 26, sourceName 30, the rest 31). Read in round twenty-nine: these floors are the counts
    // after it (three look-alikes left, in the README; ac204's and ac113's titles brought to the corpus's convention).
    name: 'AC (split unvisited, read in round twenty-nine)',
    splits: ['unvisited'],
    pages: 38,
    floors: {
      status: 35,
      title: 33,
      divisionCode: 33,
      jurisdiction: 33,
      region: 33,
      level: 33,
      issuer: 33,
      year: 33,
      publishedAt: 33,
      indexNumber: 33,
      signedAt: 33,
      sourceName: 33,
      docNumber: 33,
    },
  },
  {
    // Slice AD (30 pages, 27 to publish), collected after round twenty-nine. Scored blind with round twenty-nine's
    // rules (part ad2, 19 pages: status 19, sourceName 16 of 17, the rest 17; all 30: status 29, title, place, issuer
    // and sourceName 25 of 27, the rest 26). Read in round thirty: these floors are the counts after it (ad101's place
    // left, in the README; ad111's title brought to the corpus's convention).
    name: 'AD (split unexplored, read in round thirty)',
    splits: ['unexplored'],
    pages: 30,
    floors: {
      status: 30,
      title: 27,
      divisionCode: 26,
      jurisdiction: 26,
      region: 26,
      level: 27,
      issuer: 27,
      year: 27,
      publishedAt: 27,
      indexNumber: 27,
      signedAt: 27,
      sourceName: 27,
      docNumber: 27,
    },
  },
  {
    // Slice AE (35 pages, 31 to publish), collected after round thirty. Scored blind with round thirty's rules (part
    // ae2, 15 pages: status 14, every field 12 of 13 but docNumber 11; all 35: status 34, every field 30 of 31 but
    // docNumber 29). Read in round thirty-one: these floors are the counts after it (ae212, whose year only the year of
    // the reports it reviewed tells, left, in the README).
    name: 'AE (split unmapped, read in round thirty-one)',
    splits: ['unmapped'],
    pages: 35,
    floors: {
      status: 34,
      title: 30,
      divisionCode: 30,
      jurisdiction: 30,
      region: 30,
      level: 30,
      issuer: 30,
      year: 30,
      publishedAt: 30,
      indexNumber: 30,
      signedAt: 30,
      sourceName: 30,
      docNumber: 30,
    },
  },
  {
    // Slice AF (39 pages, 33 to publish), collected after round thirty-one. Scored blind with round thirty-one's rules
    // (part af2, 19 pages: status 17, every field 15 of 16 but docNumber 14; all 39: status 36, title and place 29 of
    // 33, level 30, issuer, year and dates 31, sourceName and docNumber 30). Read in round thirty-two: these floors are
    // the counts after it (af109's place and af213, a news feature, left, in the README; af105's and af108's titles
    // brought to the corpus's convention).
    name: 'AF (split uncharted, read in round thirty-two)',
    splits: ['uncharted'],
    pages: 39,
    floors: {
      status: 38,
      title: 33,
      divisionCode: 32,
      jurisdiction: 32,
      region: 32,
      level: 33,
      issuer: 33,
      year: 33,
      publishedAt: 33,
      indexNumber: 33,
      signedAt: 33,
      sourceName: 33,
      docNumber: 33,
    },
  },
  {
    // Slice AG (38 pages, 31 to publish), collected after round thirty-two. Scored blind with round thirty-two's rules
    // (part ag2, 18 pages: status 16, place and level 13 of 15, the rest 14; all 38: status 35, place and level 28 of
    // 31, every other field 29). Read in round thirty-three: these floors are the counts after it (ag207, a news
    // feature, left, in the README).
    name: 'AG (split unplumbed, read in round thirty-three)',
    splits: ['unplumbed'],
    pages: 38,
    floors: {
      status: 37,
      title: 31,
      divisionCode: 31,
      jurisdiction: 31,
      region: 31,
      level: 31,
      issuer: 31,
      year: 31,
      publishedAt: 31,
      indexNumber: 31,
      signedAt: 31,
      sourceName: 31,
      docNumber: 31,
    },
  },
  {
    // Slice AH (37 pages, 34 to publish), collected after round thirty-three. Scored blind with round thirty-three's
    // rules (part ah2, 17 pages: status 16, every field 14 of 15; all 37: status 36, place, level and publishedAt 32 of
    // 34, every other field 33). Read in round thirty-four: these floors are the counts after it.
    name: 'AH (split unsounded, read in round thirty-four)',
    splits: ['unsounded'],
    pages: 37,
    floors: {
      status: 37,
      title: 34,
      divisionCode: 34,
      jurisdiction: 34,
      region: 34,
      level: 34,
      issuer: 34,
      year: 34,
      publishedAt: 34,
      indexNumber: 34,
      signedAt: 34,
      sourceName: 34,
      docNumber: 34,
    },
  },
  {
    // Slice AI (38 pages, 33 to publish), collected after round thirty-four. Scored blind with round thirty-four's
    // rules (part ai2, 20 pages: status 19, every field 17 of 17 but publishedAt, indexNumber and signedAt 14,
    // docNumber 16; all 38: status 37, publishedAt, indexNumber and signedAt 30 of 33, docNumber 32, the rest 33). Read
    // in round thirty-five: these floors are the counts after it.
    name: 'AI (split unfathomed, read in round thirty-five)',
    splits: ['unfathomed'],
    pages: 38,
    floors: {
      status: 38,
      title: 33,
      divisionCode: 33,
      jurisdiction: 33,
      region: 33,
      level: 33,
      issuer: 33,
      year: 33,
      publishedAt: 33,
      indexNumber: 33,
      signedAt: 33,
      sourceName: 33,
      docNumber: 33,
    },
  },
  {
    // Slice AJ (34 pages, 29 to publish), collected after round thirty-five. Scored blind with round thirty-five's
    // rules (part aj2, 16 pages: status 15, issuer 13 of 14, publishedAt 12, the rest 14; all 34: status 32, issuer
    // 25 of 29, publishedAt 26, the rest 28). These floors are the blind counts.
    name: 'AJ (split unsurveyed, scored blind)',
    splits: ['unsurveyed'],
    pages: 34,
    floors: {
      status: 32,
      title: 28,
      divisionCode: 28,
      jurisdiction: 28,
      region: 28,
      level: 28,
      issuer: 25,
      year: 28,
      publishedAt: 26,
      indexNumber: 28,
      signedAt: 28,
      sourceName: 28,
      docNumber: 28,
    },
  },
];

describe('ingest accuracy on the real corpus', () => {
  for (const half of HALVES) {
    const { labels, scores } = evaluateFolder(DIR, LABELS, gazetteer, half.splits);
    it(`scores every field of the ${half.name} half (${labels} pages)`, () => {
      expect(labels).toBe(half.pages);
      expect(scores.map((s) => s.field)).toEqual(Object.keys(half.floors));
    });
    for (const score of scores) {
      it(`keeps ${score.field} at or above ${half.floors[score.field]}/${score.total} on ${half.name}`, () => {
        expect(score.correct).toBeGreaterThanOrEqual(half.floors[score.field]!);
      });
    }
  }
});
