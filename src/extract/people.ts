/**
 * People: find person-name mentions. A mention is the name alone, without title, honorific or
 * possessive "'s". Two passes over the token stream (no compromise parse):
 *
 *  1. every capitalized run of every prose sentence is judged on its own words and context
 *     (see people/classify.ts);
 *  2. names found in pass 1 are looked for again everywhere, including headlines and runs that had
 *     no evidence of their own: "Guler" after "Yasar Guler", "DURAN" in an all-caps headline;
 *  3. a name-shaped run in a list next to a known name is a name too ("Dravid , Mongia , Srinath").
 *
 * Before passes 2 and 3, the document's own hints remove one-word mentions that it shows to be
 * organizations ("Gencor Ltd" makes "Gencor said" a company).
 *
 * Memory: passes 2 and 3 read every run of the document again. Pass 1 keeps them in a compact
 * {@link RunStore} (typed arrays, a few integers per run and per piece), not as objects, so that a
 * 5 MB document does not hold tens of MB of run objects until the end of the extractor.
 */
import type { ArticleDoc } from '../doc/article.js';
import { isLowerCase, isWrittenInCapitals, wordLower, startsUpperCase, startsLowerCase, type Token } from '../doc/tokenize.js';
import type { Gender } from '../lexicon/honorifics.js';
import type { RuleSpan } from '../types.js';
import { classifyRun, isColouredThing, isModalOpeningQuestion, isFirmBeforeAmpersand, isTitleInQuotes, namesAWork } from './people/classify.js';
import { findRuns, isHeadline, nameSentences, type Piece, type Run } from './people/pieces.js';
import { RunStore } from './people/run-store.js';
import { findInvertedNames, INVERTED_NAME_RULE } from './people/inverted-names.js';
import { joinNicknames, NICKNAME_RULE } from './people/nicknames.js';
import { nameKey, surnameKeysOf } from './people/keys.js';
import { classifyWord, W } from './people/word-class.js';
import { stripAccents } from '../util/text.js';
import { townTier } from '../lexicon/places.js';
import { ORGANIZATION_NOUNS, WORK_NOUNS } from '../lexicon/organizations.js';
import { isAwardNoun } from '../lexicon/non-person-words.js';
import { MONTH_OF } from '../lexicon/dates.js';
import { FAMILY_NOUNS } from '../lexicon/person-words.js';

export interface NameMention extends RuleSpan {
  /** From an honorific (Mr, Mrs) or the given name, when the lists agree on one. */
  gender?: Gender;
}

export function extractNameMentions(doc: ArticleDoc): NameMention[] {
  const found: NameMention[] = [];
  const taken = new Set<number>(); // start offsets of pieces already inside a mention
  // Every run, compactly: passes 2 and 3 read them again (see people/run-store.ts).
  const leftovers = new RunStore();
  const things = new Set<string>();
  const modifiers = new Set<string>(); // lone words used as "the Taleban militia", "a Taibe resident"
  // Words the text uses as a town ("in Hamilton"), a firm ("Comelf said its") or in a quoted title
  // ("Michael Collins"): things, unless a full name found elsewhere ends with them.
  const townsVisited = new Set<string>();
  const tokens = doc.tokens;
  for (const sentence of nameSentences(doc)) {
    const { tokenStart: start, tokenEnd: end } = sentence;
    const headline = isHeadline(tokens, start, end);
    for (const run of findRuns(doc, sentence, headline)) {
      // Questions both sides ask (the run's own judgement and the document's hints): asked once here.
      const work = namesAWork(tokens, run);
      const quoted = isTitleInQuotes(tokens, run, start, end);
      const firm = isFirmBeforeAmpersand(tokens, run.after, end);
      const guess = headline ? null : classifyRun(tokens, run, start, end, work || quoted || firm);
      if (guess) {
        found.push(toMention(doc.text, guess.pieces, guess.rule, guess.gender));
        for (const p of guess.pieces) taken.add(p.start);
      }
      addNamesOfThings(tokens, run, start, end, things, work, firm);
      if (isModifierAfterArticle(tokens, run, start, end)) modifiers.add(nameKey(run.pieces[0]!.lower));
      if (isTownAfterPlacePreposition(tokens, run, start)) townsVisited.add(nameKey(run.pieces[0]!.lower));
      if (isOrganizationSubject(tokens, run, start, end)) townsVisited.add(nameKey(run.pieces.map((p) => p.lower).join(' ')));
      if (quoted) for (const p of run.pieces) if (p.kind === 'word') townsVisited.add(nameKey(p.lower));
      leftovers.add(run);
    }
  }
  addInvertedNames(doc, found, taken);
  addLoneModifiers(found, modifiers, things);
  addLoneModifiers(found, townsVisited, things, true);
  const kept = found.filter((m) => !(things.has(nameKey(m.text)) && !STRONG_RULES.has(m.rule)));
  findKnownNamesAgain(doc.tokens, doc.text, leftovers, kept, taken, things);
  findNamesInLists(doc, leftovers, kept, things);
  leftovers.release();
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return joinNicknames(doc.text, kept, (start, end, first) => mentionAt(doc.text, start, end, NICKNAME_RULE, first.gender));
}

/** Rules whose evidence is strong enough to stand against the document's own hints. */
const STRONG_RULES = new Set(['title-before-name', 'honorific-before-name', 'given-name', 'initials', 'name-particle', 'age-after-name', 'hyphenated-given-name', 'family-name-first', 'epithet-after-name', INVERTED_NAME_RULE]);

/**
 * The entries of a reading list, "Austen, Jane." (people/inverted-names.ts), replace the mentions
 * pass 1 found inside them ("Jane" alone), and their words are taken, so that later passes leave them.
 */
function addInvertedNames(doc: ArticleDoc, found: NameMention[], taken: Set<number>): void {
  const inverted = findInvertedNames(doc);
  if (inverted.length === 0) return;
  const inside = (m: NameMention): boolean => inverted.some((v) => m.start < v.end && v.start < m.end);
  const kept = found.filter((m) => !inside(m));
  found.length = 0;
  found.push(...kept, ...inverted);
  for (const v of inverted) {
    for (let i = doc.tokenIndexAt(v.start); i < doc.tokens.length && doc.tokens[i]!.start < v.end; i++) taken.add(doc.tokens[i]!.start);
  }
}
/**
 * Context rules that show a full name to be a person's as surely as its words would: "Valeska Paris ,
 * an Australian woman", "his attorney , Hans-Otto Sieg ,", "counterpart Murhaf Abu Qasra". Their
 * family names are found again even when they are also places ("Paris claims").
 */
const PERSON_CONTEXT_RULES = new Set(['appositive-after-name', 'appositive-after-person-noun', 'person-noun-before-name']);
/** Words that, after another capitalized word, make both an organization: "Gencor Ltd", "Barrick Gold Corp". */
const ORG_TAIL = new Set(['inc', 'corp', 'corporation', 'ltd', 'plc', 'co', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'oy', 'oyj', 'ab', 'asa', 'bhd', 'tbk', 'pty', 'srl', 'sarl', 'ltda', 'group', 'holdings', 'bank', 'industries', 'resources', 'gold', 'mines', 'mining', 'oil', 'energy', 'airlines', 'motors', 'fc', 'united', 'city', 'club', 'party', 'agency', 'news', 'radio', 'television', 'tv', 'daily', 'times']);

/**
 * Words the document itself shows to be organizations, teams or works: the words before a company
 * tail ("Gencor Ltd" makes a later "Gencor said" a company; a name of several words is kept whole as
 * well: "Johnson Controls Inc" makes "Johnson Controls" one) and the words of a work's title ("the
 * film Michael Collins", "Hurricane Edouard" make a later "Edouard was" a thing). Adds those of one run.
 * `work` and `firm` are the run's answers to {@link namesAWork} and {@link isFirmBeforeAmpersand}.
 */
function addNamesOfThings(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number, things: Set<string>, work: boolean, firm: boolean): void {
  const ps = run.pieces;
  if (work) {
    for (const p of ps) if (p.kind === 'word' && !WORK_NOUNS.has(p.lower)) things.add(nameKey(p.lower));
  }
  // "private bank Bamerindus", "the club Ajax": an organization noun before the run names a firm or
  // a team, which a later "Bamerindus declined to comment" does not turn into a person. Not a run
  // with a given name, an honorific or a title: "games maker Peter Molyneux", "the BBC News website
  // Mr Molyneux said" are people.
  if (isAfterOrganizationNoun(tokens, run, sentenceStart) && !ps.some((p) => (p.flags & (W.First | W.Honorific | W.Title)) !== 0)) {
    for (const p of ps) if (p.kind === 'word' && (p.flags & W.First) === 0) things.add(nameKey(p.lower));
  }
  // "Lenzing AG said", "Kekkila Oy": an all-capitals legal form after the run ends it (a run does
  // not mix all-capitals and mixed-case words), so it is read here, as the token after the run.
  if (isLegalFormAfter(tokens, run)) {
    for (const p of ps) if (p.kind === 'word' && (p.flags & W.First) === 0) things.add(nameKey(p.lower));
    if (ps.length >= 2) things.add(nameKey(ps.map((p) => p.lower).join(' ')));
  }
  if (isFirmPossessiveOfPlace(tokens, run)) things.add(nameKey(ps.map((p) => p.lower).join(' ')));
  // "a blue Marilyn and a pink Marilyn": a lone given name with a colour names a print or a model.
  if (ps.length === 1 && ps[0]!.kind === 'word' && isColouredThing(tokens, run, sentenceStart)) things.add(nameKey(ps[0]!.lower));
  // "Oscar nominations", "an Oscar winner", "the Cesar awards": one word before an award noun names
  // the award, and "best actress Oscar" or "won an Oscar" elsewhere in the document is no person either
  const award = ps.length === 1 ? ps[0]! : ps.length === 2 && ps[0]!.lower === 'the' ? ps[1]! : undefined; // ("The Cesar awards")
  if (award?.kind === 'word' && !run.possessive && tokens[run.after]?.kind === 'word' && isAwardNoun(tokens[run.after]!.text)) things.add(nameKey(award.lower));
  // "Douglas & Lomason Co": the names before and after the "&" name the firm for the whole document.
  if (firm) {
    things.add(nameKey(ps.map((p) => p.lower).join(' ')));
    const partner = tokens[run.after + 1]!;
    if (startsUpperCase(partner.text)) {
      things.add(nameKey(partner.lower));
      const tail = tokens[run.after + 2];
      if (tail !== undefined && tail.kind === 'word') things.add(nameKey(`${partner.text} ${tail.text}`));
    }
  }
  for (let k = 1; k < ps.length; k++) {
    if (!ORG_TAIL.has(ps[k]!.lower)) continue;
    // A legal form after two words or more names a firm even with a given name in it: "Kia Motor Corp".
    const legal = k >= 2 && LEGAL_FORMS.has(ps[k]!.lower);
    for (let q = 0; q < k; q++) if (legal || (ps[q]!.flags & W.First) === 0) things.add(nameKey(ps[q]!.lower));
    // The whole name before the tail too: "Johnson Controls Inc" makes a later "Johnson Controls" a company.
    if (k >= 2) things.add(nameKey(ps.slice(0, k).map((p) => p.lower).join(' ')));
  }
}

/** Verbs of saying after which "its" shows the subject to be a firm or a body: "Comelf said its output". */
const SAYING = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'stated', 'confirmed', 'denied', 'expects', 'expected', 'plans', 'planned', 'hopes', 'hoped', 'warned']);
/** Nouns after a possessive that belong to a firm, not a person: "Rover 's plant", "Comelf 's output". */
const FIRM_POSSESSIONS = new Set(['shares', 'share', 'stock', 'profit', 'profits', 'output', 'revenue', 'revenues', 'sales', 'earnings', 'subsidiary', 'subsidiaries', 'unit', 'units', 'plant', 'plants', 'factory', 'factories', 'shareholders', 'turnover', 'dividend', 'workforce', 'products', 'brand', 'merger', 'losses', 'assets']);

const AFTER_PREPOSITION = new Set(['by', 'of', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'against', 'under', 'and', 'or']);

/**
 * Rule `organization-subject`: the text itself treats the run as a firm or a body, so it names no
 * person anywhere in the document: "Comelf said its output rose", "Defra , which has", "Rover 's
 * Longbridge plant", "Petofi 's profits". A person is "who", not "which", and "its" after a verb of
 * saying speaks of a thing ("Smith said it" is left alone: "it" is as often the matter spoken of).
 */
function isOrganizationSubject(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  if (run.pieces.length > 3 || run.pieces.some((p) => (p.flags & (W.Honorific | W.Title)) !== 0)) return false;
  const k = run.after;
  if (k + 1 >= sentenceEnd) return false;
  const next = tokens[k]!;
  const then = tokens[k + 1]!;
  if (run.possessive) {
    let j = k;
    if (tokens[j]?.text === "'s" || tokens[j]?.text === '’s') j++;
    else if (tokens[j]?.text === "'" && tokens[j + 1]?.text === 's') j += 2;
    // "Rover 's Longbridge plant", "Comelf 's six-month output": the possession within two words.
    for (let n = 0; n < 3 && j < sentenceEnd; n++, j++) {
      const t = tokens[j]!;
      if (t.kind === 'word' && FIRM_POSSESSIONS.has(t.text)) return true;
      if (t.kind === 'punct') return false;
    }
    return false;
  }
  // "the plan brokered by Lebed , which aims": after a preposition "which" may speak of the noun before it.
  if (next.text === ',' && then.text === 'which') return !(run.before >= sentenceStart && AFTER_PREPOSITION.has(lowerWordAt(tokens, run.before)));
  return next.kind === 'word' && SAYING.has(next.text) && then.text === 'its';
}

/**
 * Rule `firm-possessive-of-place`: "Lloyd's of London", "Sotheby 's of New York". A one-word
 * possessive followed by "of" and a place is the name of a house or a market (the "'s" is part of
 * the name), so the word names a firm for the whole document: a later "Lloyd 's chairman" or "ordered
 * Lloyd 's to" is no person. A full name is never read this way ("Clive Lloyd's of ...").
 */
function isFirmPossessiveOfPlace(tokens: readonly Token[], run: Run): boolean {
  if (!run.possessive || run.pieces.length !== 1 || run.pieces[0]!.kind !== 'word') return false;
  let k = run.after;
  if (tokens[k]?.text === "'s" || tokens[k]?.text === '’s') k++;
  else if (tokens[k]?.text === "'" && tokens[k + 1]?.text === 's') k += 2;
  const place = tokens[k + 1];
  return tokens[k]?.text === 'of' && place !== undefined && place.kind === 'word' && startsUpperCase(place.text)
    && (classifyWord(place.lower).flags & W.Place) !== 0;
}

/** Articles before a lone word used as a modifier: "the Taleban militia" (not "one": "the one Lleyton beat"). */
const MODIFIER_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Rule `article-modifier-thing` (the run side): one capitalized word (not a given name) between an
 * article and a lower-case word: "the Taleban militia", "a Taibe resident", "a Zenith presence",
 * "the Ajax defence". A person's name is seldom used that way without a full name in the document
 * ("the Clinton administration" after "Bill Clinton": see {@link addLoneModifiers}).
 */
function isModifierAfterArticle(tokens: readonly Token[], run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  if (run.pieces.length !== 1 || run.possessive || run.before < sentenceStart || run.after >= sentenceEnd) return false;
  const p = run.pieces[0]!;
  if (p.kind !== 'word' || p.allCaps || (p.flags & W.First) !== 0) return false;
  const before = tokens[run.before]!;
  const after = tokens[run.after]!;
  return before.kind === 'word' && MODIFIER_ARTICLES.has(before.lower) && after.kind === 'word' && startsLowerCase(after.text) && !NOT_MODIFIED.has(after.text);
}

/** Prepositions that put a town's name in place: "in Hamilton", "near Austin", "outside Tikrit". */
const TOWN_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'at']);

/**
 * Rule `place-preposition-in-document` (the run side): one word, not possessive, right after a place
 * preposition, that GeoNames knows as a town of 15,000 people or more: "in Hamilton", "near
 * Davenport". The text itself uses the word as a place, so it is a place for the whole document
 * (the document side is {@link addLoneModifiers}: not when a full name in the document ends with it,
 * "Lewis Hamilton" … "in Hamilton's car"). The population alone decides nothing: "Austin said" in a
 * text with no "in Austin" is still judged on its own.
 */
function isTownAfterPlacePreposition(tokens: readonly Token[], run: Run, sentenceStart: number): boolean {
  if (run.pieces.length !== 1 || run.possessive || run.before < sentenceStart) return false;
  const p = run.pieces[0]!;
  const before = tokens[run.before]!;
  if (p.kind !== 'word' || p.allCaps || before.kind !== 'word' || !TOWN_PREPOSITIONS.has(before.text)) return false;
  return townTier(stripAccents(p.lower)) > 0 || (p.flags & W.Place) !== 0;
}

/** Lower-case words after the run that coordinate or relate it rather than being modified by it: "the Marchal and Lambrecks case". */
const NOT_MODIFIED = new Set(['and', 'or', 'nor', 'but', 'of', 'in', 'at', 'on', 'for', 'to', 'from', 'with', 'by', 'who', 'whom', 'whose', 'which', 'that', 'as', 'versus', 'v', 'vs']);

/**
 * Rule `article-modifier-thing` (the document side): a lone word used as a modifier after an article
 * is a thing, a group or a place for the whole document, unless it is the family name of a full
 * name found in the document ("Bill Clinton" … "the Clinton administration").
 */
function addLoneModifiers(found: readonly NameMention[], modifiers: ReadonlySet<string>, things: Set<string>, anyWord = false): void {
  if (modifiers.size === 0) return;
  const families = new Set<string>();
  for (const m of found) {
    if (!m.text.includes(' ')) continue;
    const key = nameKey(m.text);
    for (const s of surnameKeysOf(key)) families.add(s);
    // The text's own evidence is weaker than a full name: "in Austin" leaves "Austin Powers" his given name too.
    if (anyWord) for (const w of key.split(' ')) families.add(w);
  }
  for (const key of modifiers) if (!families.has(key)) things.add(key);
}

/** Rule `organization-noun-before-name`: a lower-case organization noun right before the run ("maker Lenzing"). */
function isAfterOrganizationNoun(tokens: readonly Token[], run: Run, sentenceStart: number): boolean {
  const t = run.before >= sentenceStart ? tokens[run.before] : undefined;
  return t !== undefined && t.kind === 'word' && ORGANIZATION_NOUNS.has(t.text) && !AMBIGUOUS_ORGANIZATION_NOUNS.has(t.text);
}

/** Organization nouns too often something else to mark a name for the whole document: "in a recent paper Bos and colleagues show". */
const AMBIGUOUS_ORGANIZATION_NOUNS = new Set(['paper', 'side', 'unit', 'service', 'station', 'channel', 'label']);

/** All-capitals legal forms of firms, written after the name: "Lenzing AG", "Atria Oy", "Fiat SpA". */
const LEGAL_FORMS = new Set(['ag', 'oy', 'oyj', 'ab', 'asa', 'nv', 'bv', 'sa', 'spa', 'plc', 'inc', 'corp', 'ltd', 'llc', 'gmbh', 'bhd', 'tbk', 'kk', 'pty', 'srl', 'sarl', 'ltda', 'lp']);

/** Rule `legal-form-after-name`: the token right after the run is an all-capitals legal form. */
function isLegalFormAfter(tokens: readonly Token[], run: Run): boolean {
  const t = tokens[run.after];
  if (run.possessive || !t || t.kind !== 'word' || run.pieces[0]!.allCaps) return false;
  // (every legal form is two to four letters)
  return isWrittenInCapitals(t.text) && LEGAL_FORMS.has(t.lower);
}

function toMention(text: string, pieces: readonly Piece[], rule: string, gender?: Gender): NameMention {
  return mentionAt(text, pieces[0]!.start, pieces[pieces.length - 1]!.end, rule, gender);
}

function mentionAt(text: string, start: number, end: number, rule: string, gender?: Gender): NameMention {
  const mention: NameMention = { start, end, text: text.slice(start, end), rule };
  if (gender) mention.gender = gender;
  return mention;
}

/** Words before a place name: "in Paris", "from Washington". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'into', 'outside', 'around', 'across']);

function lowerWordAt(tokens: readonly Token[], i: number): string {
  return wordLower(i >= 0 ? tokens[i] : undefined);
}


const NEVER_AGAIN = W.Org | W.Demonym | W.Calendar | W.NonPerson | W.Plural;
const NOT_NAME = W.Place | W.Org | W.Calendar | W.Demonym | W.NonPerson | W.Common | W.Title | W.Honorific;

/** A word before a known surname that belongs to the same name: a given name or an unknown word. */
function extendsName(runs: RunStore, p: number): boolean {
  const kind = runs.kind(p);
  if (kind === 'initial') return true;
  if (kind !== 'word' || runs.allCaps(p)) return false;
  const flags = runs.flags(p);
  return (flags & W.First) !== 0 ? (flags & (W.Title | W.Honorific | W.Place | W.Demonym | W.NonPerson)) === 0 : (flags & NOT_NAME) === 0;
}

/** A dotted abbreviation of a state or district after a town: "D.C.", "N.Y.". */
const DOTTED_STATE = /^(?:\p{Lu}\.){2}$/u;

/** "Paris , France", "Evansville, Indiana", "Washington, D.C.": a comma, then a country, a region or a dotted state, follow a place. */
function beforeCountry(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]?.text !== ',' || !next || next.kind !== 'word' || !startsUpperCase(next.text)) return false;
  if (DOTTED_STATE.test(next.text)) return true;
  const f = classifyWord(next.lower).flags;
  return (f & W.Place) !== 0 && (f & W.City) === 0;
}

const LIST_SEPARATORS = new Set([',', 'and', '&', ';']);

/**
 * Pass 3: a name-shaped run in a list next to a known name is a name too:
 * "Rahul Dravid , Nayan Mongia , Javagal Srinath". Repeated while it finds new names (at most 3 rounds).
 * Appends what it finds to `known`.
 */
function findNamesInLists(doc: ArticleDoc, runs: RunStore, known: NameMention[], things: ReadonlySet<string>): void {
  const tokens = doc.tokens;
  // Start and end offsets of the names known so far → the number of words of the name.
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  const know = (m: NameMention): void => {
    const words = m.text.split(' ').length;
    starts.set(m.start, words);
    ends.set(m.end, words);
  };
  for (const m of known) know(m);
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const open: number[] = [];
  const runCount = runs.size;
  for (let r = 0; r < runCount; r++) {
    if (isListCandidate(tokens, runs, r, things) && !overlapsSorted(sorted, runs.start(runs.firstPiece(r)), runs.end(runs.firstPiece(r + 1) - 1))) open.push(r);
  }
  for (let round = 0; round < MAX_LIST_ROUNDS; round++) {
    let added = false;
    let left = 0; // runs still open are moved to the front, in order
    for (let i = 0; i < open.length; i++) {
      const r = open[i]!;
      const size = runs.firstPiece(r + 1) - runs.firstPiece(r);
      const runBefore = runs.before(r);
      const runAfter = runs.after(r);
      const before = skipBrackets(tokens, runBefore, -1);
      const after = tokens[runAfter];
      const prevNamed = before >= 1 && LIST_SEPARATORS.has(tokens[before]!.text) && ends.has(tokens[skipBrackets(tokens, before - 1, -1)]!.end);
      const afterIdx = after?.text === '(' ? skipBrackets(tokens, runAfter, 1) : runAfter;
      const nextNamed = LIST_SEPARATORS.has(tokens[afterIdx]?.text ?? '') && starts.has(tokens[afterIdx + 1]?.start ?? -1);
      if (!prevNamed && !nextNamed && !isSerialListItem(tokens, runBefore, runAfter, size, starts, ends)) {
        open[left++] = r;
        continue;
      }
      const m = mentionAt(doc.text, runs.start(runs.firstPiece(r)), runs.end(runs.firstPiece(r + 1) - 1), 'list-of-names');
      known.push(m);
      know(m);
      added = true;
    }
    open.length = left;
    if (!added) break;
  }
}

/** Rounds of the list pass: each may take one more name of a list, from the known one outwards. */
const MAX_LIST_ROUNDS = 6;

/**
 * Rule `list-of-names`, serial comma: "Zeus, Hera, Poseidon, Aphrodite, and Athena": the last two
 * items of a list are joined by ", and". Only next to a known name of as many words as the run (the
 * items of a list have one shape; "Vital Information System , and Duff and Phelps" does not
 * make "Duff" a person), and with no bracket between them.
 */
function isSerialListItem(tokens: readonly Token[], before: number, after: number, size: number, starts: ReadonlyMap<number, number>, ends: ReadonlyMap<number, number>): boolean {
  const prev = tokens[before - 2];
  if (tokens[before]?.text === 'and' && tokens[before - 1]?.text === ',' && prev !== undefined && ends.get(prev.end) === size) return true;
  const next = tokens[after + 2];
  return tokens[after]?.text === ',' && tokens[after + 1]?.text === 'and' && next !== undefined && starts.get(next.start) === size;
}

/** Does any span of `sorted` (sorted by start, not overlapping each other) overlap [start, end)? */
function overlapsSorted(sorted: readonly NameMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

/** Tokens a bracket after a list item may hold: "Orson Welles (The Trial, Chimes at Midnight and The Immortal Story)". */
const MAX_BRACKET_TOKENS = 12;

/** Step over one "( ... )" group (at most {@link MAX_BRACKET_TOKENS} tokens) in direction `dir`, returning the token index beyond it. */
function skipBrackets(tokens: readonly Token[], i: number, dir: 1 | -1): number {
  const open = dir === 1 ? '(' : ')';
  const close = dir === 1 ? ')' : '(';
  if (tokens[i]?.text !== open) return i;
  for (let k = i + dir, n = 0; n < MAX_BRACKET_TOKENS && k >= 0 && k < tokens.length; k += dir, n++) {
    if (tokens[k]!.text === close) return dir === 1 ? k + 1 : k - 1;
  }
  return i;
}

function isListCandidate(tokens: readonly Token[], runs: RunStore, r: number, things: ReadonlySet<string>): boolean {
  const from = runs.firstPiece(r);
  const to = runs.firstPiece(r + 1);
  if (to - from > 4 || runs.possessive(r)) return false;
  let words = 0;
  for (let p = from; p < to; p++) {
    if (runs.kind(p) !== 'word') continue;
    words++;
    if (runs.allCaps(p)) return false;
  }
  if (words === 0) return false;
  if (isMonthBeforeNumber(tokens, runs, r)) return false;
  for (let p = from; p < to; p++) {
    if (runs.kind(p) !== 'word') continue;
    const flags = runs.flags(p);
    if (things.has(runs.lower(p)) || ((flags & (W.First | W.Surname)) !== 0 ? (flags & LIST_BLOCK) !== 0 : (flags & NOT_NAME) !== 0)) return false;
  }
  return true;
}

/**
 * "Higuchi Ichiyō, May 2, 1872": a lone month name (one that is also a given name: "May", "June")
 * right before a number is a date, not a name in a list.
 */
function isMonthBeforeNumber(tokens: readonly Token[], runs: RunStore, r: number): boolean {
  const p = runs.firstPiece(r);
  return runs.firstPiece(r + 1) - p === 1 && MONTH_OF.has(runs.lower(p)) && tokens[runs.after(r)]?.kind === 'number';
}

const LIST_BLOCK = W.Org | W.Place | W.Calendar | W.Demonym | W.NonPerson | W.Plural;

/**
 * Rule `determiner-before-known-surname` (blocks `surname-of-known-person`): after "the", "a" or a
 * possessive determiner, a lone known surname that modifies no noun names a thing called after the
 * person or a namesake, not the person: "do a Santorum" (a cocktail), "My Santorum was sweet",
 * "every tombstone was for a Moreau", "a Williams and a Ferrari" (cars). As a modifier it is still
 * the person: "an Arafat adviser", "a Seguin spokeswoman" (CoNLL), "the Clinton administration".
 * Not "his"/"her", whose noun is as often the person's own: "her Moreau years" would be kept anyway.
 */
const HEAD_DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their']);

/** Lower-case words after "the X" that are no noun X modifies: "the Galois was a ship", "the Bush of Texas". */
const NOT_A_MODIFIED_NOUN = new Set([...NOT_MODIFIED, 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'said', 'says']);

/** Pass 2: full names and surnames already known from pass 1, wherever they occur. Appends them to `known`. */
function findKnownNamesAgain(
  tokens: readonly Token[],
  text: string,
  runs: RunStore,
  known: NameMention[],
  taken: Set<number>,
  things: ReadonlySet<string>,
): void {
  if (known.length === 0) return;
  const fullNames = new Map<string, number>(); // key → number of pieces
  const surnames = new Set<string>();
  const fromFullNames = new Set<string>();
  const genders = new Map<string, Gender>();
  for (const m of known) {
    const key = nameKey(m.text);
    const size = key.split(' ').length;
    if (size >= 2) fullNames.set(key, size);
    for (const s of surnameKeysOf(key)) {
      if (s.length < 2 || things.has(s)) continue;
      surnames.add(s);
      if (size >= 2 && (STRONG_RULES.has(m.rule) || PERSON_CONTEXT_RULES.has(m.rule))) fromFullNames.add(s);
      if (m.gender) genders.set(s, m.gender);
    }
  }
  const found: NameMention[] = [];
  const runCount = runs.size;
  for (let r = 0; r < runCount; r++) {
    // "a former Eli Lilly & Co unit": a firm's name, even when the same words name a person elsewhere.
    if (isFirmBeforeAmpersand(tokens, runs.after(r), tokens.length)) continue;
    const first = runs.firstPiece(r);
    const count = runs.firstPiece(r + 1) - first;
    let k = 0;
    while (k < count) {
      const pk = first + k;
      if (taken.has(runs.start(pk))) {
        k++;
        continue;
      }
      let matched = 0;
      if (fullNames.size > 0) {
        for (let n = Math.min(4, count - k); n >= 2 && matched === 0; n--) {
          let free = true;
          for (let q = pk; q < pk + n && free; q++) if (taken.has(runs.start(q))) free = false;
          if (!free) continue;
          const key = nameKey(text.slice(runs.start(pk), runs.end(pk + n - 1)));
          // A two-word name written family name first: "Higuchi Ichiyō" after "Ichiyō Higuchi".
          if (fullNames.get(key) === n || (n === 2 && fullNames.get(reversedKey(key)) === 2)) matched = n;
        }
      }
      if (matched > 0) {
        found.push(mentionAt(text, runs.start(pk), runs.end(pk + matched - 1), 'known-name-again'));
        k += matched;
        continue;
      }
      // Only a known surname can make a mention from here on.
      const key = runs.key(pk);
      if (runs.kind(pk) !== 'word' || !surnames.has(key)) {
        k++;
        continue;
      }
      const flags = runs.flags(pk);
      // "the Bush administration", "The Onion", "in Paris": the word is used as a thing or a place here.
      const prev = k > 0 ? runs.lower(pk - 1) : lowerWordAt(tokens, runs.before(r));
      const prevPiece = k > 0;
      // But a lone known surname between "the" and a lower-case noun is a person used as a modifier:
      // "the Clinton administration", "the Warhol exhibit".
      // So is one after a sentence-initial "The", which findRuns keeps in the run: "The Galois memorial".
      const alone = count === 1 || (count === 2 && k === 1 && HEAD_DETERMINERS.has(prev));
      const next = tokens[runs.after(r)];
      // After "a" or a possessive the modifier needs no full name: "their Clinton counterparts".
      // Rule `family-after-known-surname`: "the Bernoulli family", "the Kennedy clan" name the family
      // as a whole, not the person known from the full name.
      const family = prev === 'the' && isLowerCase(next) && FAMILY_NOUNS.has(next!.lower);
      const modifier = alone && !family && (fromFullNames.has(key) || prev !== 'the') && isLowerCase(next) && !NOT_A_MODIFIED_NOUN.has(next!.text);
      if ((HEAD_DETERMINERS.has(prev) && !modifier) || (!prevPiece && (flags & W.Place) && PLACE_PREPOSITIONS.has(prev)) || (k === count - 1 && (flags & W.Place) && beforeCountry(tokens, runs.after(r)))) {
        k++;
        continue;
      }
      const sentenceStartCommon = runs.sentenceInitial(r) && k === 0 && (flags & W.Common) !== 0 && !fromFullNames.has(key);
      const blocked = (flags & NEVER_AGAIN) !== 0 && (flags & (W.First | W.Surname)) === 0;
      const placeLike = (flags & W.Place) !== 0 && !fromFullNames.has(key);
      if (!sentenceStartCommon && !blocked && !placeLike) {
        // Take unknown or given-name words right before it too: "Wasim Akram" when only "Akram" was known.
        let from = k;
        while (from > 0 && !taken.has(runs.start(first + from - 1)) && extendsName(runs, first + from - 1)) from--;
        // not over "Can" in "Can Smith work Scottish wonders?"
        if (from === 0 && k > 0 && runs.sentenceInitial(r) && isModalOpeningQuestion(tokens, runs.lower(first), runs.before(r) + 1)) from = 1;
        const m = mentionAt(text, runs.start(first + from), runs.end(pk), 'surname-of-known-person', genders.get(key));
        found.push(m);
        // A full name found here is known from now on, so that a later "Higuchi Ichiyō" (written
        // family name first) matches the "Ichiyō Higuchi" this found.
        if (from < k) fullNames.set(nameKey(m.text), k - from + 1);
      }
      k++;
    }
  }
  for (const m of found) known.push(m);
}

/**
 * The words of a name key in the other order: "ichiyō higuchi" → "higuchi ichiyō". Asked of every
 * two-piece stretch of every run in pass 2: a key of two words (nearly all of them) is turned
 * without splitting it into an array.
 */
function reversedKey(key: string): string {
  const space = key.indexOf(' ');
  if (space < 0) return key;
  if (key.indexOf(' ', space + 1) < 0) return `${key.slice(space + 1)} ${key.slice(0, space)}`;
  return key.split(' ').reverse().join(' ');
}
