/**
 * Quote → cue + speaker mention, as ordered sieves, most precise first (CoreNLP style). Each sieve
 * only looks at quotes the earlier sieves left without a speaker.
 *
 *   transcript-speaker    "WALLACE: Let's start …"
 *   dash-byline           "…" ― Adriana Rodarte
 *   said-after-quote      "…," Guler said.  /  "…," said Guler.  /  "…," Hugh Hill, a doctor, said.
 *   according-to          According to SANA, "…"  /  "…," according to SANA.
 *   said-before-quote     Guler said: "…"  /  Guler told Reuters: "…"  /  He added, "…"
 *   cue-in-sentence       SANA said the accord aims to "…"  /  Clinton was "crooked," Trump said.
 *   colon-subject         McConnell delivered a blunt message: "…"   (no cue: the subject before the colon)
 *   colon-label           - Manchester City boss Kevin Keegan: "…"   (a name and a colon open the sentence)
 *   quote-group           the other paragraphs of a multi-paragraph quote
 *   sentence-subject      Sanders has pushed his promise of “free college”   (the subject of the quote's own sentence)
 *   same-paragraph        "…," he said. "…"   (the latest speaker named before the quote in its paragraph)
 *   colon-intro           The New York Times reports:  ¶ "…"
 *   paragraph-continuation  a paragraph opening with a quote, right after a paragraph attributed to X
 *   paragraph-subject     a statement-length quote opening a paragraph after one whose subject is a name
 *                         without a cue ("Viguerie is upbeat … ¶ “…”"); kept by the resolver only for a person
 *   previous-sentence-subject  a statement-length quote opening a sentence inside a paragraph with no speaker
 *                         yet, after a sentence whose subject is a name or a pronoun ("Campbell signalled
 *                         his intent to move abroad. “I'm 30 now …”"); kept by the resolver only for a person
 *   nearest-speaker       a statement-length quote left over: the previous paragraph's last speaker
 *
 * A borrowed "who" gives way to what it follows (borrowed-antecedent).
 *
 * A quote no sieve attributes is `unattributed-quote` (long), `cue-without-speaker` (short, a cue in
 * its sentence: "was described as “…”") or `scare-quote` (short, no cue) — see `extractQuotes`.
 */
import { isCapitalized, isWrittenInCapitals, startsUpperCase, startsLowerCase } from '../../doc/tokenize.js';
import type { ArticleDoc } from '../../doc/article.js';
import { isClauseCoordinator } from '../../doc/clauses.js';
import type { Span } from '../../types.js';
import { cueAt, cueEndingAt, progressiveCueAsPast, type Cue } from './cues.js';
import type { QuoteSegment } from './marks.js';
import { PLACES } from '../../lexicon/places.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { isPassiveCue, mentionEndingAt, mentionStartingAt, RELATIVE_PRONOUNS, skipBackOverAdverbs, type SpeakerMention } from './mentions.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { SENTENCE_ADVERB } from '../people/word-class.js';
import { pronounInfo } from '../../lexicon/pronouns.js';

export interface Attribution {
  mention: SpeakerMention;
  cue: Span | null;
  rule: string;
}

export interface AttributionContext {
  doc: ArticleDoc;
  segments: readonly QuoteSegment[];
  /** The units quotes are paired in (paragraphs, or lines of them); `QuoteSegment.paragraph` indexes these. */
  blocks: readonly Span[];
  /** 1 for tokens inside quotation marks (marks included). */
  inQuote: Uint8Array;
  /** Per paragraph: the speakers named by cues outside quotes, in text order (for continuation sieves). */
  paragraphSpeakers: ReadonlyMap<number, readonly Attribution[]>;
}

const SENTENCE_PUNCT = /^[.!?;]$/;
const QUOTE_PUNCT = /^["“”„«»'`]$/;
/** How many tokens a cue may sit from its quote: adjacent forms, and anywhere in the sentence. */
const NEAR = 12;
const REACH = 60;
/** A quote this long is a statement, not a term: it may borrow the previous paragraph's speaker. */
const NEAREST_SPEAKER_MIN_CHARS = 40;

function cueSpan(doc: ArticleDoc, cue: Cue): Span {
  const start = doc.tokens[cue.first]!.start;
  const end = doc.tokens[cue.last]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function paragraphTokenRange(ctx: AttributionContext, paragraph: number): [number, number] {
  const p = ctx.blocks[paragraph]!;
  return [ctx.doc.tokenIndexAt(p.start), ctx.doc.tokenIndexAt(p.end)];
}

/** The speaker of a cue: its subject on the left, or (inverted, "said Guler") on the right. */
export function speakerOfCue(ctx: AttributionContext, cue: Cue, floor: number, ceiling: number, preferRight = false, clauseFloor?: number): SpeakerMention | null {
  if (cue.phrase) return mentionStartingAt(ctx.doc, cue.last + 1, ceiling);
  return preferRight
    ? invertedSpeaker(ctx, cue, ceiling) ?? subjectOfCue(ctx, cue, floor, clauseFloor)
    : subjectOfCue(ctx, cue, floor, clauseFloor) ?? invertedSpeaker(ctx, cue, ceiling);
}

/** Inverted ("…," said Guler.): the mention must end the clause, else it is the reported clause's subject ("said he had …"). */
function invertedSpeaker(ctx: AttributionContext, cue: Cue, ceiling: number): SpeakerMention | null {
  const { doc } = ctx;
  // only after a comma, a quote, a dash or at a sentence start, and never a gerund ("predicting the …")
  const before = doc.tokens[cue.first - 1];
  const invertible = before === undefined || before.sentence !== doc.tokens[cue.first]!.sentence || /^[,"“”']$/.test(before.text) || (/^[—–-]$/.test(before.text) && dashFollowsQuote(ctx, cue.first - 1));
  if (!invertible || /ing$/i.test(doc.tokens[cue.first]!.text)) return null;
  const m = mentionStartingAt(doc, cue.last + 1, ceiling);
  if (m === null) return null;
  const after = doc.tokenIndexAt(m.end);
  const next = doc.tokens[after];
  return next === undefined || after >= ceiling || next.kind === 'punct' ? m : null;
}

/** The cue's subject, on its left. */
function subjectOfCue(ctx: AttributionContext, cue: Cue, floor: number, clauseFloor: number | undefined): SpeakerMention | null {
  const { doc } = ctx;
  if (isPassiveCue(doc, cue.first, floor)) return null;
  const i = skipBackOverAdverbs(doc, cue.first - 1, floor);
  if (i < floor || ctx.inQuote[i] === 1) return null;
  // "…, saying", "began by saying", "while adding": a gerund's speaker is the subject of its clause;
  // so it is after a noun ("sent an email to supporters stating", "had a “scorching” from MPs adding:")
  if (/ing$/i.test(doc.tokens[cue.first]!.text) && progressiveCueAsPast(doc, cue.first) === undefined && (/^(?:,|by|while|after|before|in|when)$/i.test(doc.tokens[i]!.text) || gerundAfterObject(ctx, cue, i))) {
    return subjectOfClause(ctx, clauseFloor ?? floor, i);
  }
  // "went on to say", "declined to call it …": an infinitive's speaker is the subject of its clause
  if (doc.tokens[i]!.lower === 'to' && isBaseForm(doc.tokens[cue.first]!.text)) return subjectOfClause(ctx, clauseFloor ?? floor, i);
  // "Mr Negroponte wants … but conceded this was …": a coordinated verb shares the clause's subject
  if (/^(?:and|but)$/i.test(doc.tokens[i]!.text)) return subjectOfClause(ctx, floor, i);
  const quantifier = quantifierSubject(ctx, i, floor);
  if (quantifier !== null) return quantifier;
  const m = mentionEndingAt(doc, i, floor);
  return m === null ? null : subjectBeforeAdjunct(ctx, m, floor) ?? m;
}


/** Quantifiers that stand for the people counted: "Some chanted", "Several said", "Many say". */
const QUANTIFIER_SUBJECTS = /^(?:some|several|many|most|others|both|few)$/i;

/**
 * quantifier-subject: "Several said they would rather …", "Some chanted “USA! USA!”": a quantifier
 * right before its cue, opening its clause (after a sentence start, a comma or a conjunction), is
 * the subject; not "for some" or "the many".
 */
function quantifierSubject(ctx: AttributionContext, i: number, floor: number): SpeakerMention | null {
  const { doc } = ctx;
  const t = doc.tokens[i];
  if (t === undefined || t.kind !== 'word' || !QUANTIFIER_SUBJECTS.test(t.text)) return null;
  const before = doc.tokens[i - 1];
  const opens = i === floor || before === undefined || before.sentence !== t.sentence || /^[,;:]$/.test(before.text) || /^(?:and|but|while|though|although)$/i.test(before.text);
  return opens ? { start: t.start, end: t.end, text: t.text, kind: 'description' } : null;
}

/**
 * gerund-after-object: "Her campaign blasted out an email to supporters stating, “…”", "Flynn said
 * they had a “scorching” from MPs adding: “…”", "Plus.net backed the proposals saying “…”": a gerund
 * cue right after a word of an object (no comma), with the quote right after it or after a comma or
 * colon, or after any lower-case noun ("put out a statement saying the U.S. “…”"), reports the clause
 * subject's words; the object is no speaker.
 */
function gerundAfterObject(ctx: AttributionContext, cue: Cue, i: number): boolean {
  const { doc } = ctx;
  const before = doc.tokens[i]!;
  // not "offered a warning:" (the gerund is a noun after its determiner)
  if (before.kind !== 'word' || DETERMINERS.has(before.lower) || i === 0 || doc.tokens[i - 1]!.sentence !== before.sentence) return false;
  const after = doc.tokens[cue.last + 1];
  if (after === undefined) return false;
  if (ctx.inQuote[cue.last + 1] === 1 || ((after.text === ',' || after.text === ':') && ctx.inQuote[cue.last + 2] === 1)) return true;
  // "His office put out a statement saying the U.S. “…”": a lower-case noun before the gerund
  return startsLowerCase(before.text) && !BETWEEN_VERB_AND_GERUND.test(before.text);
}

/** Words before a gerund that make it part of a verb phrase, not a modifier of a noun ("was saying", "kept saying"). */
const BETWEEN_VERB_AND_GERUND = /^(?:is|are|was|were|be|been|being|am|kept|keeps|keep|started|starts|began|begins|continued|continues|stop|stopped|quit|without|not|also|just|even|still|again|repeatedly|publicly|privately)$/i;

/** Prepositions that open an adjunct between a subject and its verb ("Trump in his speech called"). */
const SUBJECT_ADJUNCT_PREPOSITIONS = /^(?:in|on|during|within)$/i;

/**
 * subject-before-adjunct: "Beck, who has in the past described …", "Trump in his announcement
 * speech called …": the noun phrase before the cue is the object of a preposition; the subject is
 * the mention before the preposition (across "has", "also" …). Null when there is none
 * ("Earlier, in the interview Trump said" keeps its mention).
 */
function subjectBeforeAdjunct(ctx: AttributionContext, m: SpeakerMention, floor: number): SpeakerMention | null {
  const { doc } = ctx;
  const preposition = doc.tokenIndexAt(m.start) - 1;
  if (preposition <= floor || !SUBJECT_ADJUNCT_PREPOSITIONS.test(doc.tokens[preposition]!.text)) return null;
  // "War on Want's John Hilary", "Stars In Their Eyes": a preposition inside a name
  if (isCapitalized(doc.tokens[preposition - 1]) && isCapitalized(doc.tokens[preposition + 1])) return null;
  // "In a panel discussion at a summit in California Mr Torvalds said": the clause opens with the adjunct
  for (let k = floor; k < preposition; k++) if (doc.tokens[k]!.text === ',' || doc.tokens[k]!.kind === 'punct') floor = k + 1;
  if (SUBJECT_ADJUNCT_PREPOSITIONS.test(doc.tokens[floor]!.text) || /ing$/i.test(doc.tokens[floor]!.text)) return null;
  const i = skipBackOverAdverbs(doc, preposition - 1, floor);
  if (i < floor || ctx.inQuote[i] === 1) return null;
  return mentionEndingAt(doc, i, floor);
}

/**
 * '"…" — said Trump': a dash before an inverted cue follows the quote; in "Holt - the moderator -
 * pressed Trump" it closes an apposition, and the name after the verb is its object.
 */
function dashFollowsQuote(ctx: AttributionContext, dash: number): boolean {
  const k = (ctx.doc.tokens[dash - 1]?.text === '-' ? dash - 1 : dash) - 1;
  return k >= 0 && (ctx.inQuote[k] === 1 || QUOTE_PUNCT.test(ctx.doc.tokens[k]!.text));
}

/** "say", "call", "stress": not a third-person, past or gerund form. */
function isBaseForm(word: string): boolean {
  return !/(?:[^s]s|ed|ing)$/i.test(word);
}

/** An introductory adjunct ("During a speech in Ohio last week,") is at most this many tokens. */
const INTRO_ADJUNCT_MAX_TOKENS = 40;
const INTRO_ADJUNCT = /^(?:in|on|at|during|after|before|with|since|as|speaking|asked|when|while|earlier|later|last|this|from|following|addressing|ever|although|though|because|if|despite|unlike|amid|given|once|until|throughout|upon|having|under|over|for|by|back|likewise|meanwhile|separately|similarly|instead|however|moreover|indeed|yesterday|today|tonight|finally)$/i;
/** Words that end a time adjunct before its comma: "Hours later,", "Two years ago,". */
const TIME_ADJUNCT_END = /^(?:later|earlier|ago|afterwards|afterward)$/i;
const TIME_ADJUNCT_MAX_TOKENS = 5;

/** "Hours later, Trump returned …", "A year ago, she said": a short phrase ending in a time adverb, then a comma. */
function isTimeAdjunct(ctx: AttributionContext, i: number): boolean {
  for (let k = i + 1; k <= i + TIME_ADJUNCT_MAX_TOKENS; k++) {
    const t = ctx.doc.tokens[k];
    if (t === undefined || t.kind === 'punct') return t?.text === ',' && TIME_ADJUNCT_END.test(ctx.doc.tokens[k - 1]!.text);
  }
  return false;
}

/** Prepositions of place that open an adjunct: "Outside the arena,", "Like Trump,". Not "Around 200 protesters". */
const PLACE_ADJUNCT = /^(?:outside|inside|beyond|across|among|behind|near|like|besides|alongside|against|without|within|through)$/i;
/** Words that open a clause of time or condition after a leading adverb: "Shortly after", "Even before", "Days after". */
const ADJUNCT_SUBORDINATOR = /^(?:after|before|since|as|when|while|if|though|once|until)$/i;
/** Words before such a clause opener that compromise does not tag as adverbs: "Soon after", "Moments before". */
const LEADING_TIME_WORD = /^(?:soon|long|right|moments|minutes)$/i;
/** compromise tags of a leading "Even", "Just", "Days", "Hours" (not of a name). */
const ADVERB_TAGS: ReadonlySet<string> = new Set(['Adverb', 'Conjunction', 'Duration']);
/** compromise tags of a name ending in -ly ("Kelly", "Beverly"), which opens no adjunct. */
const NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
/** Prepositions after a participle that opens an adjunct: "Preceded at the lectern by …,", "Pressed on …,". */
const PARTICIPLE_PREPOSITION = /^(?:by|at|in|on|about|for|with|of|to|from)$/;
/** Adverbs that open a sentence alone before a comma, which compromise does not tag as adverbs. */
const LONE_ADVERB = /^(?:still|now|yet|overall|otherwise|first|second|third|again)$/i;

/**
 * "In Ohio,", "Facing criticism,", "Ever since she endorsed …,": words that open an adjunct before
 * the subject; also "Repeatedly,", "Outside the arena,", "Shortly after …,", "Preceded at the lectern
 * by …,", "First,". The caller still requires the comma that closes the adjunct.
 */
function isIntroAdjunct(ctx: AttributionContext, i: number): boolean {
  const { doc } = ctx;
  const word = doc.tokens[i]!.text;
  if (INTRO_ADJUNCT.test(word) || /^\p{Lu}\p{Ll}+ing$/u.test(word) || PLACE_ADJUNCT.test(word)) return true;
  const lower = word.toLowerCase();
  if (SENTENCE_ADVERB.test(lower)) return true;
  const next = doc.tokens[i + 1];
  if (next === undefined || !startsUpperCase(word)) return false;
  const tags = lexiconTags(lower);
  if (next.text === ',') return LONE_ADVERB.test(word) || tags.includes('Adverb');
  if (ADJUNCT_SUBORDINATOR.test(next.text)) return isLeadingAdverb(word);
  return PARTICIPLE_PREPOSITION.test(next.text) && /ed$/.test(lower) && tags.includes('PastTense');
}

/** "Shortly", "Even", "Ever", "Days" before a clause opener ("Shortly after …"); not a name ("Kelly after …"). */
function isLeadingAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = lexiconTags(lower);
  return LEADING_TIME_WORD.test(word) || tags.some((tag) => ADVERB_TAGS.has(tag)) || (/ly$/.test(lower) && !tags.some((tag) => NAME_TAGS.has(tag)));
}

/** "2015," after "On July 6,": the year of a date set off by commas. */
function isYearAfterDate(ctx: AttributionContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  return t.kind === 'number' && /^\d{4}$/.test(t.text) && ctx.doc.tokens[i + 1]?.text === ',';
}

/** "N.H.," after "in Portsmouth,": a state abbreviation set off by commas. */
function isPlaceAbbreviation(ctx: AttributionContext, i: number): boolean {
  const { doc } = ctx;
  for (let k = i; k < i + 5; k++) {
    const t = doc.tokens[k];
    if (t === undefined) return false;
    if (t.text === ',') return k > i && /^\p{Lu}[\p{L}.]{0,8}\.$/u.test(doc.text.slice(doc.tokens[i]!.start, doc.tokens[k - 1]!.end));
  }
  return false;
}

/**
 * "Salem, New Hampshire," after "at a town hall in Salem,": a known place (one to three capitalized
 * words) set off by commas right after an adjunct that ends in a capitalized name.
 */
function isPlaceContinuation(ctx: AttributionContext, i: number): boolean {
  const { doc } = ctx;
  const before = doc.tokens[i - 2];
  if (doc.tokens[i - 1]?.text !== ',' || before === undefined || before.kind !== 'word' || !startsUpperCase(before.text)) return false;
  for (let k = i; k < i + 4; k++) {
    const t = doc.tokens[k];
    if (t === undefined) return false;
    if (t.text === ',') return k > i && PLACES.has(doc.text.slice(doc.tokens[i]!.start, doc.tokens[k - 1]!.end).toLowerCase());
    if (t.kind !== 'word' || !startsUpperCase(t.text)) return false;
  }
  return false;
}

/** A dateline word: capitalized ("WASHINGTON", "Dec."), a number, or the agency's brackets. */
const DATELINE_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\d{1,4}|[,.()])$/u;
const DATELINE_DASH = /^(?:[—–-]|--)$/;
const DATELINE_MAX_TOKENS = 12;

/**
 * "WASHINGTON, Dec. 8 (UPI) — In response …, Clinton's aide rallied supporters, saying": the
 * dateline before the dash is no part of the clause. A dateline is capitalized words, numbers and an
 * agency in brackets, opens its paragraph and holds an all-caps word ("WASHINGTON", "Washington (AFP) –").
 */
function afterDateline(ctx: AttributionContext, floor: number, limit: number): number {
  const { doc } = ctx;
  // a dateline opens its paragraph
  const previous = doc.tokens[floor - 1];
  if (previous !== undefined && !doc.text.slice(previous.end, doc.tokens[floor]!.start).includes('\n')) return floor;
  const allCaps = (k: number): boolean => isWrittenInCapitals(doc.tokens[k]?.text ?? '');
  // "WASHINGTON,", "NEW YORK —", "BEIRUT (AP)": a place in capitals, then a comma, a bracket or the dash
  let k = floor;
  while (k < limit && allCaps(k)) k++;
  let marked = k > floor && /^(?:[,(—–-]|--)$/.test(doc.tokens[k]?.text ?? '');
  for (k = floor; k < limit && k - floor <= DATELINE_MAX_TOKENS; k++) {
    const t = doc.tokens[k]!;
    if (DATELINE_DASH.test(t.text)) return k > floor && marked ? k + 1 : floor;
    if (!DATELINE_TOKEN.test(t.text)) return floor;
    if (doc.tokens[k - 1]?.text === '(' && allCaps(k)) marked = true; // "Washington (AFP)"; not "(R)"
  }
  return floor;
}

/** Conjunctions that may open a sentence before its subject ("But Mr. Sanders showed …", "And then Trump went …"). */
const SENTENCE_CONJUNCTIONS = /^(?:and|but|yet|so|or)$/i;
/** Adverbs that may follow such a conjunction before the subject ("And then", "But now"). */
const AFTER_CONJUNCTION = /^(?:then|now|still|also|again|instead)$/i;

/** The first token after an opening "But" / "And then" (and its comma: "But, in the end, …"), else `i`. */
function afterOpeningConjunction(ctx: AttributionContext, i: number, limit: number): number {
  const { doc } = ctx;
  if (i >= limit || !SENTENCE_CONJUNCTIONS.test(doc.tokens[i]!.text) || !startsUpperCase(doc.tokens[i]!.text)) return i;
  let k = i + 1;
  if (k < limit && AFTER_CONJUNCTION.test(doc.tokens[k]!.text)) k++;
  if (k < limit && doc.tokens[k]!.text === ',') k++;
  return k < limit ? k : i;
}

/** "During a speech, Trump attacked Clinton, saying …": the subject of the clause the gerund hangs on. */
function subjectOfClause(ctx: AttributionContext, floor: number, comma: number): SpeakerMention | null {
  const { doc } = ctx;
  let i = afterOpeningConjunction(ctx, afterDateline(ctx, floor, comma), comma);
  // "At a rally in Portsmouth, N.H., on Tuesday, Sanders …": one adjunct after another (at most three)
  for (let k = 0; k < 3 && i < comma && (isIntroAdjunct(ctx, i) || isTimeAdjunct(ctx, i) || (k > 0 && (isPlaceAbbreviation(ctx, i) || isPlaceContinuation(ctx, i) || isYearAfterDate(ctx, i)))); k++) {
    // bounded, so that thousands of cues in one sentence stay linear
    const from = i;
    while (i < comma && i - from < INTRO_ADJUNCT_MAX_TOKENS && doc.tokens[i]!.text !== ',') i++;
    if (doc.tokens[i]?.text !== ',') return null;
    i++;
  }
  if (i >= comma || ctx.inQuote[i] === 1) return null;
  return mentionStartingAt(doc, i, comma);
}

/** A dash between a quote and its attribution, as one token ("—", "--") or one of a run ("-", "-"). */
const AFTER_QUOTE_DASH = /^(?:[—–―]|-{1,3})$/;

/** "…," Guler said. / "…," said Guler. / "…," according to SANA. */
function saidAfterQuote(ctx: AttributionContext, q: QuoteSegment): Attribution | null {
  const { doc } = ctx;
  if (q.continues) return null;
  const [, paragraphEnd] = paragraphTokenRange(ctx, q.paragraph);
  let i = doc.tokenIndexAt(q.closeAt);
  // a comma, then a dash written as one or more characters ("…," -- said Trump / "…" — Trump said)
  if (i < paragraphEnd && doc.tokens[i]!.text === ',') i++;
  for (let d = 0; d < 3 && i < paragraphEnd && AFTER_QUOTE_DASH.test(doc.tokens[i]!.text); d++) i++;
  if (i >= paragraphEnd) return null;
  const inner = doc.text.slice(q.start, q.end);
  // an attribution after a quote follows a comma, a question or an exclamation (inside or after the mark)
  if (!/[,?!…—–-]$/.test(inner) && !/[.]$/.test(inner) && doc.tokens[doc.tokenIndexAt(q.closeAt)]?.text !== ',') return null;
  // "…?” Trump told ITV in an interview aired on Monday": after a question or an exclamation the words that
  // follow are its attribution, whatever their length; only a full stop may end the sentence before them
  const endsSentence = /[.…]$/.test(inner) && startsUpperCase(doc.tokens[i]!.text);
  const sentence = doc.sentences[doc.tokens[i]!.sentence];
  const sentenceEnd = Math.min(paragraphEnd, sentence?.tokenEnd ?? paragraphEnd);
  let ceiling = i;
  while (ceiling < sentenceEnd && ceiling - i < NEAR + 12) {
    const t = doc.tokens[ceiling]!;
    if (QUOTE_PUNCT.test(t.text) || ctx.inQuote[ceiling] === 1) break;
    ceiling++;
  }
  // "…," said Guler.  /  "…," according to SANA.
  const first = cueAt(doc, i, ctx.inQuote);
  // "…," citing an instance / "…," blaming Bloomberg: a gerund is never inverted, its object is no speaker
  if (first !== null && !(!first.phrase && /ing$/i.test(doc.tokens[first.first]!.text))) {
    const mention = mentionStartingAt(doc, first.last + 1, ceiling);
    if (mention !== null && (!endsSentence || (shortTail(doc, mention, ceiling) && !introducesNextQuote(ctx, doc.tokenIndexAt(mention.end))))) {
      return { mention, cue: cueSpan(doc, first), rule: first.phrase ? 'according-to' : 'said-after-quote' };
    }
  }
  // "…," Guler said. / "…," Hugh Hill, a doctor, said.
  for (let c = i + 1; c < ceiling && c - i <= NEAR + 8; c++) {
    const cue = cueAt(doc, c, ctx.inQuote);
    if (cue === null) continue;
    if (cue.phrase) {
      // "…," the agency said, according to …: take the phrase's speaker only when adjacent
      break;
    }
    const j = skipBackOverAdverbs(doc, c - 1, i);
    const mention = j >= i ? mentionEndingAt(doc, j, i) : null;
    // the mention opens the attribution ("the Saudis said": a determiner before a name is left out of it)
    const opens = mention !== null && (mention.start === doc.tokens[i]!.start || (c - i >= 2 && /^the$/i.test(doc.tokens[i]!.text) && mention.start === doc.tokens[i + 1]!.start));
    if (mention === null || !opens) break;
    if (endsSentence && !tailIsShort(doc, cue.last + 1, ceiling) && !appositiveTailIsAdjunct(doc, c, cue.last + 1, ceiling)) return null;
    if (endsSentence && introducesNextQuote(ctx, cue.last + 1)) return null;
    return { mention, cue: cueSpan(doc, cue), rule: 'said-after-quote' };
  }
  return null;
}

/**
 * next-quote-intro: "…my life.” He added, “I will …”": after a quote that ends its sentence, a cue
 * followed by a comma or colon and an opening mark introduces the next quote, not this one.
 */
function introducesNextQuote(ctx: AttributionContext, from: number): boolean {
  const t = ctx.doc.tokens[from];
  return t !== undefined && (t.text === ',' || t.text === ':') && ctx.inQuote[from + 1] === 1;
}

function shortTail(doc: ArticleDoc, mention: SpeakerMention, ceiling: number): boolean {
  return tailIsShort(doc, doc.tokenIndexAt(mention.end), ceiling);
}

/** Conjunctions that open a clause of time or manner after a reporting verb ("said as …", "said while …"). */
const ADJUNCT_CLAUSE_OPENERS = /^(?:as|while|when|whilst)$/i;
/** The subject opening that clause: a pronoun, "the …" or a name ("said as he launched", not "described as a game"). */
const CLAUSE_SUBJECT = /^(?:he|she|they|we|i|you|it|the|his|her|their|\p{Lu}\p{Ll}+)$/u;

/** After an attribution that follows a full sentence: only an adjunct may follow ("he said on Monday."). */
function tailIsShort(doc: ArticleDoc, from: number, ceiling: number): boolean {
  if (from >= ceiling) return true;
  const next = doc.tokens[from]!.text;
  if (next === ',' || next === '.') return true;
  // "…!" Sessions said as he launched the vote: a subordinate clause of time is an adjunct, whatever its length
  if (ADJUNCT_CLAUSE_OPENERS.test(next) && CLAUSE_SUBJECT.test(doc.tokens[from + 1]?.text ?? '')) return true;
  return ceiling - from <= 6 && /^(?:in|on|at|to|during|after|before|last|this|yesterday|today|earlier|later|recently|when)$/i.test(next);
}

/**
 * "…!" Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of …  /  "…!" Rep.
 * Glenn Thompson, R-Pa., said of the swirl of …: a subject set off by an apposition right before
 * the cue is an attribution, and a prepositional adjunct of any length may follow it, as long as
 * no reported clause does ("said in a statement that …"). Without the apposition ("Gerrard had
 * said before the game he would …") the long tail may hide a clause: not taken.
 */
function appositiveTailIsAdjunct(doc: ArticleDoc, cue: number, from: number, ceiling: number): boolean {
  if (doc.tokens[cue - 1]?.text !== ',' || from >= ceiling) return false;
  return ADJUNCT_PREPOSITIONS.test(doc.tokens[from]!.text) && !hasThatClause(doc, from, ceiling);
}

/** Prepositions that open an adjunct of the reporting verb (time, place, topic, manner). */
const ADJUNCT_PREPOSITIONS = /^(?:in|on|at|during|after|before|of|about|with|from|via|outside|inside|following|without|upon)$/i;

function hasThatClause(doc: ArticleDoc, from: number, ceiling: number): boolean {
  for (let k = from; k < ceiling; k++) if (/^that$/i.test(doc.tokens[k]!.text)) return true;
  return false;
}

/** Guler said: "…" / Guler told Reuters: "…" / He added, "…" / According to SANA, "…" */
function saidBeforeQuote(ctx: AttributionContext, q: QuoteSegment): Attribution | null {
  const { doc } = ctx;
  if (q.continued) return null;
  const [paragraphStart] = paragraphTokenRange(ctx, q.paragraph);
  let i = doc.tokenIndexAt(q.openAt) - 1;
  if (i < paragraphStart) return null;
  const punct = doc.tokens[i]!.text;
  const introduced = punct === ':' || punct === ',' || punct === '—';
  if (!introduced) return null;
  i--;
  for (let c = i; c >= paragraphStart && i - c <= 8; c--) {
    const t = doc.tokens[c]!;
    if (ctx.inQuote[c] === 1 || SENTENCE_PUNCT.test(t.text) || (t.text === ',' && c !== i)) break;
    const cue = cueEndingAt(doc, c, ctx.inQuote);
    if (cue === null) continue;
    const mention = cue.phrase
      ? mentionStartingAt(doc, cue.last + 1, i + 1)
      : speakerOfCue(ctx, cue, sentenceFloor(ctx, cue.first, paragraphStart), i + 1);
    if (mention === null) return null;
    // "Sanders delivered a snappy retort: “…”": a cue word used as a noun leaves the quote to colon-subject
    if (looksLikeNounUse(ctx, cue, mention)) return null;
    return { mention, cue: cueSpan(doc, cue), rule: cue.phrase ? 'according-to' : 'said-before-quote' };
  }
  return null;
}

/** First token of the sentence holding token `i`, not before `floor`. */
function sentenceFloor(ctx: AttributionContext, i: number, floor: number): number {
  const s = ctx.doc.sentences[ctx.doc.tokens[i]!.sentence];
  return s === undefined ? floor : Math.max(floor, s.tokenStart);
}

/** The nearest cue outside quotes in the quote's sentence: left of the quote first, then right. */
function cueInSentence(ctx: AttributionContext, q: QuoteSegment): Attribution | null {
  const { doc } = ctx;
  const [paragraphStart, paragraphEnd] = paragraphTokenRange(ctx, q.paragraph);
  const openIdx = doc.tokenIndexAt(q.openAt);
  const openSentence = doc.sentences[doc.tokens[openIdx]?.sentence ?? -1];
  if (openSentence !== undefined && !q.continued) {
    // The outermost cue wins (PolNeAR is univocal: in "Clinton says she … what she calls “…”",
    // the quote is Clinton's), so scan from the sentence start towards the quote.
    const floor = Math.max(paragraphStart, openSentence.tokenStart, openIdx - REACH);
    const absolute = withAbsolute(ctx, floor, openIdx);
    if (absolute !== null) return absolute;
    // the clause the quote stands in first ("… after a woman told him she worries he's “too nice”"), then the sentence
    for (const from of clauseFloors(ctx, floor, openIdx)) {
      for (let c = from; c < openIdx; c++) {
        if (ctx.inQuote[c] === 1) continue;
        const cue = cueAt(doc, c, ctx.inQuote);
        if (cue === null || cue.last >= openIdx) continue;
        // in the subordinate clause only a finite cue whose subject opens the clause ("after a woman told"; not "went after Bush, calling")
        if (from !== floor && /ing$/i.test(doc.tokens[cue.first]!.text)) continue;
        const mention = speakerOfCue(ctx, cue, from, openIdx);
        if (mention !== null && from !== floor && mention.start !== doc.tokens[from]!.start) continue;
        if (mention !== null && !looksLikeNounUse(ctx, cue, mention)) {
          return relativeCue(ctx, mention, openIdx) ?? { mention, cue: cueSpan(doc, cue), rule: cue.phrase ? 'according-to' : 'cue-in-sentence' };
        }
      }
    }
  }
  if (q.continues) return null;
  const closeIdx = doc.tokenIndexAt(q.closeAt);
  const closeSentence = doc.sentences[doc.tokens[Math.max(closeIdx - 1, 0)]?.sentence ?? -1];
  if (closeSentence === undefined) return null;
  const ceiling = Math.min(paragraphEnd, closeSentence.tokenEnd, closeIdx + REACH);
  for (let c = closeIdx; c < ceiling; c++) {
    if (ctx.inQuote[c] === 1) continue;
    const cue = cueAt(doc, c, ctx.inQuote);
    if (cue === null) continue;
    const mention = speakerOfCue(ctx, cue, closeIdx, ceiling, false, Math.max(paragraphStart, closeSentence.tokenStart));
    if (mention !== null && !looksLikeNounUse(ctx, cue, mention)) return { mention, cue: cueSpan(doc, cue), rule: cue.phrase ? 'according-to' : 'cue-in-sentence' };
  }
  return null;
}

/** How many words may stand between the noun phrase of a with-absolute and its gerund. */
const WITH_ABSOLUTE_GAP = 4;

/**
 * with-absolute: "Republicans who agree … were irritated, with Sen. John McCain calling it a “Chinese
 * menu”", "Republicans were quick to chime in, with Donald Trump tweeting that it was a “disaster”":
 * after ", with", a noun phrase and a gerund cue make a clause of their own whose subject is the
 * quote's speaker. The last such clause before the quote, with no other cue between its gerund and
 * the quote.
 */
function withAbsolute(ctx: AttributionContext, floor: number, openIdx: number): Attribution | null {
  const { doc } = ctx;
  for (let w = openIdx - 2; w > floor; w--) {
    if (ctx.inQuote[w] === 1 || doc.tokens[w]!.lower !== 'with' || doc.tokens[w - 1]!.text !== ',') continue;
    const mention = mentionStartingAt(doc, w + 1, openIdx);
    if (mention === null || mention.kind === 'pronoun') return null;
    // the gerund right after the noun phrase, or a few words on ("many marchers and spectators chanting")
    let at = doc.tokenIndexAt(mention.end);
    while (at < openIdx && at - doc.tokenIndexAt(mention.end) < WITH_ABSOLUTE_GAP && doc.tokens[at]!.kind === 'word' && cueAt(doc, at, ctx.inQuote) === null) at++;
    const cue = cueAt(doc, at, ctx.inQuote);
    if (cue === null || cue.phrase || !/ing$/i.test(doc.tokens[cue.first]!.text) || cue.last >= openIdx) return null;
    for (let c = cue.last + 1; c < openIdx; c++) if (ctx.inQuote[c] !== 1 && cueAt(doc, c, ctx.inQuote) !== null) return null;
    return { mention, cue: cueSpan(doc, cue), rule: 'cue-in-sentence' };
  }
  return null;
}

/**
 * relative-cue: "…,” said Weaver, who said executives fail to see there are “no secrets”": the outer
 * cue's subject goes on, in a relative clause, to the cue that governs the quote, so the speaker
 * mention is that clause's "who" (the mention next to the cue), linked to the same person by the
 * entity model. Only a "who"/"which" right after the outer subject (a comma between), whose own
 * cue stands before the quote.
 */
function relativeCue(ctx: AttributionContext, subject: SpeakerMention, openIdx: number): Attribution | null {
  const { doc } = ctx;
  let w = doc.tokenIndexAt(subject.end);
  if (doc.tokens[w]?.text === ',') w++;
  const who = doc.tokens[w];
  if (who === undefined || w >= openIdx || !RELATIVE_PRONOUNS.has(who.text)) return null;
  for (let c = w + 1; c < openIdx; c++) {
    if (ctx.inQuote[c] === 1) return null;
    const cue = cueAt(doc, c, ctx.inQuote);
    if (cue === null || cue.phrase || cue.last >= openIdx) continue;
    const mention = speakerOfCue(ctx, cue, w, openIdx);
    return mention !== null && mention.start === who.start ? { mention, cue: cueSpan(doc, cue), rule: 'relative-cue' } : null;
  }
  return null;
}

/** Subjects that refer to no source: "It was called …", "There is …", "This means …". */
const EMPTY_SUBJECT = /^(?:it|there|this|that|these|those|what|which)$/i;

/**
 * sentence-subject: "Carter however said he would welcome … a “principled security network”",
 * "Sanders has consistently pushed his promise of “free college”": a quote that does not open its
 * sentence, in a sentence whose subject (after any introductory adjuncts) is followed by its verb,
 * is that subject's words when no cue gave it a speaker. Only for a quote with a cue in its
 * sentence or a statement-length one: a short quote without a cue stays a scare quote.
 */
function sentenceSubject(ctx: AttributionContext, q: QuoteSegment, anyLength: boolean): Attribution | null {
  if (q.continued) return null;
  const { doc } = ctx;
  const open = doc.tokenIndexAt(q.openAt);
  const sentence = doc.sentences[doc.tokens[open]?.sentence ?? -1];
  if (sentence === undefined) return null;
  const [paragraphStart] = paragraphTokenRange(ctx, q.paragraph);
  const floor = Math.max(sentence.tokenStart, paragraphStart, open - REACH);
  if (open - floor < 2 || (!anyLength && q.end - q.start < NEAREST_SPEAKER_MIN_CHARS && !hasCueInSentence(ctx, q))) return null;
  const mention = subjectOfClause(ctx, floor, open);
  if (mention === null || doc.tokenIndexAt(mention.end) >= open || EMPTY_SUBJECT.test(mention.text)) return null;
  // its verb follows, or an apposition does ("Trump, who has been feuding with …, described …")
  if (!hasVerbOrAppositionAfter(doc, mention)) return null;
  return { mention: speechOwner(ctx, mention) ?? mention, cue: null, rule: 'sentence-subject' };
}

/** Nouns of what someone said or wrote: the owner of "Ryan's language", "Podliska's most explosive claim" is the speaker. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'language', 'words', 'remarks', 'comments', 'comment', 'claim', 'claims', 'statement', 'statements', 'assertion',
  'rhetoric', 'message', 'tweet', 'tweets', 'letter', 'speech', 'argument', 'response', 'answer', 'reply',
  'accusation', 'accusations', 'suggestion', 'pledge', 'promise', 'vow', 'warning', 'criticism', 'description',
  'assurance', 'admission', 'denial', 'insistence', 'quip', 'retort', 'joke', 'slogan', 'proposal', 'proposals',
  'plea', 'demand', 'declaration', 'announcement', 'testimony', 'question', 'questions', 'post', 'op-ed', 'essay',
]);

/** A subject followed by its verb (a lower-case word) or by an apposition's comma: "Viguerie is", "Renteria, a former aide, …". */
function hasVerbOrAppositionAfter(doc: ArticleDoc, mention: SpeakerMention): boolean {
  const next = doc.tokens[doc.tokenIndexAt(mention.end)];
  return next !== undefined && (next.text === ',' || (next.kind === 'word' && startsLowerCase(next.text)));
}

/** "Ryan's language in the statement makes clear …": the possessor named before the speech noun, else null. */
function speechOwner(ctx: AttributionContext, mention: SpeakerMention): SpeakerMention | null {
  const { doc } = ctx;
  const first = doc.tokenIndexAt(mention.start);
  const last = doc.tokenIndexAt(mention.end) - 1;
  if (mention.kind !== 'description' || !SPEECH_NOUNS.has(doc.tokens[last]!.lower)) return null;
  for (let k = first + 1; k < last; k++) {
    if (!/^['’]s?$/.test(doc.tokens[k]!.text)) continue;
    const owner = mentionEndingAt(doc, k - 1, first);
    return owner !== null && owner.kind === 'name' && owner.start === mention.start ? owner : null;
  }
  return null;
}

/** Conjunctions that open a subordinate clause of time or reason, which has its own subject and cue. */
const SUBORDINATORS = /^(?:after|when|while|because|although|though|before|until|whereas|once|whenever|since)$/i;

/**
 * subordinate-clause: the first token of the clause a quote stands in, when that is not the whole
 * sentence: after the last subordinator before the quote ("Kasich is assuring voters … after a woman
 * told him he's “too nice”"), or after the comma that closes an opening subordinate clause ("When
 * Trump announced his candidacy, he referred to immigrants as “criminals”").
 */
function subordinateClauseFloor(ctx: AttributionContext, floor: number, open: number): number {
  const { doc } = ctx;
  let from = floor;
  // "When Trump announced …,", "Ever since Sanders announced …,": the subordinator, led by an adverb or not
  const opener = SUBORDINATORS.test(doc.tokens[floor]?.text ?? '') ? floor
    : SUBORDINATORS.test(doc.tokens[floor + 1]?.text ?? '') && isLeadingAdverb(doc.tokens[floor]?.text ?? '') ? floor + 1 : -1;
  const opensWithClause = opener >= 0;
  for (let c = floor; c < open; c++) {
    if (ctx.inQuote[c] === 1) continue;
    const t = doc.tokens[c]!.text;
    if (c > opener && c > floor && SUBORDINATORS.test(t)) from = c + 1;
    else if (opensWithClause && t === ',' && from === floor) from = c + 1;
  }
  return from;
}

/**
 * coordinate-clause: the first token after the last "but"/"and" that joins a second main clause
 * before the quote ("Comey recommended …, but he called her actions “extremely careless”",
 * "Cruz said he'd make sand “glow in the dark,” and Trump vowed to “bomb the hell” …"); `floor` if none.
 */
function coordinateClauseFloor(ctx: AttributionContext, floor: number, open: number): number {
  let from = floor;
  for (let c = floor + 1; c < open; c++) if (ctx.inQuote[c] !== 1 && isClauseCoordinator(ctx.doc.tokens, c)) from = c + 1;
  return from;
}

/** Where to look for the quote's cue, innermost first: its coordinate clause, its subordinate clause, the sentence. */
function clauseFloors(ctx: AttributionContext, floor: number, open: number): number[] {
  const coordinate = coordinateClauseFloor(ctx, floor, open);
  const subordinate = subordinateClauseFloor(ctx, floor, open);
  const inner = Math.max(coordinate, subordinate);
  const outer = Math.min(coordinate, subordinate);
  const floors: number[] = [];
  if (inner > floor) floors.push(inner);
  if (outer > floor && outer < inner) floors.push(outer);
  floors.push(floor);
  return floors;
}

/**
 * "McConnell delivered a blunt message to Trump: “…”" / "Kasich resisted: “…”": a quote after a
 * colon whose sentence has no cue is the sentence subject's (a name, a pronoun or a description).
 */
function colonSubject(ctx: AttributionContext, q: QuoteSegment): Attribution | null {
  if (q.continued) return null;
  const { doc } = ctx;
  const colon = doc.tokenIndexAt(q.openAt) - 1;
  const t = doc.tokens[colon];
  if (t === undefined || t.text !== ':' || ctx.inQuote[colon] === 1) return null;
  const [paragraphStart] = paragraphTokenRange(ctx, q.paragraph);
  const floor = Math.max(sentenceFloor(ctx, colon, paragraphStart), colon - REACH);
  if (colon - floor < 2) return colonLabel(ctx, colon, floor);
  // the subject of the last main clause first ("Siemens plans …, but Christoph Caselitz … says that: “…”")
  const clause = coordinateClauseFloor(ctx, floor, colon);
  const mention = (clause > floor ? subjectOfClause(ctx, clause, colon) : null) ?? subjectOfClause(ctx, floor, colon);
  if (mention === null || doc.tokenIndexAt(mention.end) >= colon) return colonLabel(ctx, colon, floor);
  // the subject is followed by its verb or an apposition, not by more of a heading ("Update: “…”")
  const next = doc.tokens[doc.tokenIndexAt(mention.end)];
  if (next === undefined || !(next.text === ',' || (next.kind === 'word' && !startsUpperCase(next.text)))) return null;
  return { mention, cue: null, rule: 'colon-subject' };
}

/**
 * colon-label: "- Manchester City boss Kevin Keegan: “…”", a sentence (or a list item) that opens
 * with a name, a colon and the quote: the name labels the quote, as in a round-up of reactions.
 * Only a name, at the sentence's start or after a dash, with nothing before it but its title:
 * "Update: “…”" is a heading.
 */
function colonLabel(ctx: AttributionContext, colon: number, floor: number): Attribution | null {
  const { doc } = ctx;
  // after a list dash, or after the dash that ends a heading ("TURNOUT IN IOWA - Michael P. McDonald: “…”")
  let first = floor;
  for (let k = colon - 1; k >= floor && colon - k <= LABEL_MAX_TOKENS + 1; k--) {
    if (LABEL_DASH.test(doc.tokens[k]!.text)) {
      first = k + 1;
      break;
    }
  }
  if (colon - first < 1 || colon - first > LABEL_MAX_TOKENS) return null;
  const mention = mentionEndingAt(doc, colon - 1, first);
  if (mention === null || mention.kind !== 'name' || mention.end !== doc.tokens[colon - 1]!.end) return null;
  // a one-word label is a surname the text gave in full before ("Jeb Bush … ¶ Bush: “…”"), not a heading ("Update:")
  if (colon - first === 1 && !isSurnameOfEarlierName(doc, colon - 1)) return null;
  // the whole label is the name and its title ("Manchester City boss Kevin Keegan"): nothing before it but the dash
  if (!isTitleLead(doc, first, doc.tokenIndexAt(mention.start))) return null;
  return { mention, cue: null, rule: 'colon-label' };
}

/** Token `i` repeats the last word of a name of two or more words earlier in the text. */
function isSurnameOfEarlierName(doc: ArticleDoc, i: number): boolean {
  const first = firstAfterCapitalOf(doc).get(doc.tokens[i]!.text);
  return first !== undefined && first < i;
}

/**
 * Per document, each token text → the first index where it follows a capitalized word of its
 * sentence (the "Bush" of "Jeb Bush"). One pass, made on the first one-word label, so that a
 * document of thousands of labels stays linear.
 */
const FIRST_AFTER_CAPITAL = new WeakMap<ArticleDoc, ReadonlyMap<string, number>>();

function firstAfterCapitalOf(doc: ArticleDoc): ReadonlyMap<string, number> {
  let found = FIRST_AFTER_CAPITAL.get(doc);
  if (found !== undefined) return found;
  const map = new Map<string, number>();
  for (let k = 1; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    const before = doc.tokens[k - 1]!;
    if (!map.has(t.text) && isCapitalized(before) && before.sentence === t.sentence) map.set(t.text, k);
  }
  FIRST_AFTER_CAPITAL.set(doc, (found = map));
  return found;
}

const LABEL_DASH = /^[-–—•*]$/;

/** Tokens of a label before its colon at most ("- Manchester United boss Sir Alex Ferguson:"). */
const LABEL_MAX_TOKENS = 8;

/**
 * Tokens `[first, start)` are words (none at all is fine): the title and team before a name
 * ("Manchester City boss", "Former secretary of state"), with no word that makes a clause of it
 * ("But told BBC News: “…”").
 */
function isTitleLead(doc: AttributionContext['doc'], first: number, start: number): boolean {
  for (let k = first; k < start; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word' || lexiconTags(t.lower).some((tag) => CLAUSE_WORD_TAGS.has(tag))) return false;
  }
  return true;
}

/** Word classes that make a clause of a label: "But", "he", "was", "will", "told". */
const CLAUSE_WORD_TAGS: ReadonlySet<string> = new Set(['Conjunction', 'Pronoun', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord', 'PastTense', 'PresentTense']);

/**
 * “Containment” has been U.S. policy …: a short quote without end punctuation that opens a
 * sentence which goes on after the closing mark with a lower-case word is a term the sentence is
 * about, not words said (“France will always be France,” an angry Hollande retaliated: said).
 */
const QUOTE_END_PUNCT = /[.,!?;:…]/;

function isTermOpeningSentence(ctx: AttributionContext, q: QuoteSegment): boolean {
  if (q.continues || q.end - q.start >= NEAREST_SPEAKER_MIN_CHARS || QUOTE_END_PUNCT.test(ctx.doc.text[q.end - 1] ?? '')) return false;
  const next = ctx.doc.tokens[ctx.doc.tokenIndexAt(q.closeAt)];
  return next !== undefined && next.kind === 'word' && startsLowerCase(next.text);
}

/** "WALLACE: Let's start …" — a transcript turn inside the marks: the speaker's name opens it. */
const TRANSCRIPT_TURN = /^(?<name>\p{Lu}[\p{Lu}.' -]{1,40}?)\s*:\s/u;

function transcriptSpeaker(ctx: AttributionContext, q: QuoteSegment): Attribution | null {
  const head = ctx.doc.text.slice(q.start, Math.min(q.end, q.start + 48));
  const m = TRANSCRIPT_TURN.exec(head);
  if (!m || !/\p{Lu}{2}/u.test(m.groups!.name!)) return null;
  const name = m.groups!.name!.trim();
  const mention: SpeakerMention = { start: q.start, end: q.start + name.length, text: name, kind: 'name' };
  return { mention, cue: null, rule: 'transcript-speaker' };
}

/** ", The Daily Bugle" after a byline name: a comma, then a short phrase without sentence punctuation or marks. */
const BYLINE_AFFILIATION = /^,[ \t]+[^\s,.;:!?"“”][^.;:!?"“”\n]{0,60}[.]?[ \t]*$/u;

/** "…" ― Adriana Rodarte  — a dash byline after the quote, at the end of the line. */
const DASH_BYLINE = /^[ \t]*[―—–-]{1,2}[ \t]*/;

function dashByline(ctx: AttributionContext, q: QuoteSegment): Attribution | null {
  if (q.continues) return null;
  const { doc } = ctx;
  const after = doc.text.slice(q.closeAt, q.closeAt + 8);
  const m = DASH_BYLINE.exec(after);
  if (!m) return null;
  const from = doc.tokenIndexAt(q.closeAt + m[0].length);
  const [, blockTokenEnd] = paragraphTokenRange(ctx, q.paragraph);
  const mention = mentionStartingAt(doc, from, blockTokenEnd);
  if (mention === null || mention.kind !== 'name') return null;
  // the name must close the line (an optional full stop aside), or be followed by its
  // affiliation only ("— Jane Roe, The Daily Bugle", "— Jane Roe, a teacher in Ohio")
  const lineEnd = ctx.blocks[q.paragraph]!.end;
  const rest = doc.text.slice(mention.end, lineEnd);
  if (!/^[\s.]*$/.test(rest) && !BYLINE_AFFILIATION.test(rest)) return null;
  return { mention, cue: null, rule: 'dash-byline' };
}

const CLAUSE_START = /^(?:,|;|and|but|that|while|as|when|because|["“”'])$/i;
/** A finite verb right after a cue word shows the cue word is its subject noun ("claims were rated"). */
const FINITE_AFTER_NOUN = /^(?:is|are|was|were|have|had|has|will|would|can|could|may|might|must|should)$/i;

/**
 * "Republican claims", "protests demands", "a controversial comment": a cue word that is also a
 * noun (base or -s form) is a verb only when its subject is a pronoun or starts a clause.
 */
export function looksLikeNounUse(ctx: AttributionContext, cue: Cue, mention: SpeakerMention): boolean {
  const { doc } = ctx;
  if (cue.phrase) return false;
  const word = doc.tokens[cue.first]!.lower;
  if (isNamingParticiple(ctx, cue, mention)) return true;
  if (isReducedRelative(ctx, cue, mention)) return true;
  if (/(?:ed|aid|old|ote|ang|ound)$/.test(word)) return false; // past forms are verbs
  if (mention.kind === 'pronoun') return false;
  if (mention.start > doc.tokens[cue.first]!.start) return false; // inverted: "says Guler"
  if (FINITE_AFTER_NOUN.test(doc.tokens[cue.last + 1]?.text ?? '')) return true; // "claims were rated"
  const before = doc.tokens[doc.tokenIndexAt(mention.start) - 1];
  if (before === undefined || before.sentence !== doc.tokens[cue.first]!.sentence) return false;
  if (CLAUSE_START.test(before.text)) return false;
  // "aviation analyst Mike Powell says": a name after its title is a subject; "the US state", "of Republican claims" are not
  return mention.kind !== 'name' || /^(?:the|a|an|of|its|their|his|her)$/i.test(before.text);
}

/** Prepositions whose object is never the subject of the verb after it. */
const PREPOSITION_BEFORE_OBJECT = /^(?:in|on|at|from|with|by|of|into|through|under|within|via)$/i;

/**
 * reduced-relative: "In a Facebook message posted Friday, Cruz said …", "on a video released by the
 * campaign": a past participle after the object of a preposition modifies that noun; it is no cue,
 * and the noun no speaker.
 */
function isReducedRelative(ctx: AttributionContext, cue: Cue, mention: SpeakerMention): boolean {
  const { doc } = ctx;
  if (cue.phrase || mention.kind === 'pronoun' || mention.end > doc.tokens[cue.first]!.start) return false;
  if (!/ed$/i.test(doc.tokens[cue.first]!.text)) return false;
  const before = doc.tokens[doc.tokenIndexAt(mention.start) - 1];
  return before !== undefined && before.sentence === doc.tokens[cue.first]!.sentence && PREPOSITION_BEFORE_OBJECT.test(before.text);
}

/** Participles that give a name ("a website called “…”"), not a speech act. */
const NAMING_PARTICIPLES = new Set(['called', 'dubbed', 'named', 'nicknamed', 'titled', 'entitled', 'labeled', 'labelled', 'branded']);
/** How far back from the participle the indefinite article of its noun phrase may be ("a 2002 psychology class called"). */
const NAMING_NOUN_PHRASE_MAX = 5;

/**
 * naming-participle: "a website called “Cape Breton If Donald Trump Wins”", "a super PAC called
 * Future45": an indefinite noun phrase right before the participle, and the name (a quote or a
 * capitalized word) right after it. Not "a spokesman called it “…”" (an object follows) nor
 * "the senator called “…”" (a definite subject may speak).
 */
function isNamingParticiple(ctx: AttributionContext, cue: Cue, mention: SpeakerMention | null): boolean {
  const { doc } = ctx;
  if (cue.first !== cue.last || !NAMING_PARTICIPLES.has(doc.tokens[cue.first]!.lower)) return false;
  if (mention !== null && (mention.kind === 'pronoun' || mention.end > doc.tokens[cue.first]!.start)) return false;
  const next = doc.tokens[cue.last + 1];
  if (next === undefined || !(QUOTE_PUNCT.test(next.text) || startsUpperCase(next.text))) return false;
  for (let i = cue.first - 1; i >= 0 && cue.first - i <= NAMING_NOUN_PHRASE_MAX; i--) {
    const t = doc.tokens[i]!;
    if (/^an?$/i.test(t.text)) return true;
    if (t.kind === 'punct' && t.text !== '-') return false;
  }
  return false;
}

/** A cue in the quote's sentence, even one without a speaker ("was described as “…”"): the quote is reported, not a scare quote. */
export function hasCueInSentence(ctx: AttributionContext, q: QuoteSegment): boolean {
  const { doc } = ctx;
  const openIdx = doc.tokenIndexAt(q.openAt);
  const sentence = doc.sentences[doc.tokens[openIdx]?.sentence ?? -1];
  if (sentence === undefined) return false;
  const from = Math.max(sentence.tokenStart, openIdx - REACH);
  const to = Math.min(sentence.tokenEnd, doc.tokenIndexAt(q.closeAt) + REACH);
  for (let c = from; c < to; c++) if (ctx.inQuote[c] !== 1 && cueAt(doc, c, ctx.inQuote) !== null) return true;
  return false;
}

/** "a website called “…”": the quote is the name a naming participle gives, nobody's words. */
function isGivenName(ctx: AttributionContext, q: QuoteSegment): boolean {
  const open = ctx.doc.tokenIndexAt(q.openAt);
  const cue = open > 0 ? cueAt(ctx.doc, open - 1, ctx.inQuote) : null;
  return cue !== null && isNamingParticiple(ctx, cue, null);
}

/** How far after an attribution an outer source may follow: "…," Hewitt said Tuesday, according to a transcript. */
const OUTER_SOURCE_REACH = 16;
/** Words that open a new clause: an outer source after them is that clause's. */
const CLAUSE_JOINERS = /^(?:and|but|or|while|whereas|because|although|though|so|yet)$/i;
/** Inverted report verbs that name an outer source at the end of a sentence: "…, reports USA Today." */
const OUTER_REPORT_VERB = /^(?:reports|reported)$/;

/**
 * "…," Hewitt said, according to a transcript of the show. / … Richards noted that abortion is
 * "central," reported the Washington Examiner. — the words reach us through an outer source named at
 * the end of the sentence, after a comma; PolNeAR (like any source-attribution scheme) gives the quote
 * to that source. The phrase must follow the whole attribution (quote, cue and mention) in the same
 * sentence with no quotation mark between, and for "reports" the source must end the sentence.
 */
function outerSource(ctx: AttributionContext, q: QuoteSegment, a: Attribution): Attribution | null {
  const { doc } = ctx;
  if (a.cue === null || /^according/i.test(a.cue.text)) return null;
  const from = Math.max(doc.tokenIndexAt(q.closeAt), doc.tokenIndexAt(a.cue.end), doc.tokenIndexAt(a.mention.end));
  const sentence = doc.sentences[doc.tokens[doc.tokenIndexAt(a.cue.start)]?.sentence ?? -1];
  if (sentence === undefined || from >= sentence.tokenEnd) return null;
  const ceiling = Math.min(sentence.tokenEnd, from + OUTER_SOURCE_REACH);
  for (let c = from; c < ceiling; c++) {
    const t = doc.tokens[c]!;
    // "… and, according to Reuters, once told analysts": a new clause has its own source
    if (ctx.inQuote[c] === 1 || QUOTE_PUNCT.test(t.text) || SENTENCE_PUNCT.test(t.text) || CLAUSE_JOINERS.test(t.text)) return null;
    if (t.text !== ',') continue;
    const cue = cueAt(doc, c + 1, ctx.inQuote);
    if (cue !== null && cue.phrase && /^according$/i.test(doc.tokens[c + 1]!.text)) {
      const mention = mentionStartingAt(doc, cue.last + 1, sentence.tokenEnd);
      return mention === null ? null : { mention, cue: cueSpan(doc, cue), rule: 'according-to-outer' };
    }
    if (OUTER_REPORT_VERB.test(doc.tokens[c + 1]?.text ?? '')) {
      const mention = mentionStartingAt(doc, c + 2, sentence.tokenEnd);
      if (mention === null || mention.kind === 'pronoun') return null;
      const next = doc.tokens[doc.tokenIndexAt(mention.end)];
      if (next !== undefined && next.sentence === sentence.index && !SENTENCE_PUNCT.test(next.text)) return null;
      const verb = doc.tokens[c + 1]!;
      return { mention, cue: { start: verb.start, end: verb.end, text: verb.text }, rule: 'according-to-outer' };
    }
  }
  return null;
}

type Sieve = (ctx: AttributionContext, q: QuoteSegment) => Attribution | null;

/** Sieves that read the words around one quote, most precise first. */
export const LOCAL_SIEVES: ReadonlyArray<{ name: string; run: Sieve }> = [
  { name: 'transcript-speaker', run: transcriptSpeaker },
  { name: 'dash-byline', run: dashByline },
  { name: 'said-after-quote', run: saidAfterQuote },
  { name: 'said-before-quote', run: saidBeforeQuote },
  { name: 'cue-in-sentence', run: cueInSentence },
  { name: 'colon-subject', run: colonSubject },
];

/**
 * Attribute every segment: local sieves first, then the sieves that borrow a speaker from
 * another quote or paragraph. Returns one entry per segment (null = no speaker found).
 */
export function attributeSegments(ctx: AttributionContext): (Attribution | null)[] {
  const { segments } = ctx;
  const out: (Attribution | null)[] = segments.map((q) => {
    for (const sieve of LOCAL_SIEVES) {
      const a = sieve.run(ctx, q);
      if (a !== null) return outerSource(ctx, q, a) ?? a;
    }
    return null;
  });
  // a name given by a participle ("a website called “…”") borrows no speaker from other quotes
  const given = segments.map((q, k) => out[k] === null && isGivenName(ctx, q));
  // quote-group: every paragraph of a multi-paragraph quote shares the speaker.
  const byGroup = new Map<number, Attribution>();
  segments.forEach((q, k) => {
    const a = out[k];
    if (a && !byGroup.has(q.group)) byGroup.set(q.group, a);
  });
  segments.forEach((q, k) => {
    if (out[k] === null && byGroup.has(q.group)) out[k] = borrow(byGroup.get(q.group)!, 'quote-group');
  });
  // sentence-subject: a quote inside a sentence with a cue it has no speaker for, or a long one, is the
  // words of the sentence's subject ("Sanders has pushed his promise of “free college”").
  segments.forEach((q, k) => {
    if (out[k] === null && !given[k]) out[k] = sentenceSubject(ctx, q, false);
  });
  // same-paragraph: the nearest attributed quote in the paragraph, preceding first (two linear passes).
  const before: (Attribution | null)[] = new Array(segments.length).fill(null);
  const after: (Attribution | null)[] = new Array(segments.length).fill(null);
  for (let k = 1; k < segments.length; k++) {
    if (segments[k - 1]!.paragraph === segments[k]!.paragraph) before[k] = out[k - 1] ?? before[k - 1] ?? null;
  }
  for (let k = segments.length - 2; k >= 0; k--) {
    if (segments[k + 1]!.paragraph === segments[k]!.paragraph) after[k] = out[k + 1] ?? after[k + 1] ?? null;
  }
  for (let k = 0; k < segments.length; k++) {
    if (out[k] !== null) continue;
    // a paragraph that goes on with a quote opened before is the words of that quote's speaker,
    // found for it in this pass ("… "We have to be aggressive. ¶ "It will be fundamental …"), not
    // of a later speaker in the paragraph
    const group = segments[k]!.group;
    if (segments[k]!.continued && group < k && out[group] !== null) {
      out[k] = borrow(out[group]!, 'quote-group');
      continue;
    }
    // the latest speaker named before the quote, by a quote or by a cue ("The world champion says … ¶ "…")
    const cued = lastCueBefore(ctx.paragraphSpeakers.get(segments[k]!.paragraph), segments[k]!.openAt);
    let found = before[k] ?? null;
    if (cued !== null && (found === null || (cued.mention.start > found.mention.start && !isInAttributingSentence(ctx, cued, found)))) found = cued;
    found ??= after[k] ?? null;
    // a short quote without a cue that would borrow a speaker is its own sentence subject's first
    if (found !== null) out[k] = sentenceSubject(ctx, segments[k]!, true) ?? borrow(found, 'same-paragraph');
  }
  // colon-intro and paragraph-continuation: a paragraph that opens with a quote.
  const lastBySegments = new Map<number, Attribution>();
  segments.forEach((q, k) => {
    const a = out[k];
    const best = lastBySegments.get(q.paragraph);
    if (a && (best === undefined || a.mention.start >= best.mention.start)) lastBySegments.set(q.paragraph, a);
  });
  for (let k = 0; k < segments.length; k++) {
    const q = segments[k]!;
    if (out[k] !== null) continue;
    const paragraph = ctx.blocks[q.paragraph]!;
    if (q.openAt !== paragraph.start || q.paragraph === 0 || isTermOpeningSentence(ctx, q)) continue;
    const previous = ctx.blocks[q.paragraph - 1]!;
    const colon = /:\s*$/.test(previous.text);
    const last = lastSpeakerOfParagraph(q.paragraph - 1) ?? (colon ? introducedBy(ctx, previous) : null);
    if (last === null) continue;
    const rule = colon ? 'colon-intro' : 'paragraph-continuation';
    out[k] = borrow(last, rule);
    if (!lastBySegments.has(q.paragraph)) lastBySegments.set(q.paragraph, out[k]!);
    restOfParagraphBorrows(k, last, rule);
  }
  // paragraph-subject: a paragraph opening with a quote, after a paragraph that names its subject
  // without a cue ("Viguerie is upbeat about …, because he sees … ¶ “…”").
  for (let k = 0; k < segments.length; k++) {
    const q = segments[k]!;
    if (out[k] !== null || q.paragraph === 0 || q.openAt !== ctx.blocks[q.paragraph]!.start || q.end - q.start < NEAREST_SPEAKER_MIN_CHARS) continue;
    const subject = subjectOfParagraph(ctx, q.paragraph - 1);
    if (subject === null) continue;
    out[k] = subject;
    restOfParagraphBorrows(k, subject, 'paragraph-subject');
  }
  // previous-sentence-subject: the sentence before sets the speaker up
  for (let k = 0; k < segments.length; k++) {
    if (out[k] !== null) continue;
    const subject = previousSentenceSubject(ctx, segments[k]!);
    if (subject === null) continue;
    out[k] = subject;
    restOfParagraphBorrows(k, subject, 'previous-sentence-subject');
  }
  // nearest-speaker: a statement-length quote still without speaker takes the last speaker of the
  // previous paragraph (news keep one speaker until another is named).
  for (let k = 0; k < segments.length; k++) {
    const q = segments[k]!;
    if (out[k] !== null || q.paragraph === 0 || q.end - q.start < NEAREST_SPEAKER_MIN_CHARS) continue;
    const last = lastSpeakerOfParagraph(q.paragraph - 1);
    if (last !== null) out[k] = borrow(last, 'nearest-speaker');
  }
  return out.map((a, k) => (given[k] ? null : a === null ? null : borrowedAntecedent(ctx, a)));

  /** The quotes after segment `k` in its paragraph that have no speaker yet borrow `from`'s. */
  function restOfParagraphBorrows(k: number, from: Attribution, rule: string): void {
    for (let f = k + 1; f < segments.length && segments[f]!.paragraph === segments[k]!.paragraph; f++) {
      if (out[f] === null) out[f] = borrow(from, rule);
    }
  }

  function lastSpeakerOfParagraph(p: number): Attribution | null {
    let best = lastBySegments.get(p) ?? null;
    const list = ctx.paragraphSpeakers.get(p);
    const spoken = list?.[list.length - 1];
    if (spoken && (best === null || spoken.mention.start > best.mention.start)) best = spoken;
    return best;
  }
}

/**
 * paragraph-subject: the subject of the latest sentence of a paragraph that opens with a name and a
 * verb ("Viguerie is upbeat about …", "Grassley has been taking heat …"), when no cue names a speaker
 * there. The resolver keeps it only when the name is a person's ("Twitter needs …" stays unattributed).
 */
function subjectOfParagraph(ctx: AttributionContext, paragraph: number): Attribution | null {
  const { doc } = ctx;
  const [from, to] = paragraphTokenRange(ctx, paragraph);
  if (from >= to) return null;
  let found: SpeakerMention | null = null;
  for (let s = doc.tokens[from]!.sentence; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    if (sentence.tokenStart >= to) break;
    const m = subjectOfClause(ctx, Math.max(sentence.tokenStart, from), Math.min(sentence.tokenEnd, to));
    if (m === null || m.kind !== 'name') continue;
    // a verb or an apposition follows the subject: "Viguerie is", "Renteria, a former aide, …"
    if (hasVerbOrAppositionAfter(doc, m)) found = m;
  }
  return found === null ? null : { mention: found, cue: null, rule: 'paragraph-subject' };
}

const SUBJECT_COORDINATORS = /^(?:and|or|nor)$/i;

/**
 * "Campbell signalled his intent to move abroad. “I'm 30 now …”": a statement-length quote that
 * opens a sentence inside its paragraph belongs to the subject of the sentence just before, when
 * that subject is a name or a pronoun followed by its verb (or an apposition).
 */
function previousSentenceSubject(ctx: AttributionContext, q: QuoteSegment): Attribution | null {
  if (q.continued || q.end - q.start < NEAREST_SPEAKER_MIN_CHARS) return null;
  const { doc } = ctx;
  const open = doc.tokenIndexAt(q.openAt);
  const index = doc.tokens[open]?.sentence ?? -1;
  const previous = doc.sentences[index - 1];
  const [paragraphStart] = paragraphTokenRange(ctx, q.paragraph);
  if (previous === undefined || doc.sentences[index]!.tokenStart !== open || previous.tokenStart < paragraphStart) return null;
  // the subject of its last main clause ("Playbook won't go that far, but Sherman wants …")
  const mention = subjectOfClause(ctx, coordinateClauseFloor(ctx, previous.tokenStart, previous.tokenEnd), previous.tokenEnd);
  if (mention === null || mention.kind === 'description' || pronounInfo(mention.text)?.organization === true) return null;
  // followed by its verb or an apposition, and not one of several ("Nanuku and Vakacegu touched down")
  if (!hasVerbOrAppositionAfter(doc, mention) || SUBJECT_COORDINATORS.test(doc.tokens[doc.tokenIndexAt(mention.end)]!.text)) return null;
  return { mention, cue: null, rule: 'previous-sentence-subject' };
}

/** "Sanders made the following comment:" — the subject of the sentence that ends with the colon. */
function introducedBy(ctx: AttributionContext, block: Span): Attribution | null {
  const { doc } = ctx;
  const colon = doc.tokenIndexAt(block.end) - 1;
  const sentence = doc.sentences[doc.tokens[colon]?.sentence ?? -1];
  if (sentence === undefined || doc.tokens[colon]!.text !== ':') return null;
  const mention = subjectOfClause(ctx, sentence.tokenStart, colon);
  return mention === null || mention.kind === 'description' ? null : { mention, cue: null, rule: 'colon-intro' };
}

/** The last cue attribution whose mention ends before `offset` (list in text order). */
function lastCueBefore(list: readonly Attribution[] | undefined, offset: number): Attribution | null {
  if (list === undefined) return null;
  // binary search on the cue position (the list is in cue order), then a bounded step back
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]!.cue?.start ?? list[mid]!.mention.start) < offset) lo = mid + 1;
    else hi = mid;
  }
  // a cue just after the quote may still have its subject before it ("Trump, in a “frank” talk, said")
  for (let i = Math.min(list.length - 1, lo + 4); i >= 0 && i >= lo - 4; i--) if (list[i]!.mention.end <= offset) return list[i]!;
  return null;
}

/**
 * subordinate-cue: "“…,” said Ms. Warren, who has often been on the receiving side of Mr. Trump's
 * Twitter attacks. “…”": a cue later in the sentence that attributed the quote before (a relative
 * clause, a participle, a noun) belongs to that quote's speaker's sentence; it does not name the
 * next quote's speaker. A cue after ", and" / ", but" opens a clause of its own ("…,” Ebeling said,
 * and her husband cut in.") and still does.
 */
function isInAttributingSentence(ctx: AttributionContext, cued: Attribution, quoted: Attribution): boolean {
  const { doc } = ctx;
  if (quoted.cue === null || cued.cue === null) return false;
  if (doc.sentenceAt(cued.cue.start) !== doc.sentenceAt(quoted.cue.start)) return false;
  for (let c = doc.tokenIndexAt(quoted.cue.end); c < doc.tokenIndexAt(cued.mention.start); c++) if (isClauseCoordinator(doc.tokens, c)) return false;
  return true;
}

/** Rules that take a speaker from another quote or cue, not from a cue of their own. */
const BORROWING_RULES = new Set(['quote-group', 'same-paragraph', 'paragraph-continuation', 'nearest-speaker', 'colon-intro']);

/**
 * borrowed-antecedent: "“…,” said Mr. Ekovich, who noted that … “Things are moving …”": a quote that
 * borrows the speaker of a relative clause's cue is the words of what "who" follows, so its mention
 * is that noun phrase (appositions stepped over), not the relative pronoun.
 */
function borrowedAntecedent(ctx: AttributionContext, a: Attribution): Attribution {
  if (!BORROWING_RULES.has(a.rule) || a.mention.kind !== 'pronoun' || !RELATIVE_PRONOUNS.has(a.mention.text)) return a;
  const { doc } = ctx;
  const at = doc.tokenIndexAt(a.mention.start);
  const floor = sentenceFloor(ctx, at, 0);
  // "Nicky Driscoll, 24, from Manchester, who": over the appositions; "said Mr. Ekovich, who": the name before the comma
  const before = doc.tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
  const antecedent = mentionEndingAt(doc, at - 1, floor) ?? mentionEndingAt(doc, before, floor);
  return antecedent === null || antecedent.kind === 'pronoun' ? a : { ...a, mention: antecedent };
}

function borrow(a: Attribution, rule: string): Attribution {
  return { mention: a.mention, cue: a.cue, rule };
}
