/**
 * Reported speech without quotation marks, and the paragraph's speakers.
 *
 *   reported-clause   Guler said it was premature to discuss …  /  Guler stressed that Turkey …
 *                     X told Reuters that …   (span = the reported clause)
 *   reported-before-cue  Turkey is strengthening …, Guler told Reuters.  (span = the clause before)
 *
 * Only strong speech verbs count (said, told, stressed, warned …), never inside quotes, and only
 * when the cue has a subject. The speaker found for every cue is also kept per paragraph: quotes in
 * the next paragraph may borrow it (paragraph-continuation).
 */
import { startsUpperCase } from '../../doc/tokenize.js';
import type { ArticleDoc } from '../../doc/article.js';
import { BARE_CLAUSE_VERBS, SPEECH_VERBS, THAT_CLAUSE_VERBS } from '../../lexicon/reporting-verbs.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { pronounInfo } from '../../lexicon/pronouns.js';
import type { Attribution, AttributionContext } from './attribution.js';
import { looksLikeNounUse, speakerOfCue } from './attribution.js';
import { cueAt, mayStartCue, progressiveCueAsPast, type Cue } from './cues.js';
import type { SpeakerMention } from './mentions.js';
import { mentionStartingAt, titleStartBefore } from './mentions.js';

export interface ReportedClause {
  start: number;
  end: number;
  attribution: Attribution;
}

/**
 * A weak cue ("noted", "reported", "predicts") ends a sentence of reported speech as a strong one
 * does: "Crops are withering in the Marshall Islands, he noted.", "…, the Financial Times reported."
 * Only its inflected forms (a base form there is as often a noun: "a monthly fee charge"), and only
 * as the sentence's last word.
 */
const INFLECTED = /(?:ed|s)$/;

/** The cue is the sentence's last word (not "promised \"several initiatives\"."). */
function endsSentence(ctx: AttributionContext, cueLast: number, sentenceEnd: number): boolean {
  const next = ctx.doc.tokens[cueLast + 1];
  return cueLast + 1 >= sentenceEnd || next === undefined || (next.kind === 'punct' && END_PUNCT.test(next.text));
}

/** Verbs that deny the report after them: "failed to confirm", "refused to say", "declined to reveal". */
const DENYING_BEFORE_TO = /^(?:fail|fails|failed|failing|refuse|refuses|refused|refusing|decline|declines|declined|declining)$/i;

/** Speech verbs whose infinitive still reports: "went on to say that …", "called to tell her that …". */
const INFINITIVE_SPEECH = new Set(['say', 'tell', 'add', 'explain', 'warn', 'argue', 'insist', 'claim', 'admit', 'acknowledge', 'suggest', 'write', 'announce', 'confirm']);

/** Verbs whose object is the addressee, not the content: "told Reuters that …". */
const ADDRESSEE_VERBS = new Set(['told', 'tells', 'tell', 'warned', 'warns', 'assured', 'reminded', 'asked', 'urged', 'informed']);
const CLAUSE_OPENERS = /^(?:that|it|there|he|she|they|we|i|you|the|a|an|his|her|their|its|this|these|those|no|some)$/i;
/** Words after "said" that start no clause: "said nothing", "said so", "said goodbye", "said for years". */
const NOT_CLAUSE_STARTS = /^(?:nothing|so|yes|no|goodbye|hello|little|much|more|less|otherwise|for|with|by|about|of|as|than|to|into|from|over|under|through|and|or|but)$/i;
const ADJUNCT_STARTS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'late', 'early', 'earlier', 'later', 'yesterday', 'today', 'recently', 'previously', 'again', 'also', 'repeatedly', 'publicly', 'privately']);
const MIN_CLAUSE_TOKENS = 3;
/** A time word that is an adjunct on its own, right after the cue: "said Monday", "told reporters yesterday". */
const BARE_TIME_ADJUNCT = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/i;
const FINITE_AFTER_SUBJECT = /^(?:is|was|will|would|has|had|could|should|might|must|can|marks|marked)$/i;
/** Words that may follow "…, X said" at the end of a sentence: adjuncts, or an addressee ("told Reuters"). */
const TAIL_STARTS = /^(?:on|in|at|to|during|after|before|last|this|yesterday|today|tonight|earlier|later|recently|when|while|as|from|via|reporters|journalists|the|a|an|us|me|him|her|them|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** A reported clause longer than this is not one clause (and the cap keeps hostile input linear). */
const MAX_CLAUSE_TOKENS = 120;
const END_PUNCT = /[.!?;:]$/;
/** A currency sign opening an amount ("£100m", "$2bn"). */
const AMOUNT_START = /^[£$€¥]$/;

export function findReported(ctx: AttributionContext): { clauses: ReportedClause[]; paragraphSpeakers: Map<number, Attribution[]> } {
  const { doc, inQuote } = ctx;
  const clauses: ReportedClause[] = [];
  const paragraphSpeakers = new Map<number, Attribution[]>();
  for (const s of doc.sentences) {
    for (let c = s.tokenStart; c < s.tokenEnd; c++) {
      // this loop visits every token of the document, and few words start a cue: the word test
      // first spares the rest of cueAt (which asks the same first) for all the others
      if (!mayStartCue(doc.tokens[c]!)) continue;
      const cue = cueAt(doc, c, inQuote);
      if (cue === null) continue;
      const progressive = progressiveCueAsPast(doc, c);
      // "The minister had been saying …, but …, the spokesman said.": a progressive report reads as one
      // only when no other cue follows it in its sentence (the later one is the report's frame)
      if (progressive !== undefined && hasCueAfter(ctx, c, s.tokenEnd)) continue;
      const word = progressive ?? doc.tokens[c]!.lower;
      const mention = speakerOfCue(ctx, cue, s.tokenStart, s.tokenEnd);
      if (mention === null || looksLikeNounUse(ctx, cue, mention)) continue;
      const cueSpan = { start: doc.tokens[cue.first]!.start, end: doc.tokens[cue.last]!.end, text: '' };
      cueSpan.text = doc.text.slice(cueSpan.start, cueSpan.end);
      const attribution: Attribution = { mention, cue: cueSpan, rule: 'reported-clause' };
      const block = blockAt(ctx, doc.tokens[c]!.start);
      const spoken = paragraphSpeakers.get(block);
      if (spoken === undefined) paragraphSpeakers.set(block, [attribution]);
      else spoken.push(attribution); // sentences and cues come in text order
      if (cue.phrase) {
        // "X said …, according to Y": the sentence already has its report (the inner source's)
        const reportedHere = clauses.length > 0 && clauses[clauses.length - 1]!.end > s.start;
        const clause = reportedHere ? null : accordingToClause(ctx, cue, mention, s.tokenStart, s.tokenEnd);
        if (clause !== null) clauses.push(reportedClause(clause, attribution));
        continue;
      }
      if (!SPEECH_VERBS.has(word) && !THAT_CLAUSE_VERBS.has(word)) continue;
      // "urged the watchdog to disclose that …", "so as to maintain support": an infinitive reports
      // nothing yet, but for the plain speech verbs ("went on to say that …")
      if (doc.tokens[cue.first - 1]?.lower === 'to' && !INFINITIVE_SPEECH.has(word)) continue;
      // "did not say how many …", "failed to confirm rumours …": a denied report reports nothing
      if (/^(?:not|never|n['’]t)$/i.test(doc.tokens[cue.first - 1]?.text ?? '') || /n['’]t$/i.test(doc.tokens[cue.first - 1]?.text ?? '')) continue;
      if (doc.tokens[cue.first - 1]?.lower === 'to' && DENYING_BEFORE_TO.test(doc.tokens[cue.first - 2]?.text ?? '')) continue;
      const subjectLeft = mention.end <= cueSpan.start;
      const clause =
        (subjectLeft ? clauseAfter(ctx, cue.last, s.tokenEnd, word, isRelativeSubject(ctx, mention)) : null) ??
        (SPEECH_VERBS.has(word) ? parenthetical(ctx, s.tokenStart, s.tokenEnd, mention, cue) : null) ??
        (SPEECH_VERBS.has(word) || (INFLECTED.test(word) && endsSentence(ctx, cue.last, s.tokenEnd)) ? clauseBefore(ctx, s.tokenStart, mention.start < cueSpan.start ? mention.start : cueSpan.start, s.tokenEnd, mention.end > cueSpan.end ? mention.end : cueSpan.end, word) : null);
      if (clause !== null) {
        clauses.push(reportedClause(clause, attribution));
        c = Math.max(c, doc.tokenIndexAt(clause.end) - 1);
      }
    }
  }
  return { clauses, paragraphSpeakers };
}

/** A cue after token `c` in its sentence (bounded by the sentence). */
function hasCueAfter(ctx: AttributionContext, c: number, sentenceEnd: number): boolean {
  for (let k = c + 1; k < sentenceEnd; k++) if (mayStartCue(ctx.doc.tokens[k]!) && cueAt(ctx.doc, k, ctx.inQuote) !== null) return true;
  return false;
}

/** The clause with the cue's attribution, under the clause's own rule. */
function reportedClause(clause: { start: number; end: number; rule: string }, attribution: Attribution): ReportedClause {
  return { start: clause.start, end: clause.end, attribution: { mention: attribution.mention, cue: attribution.cue, rule: clause.rule } };
}

/** Index of the quote block holding `offset` (binary search). */
function blockAt(ctx: AttributionContext, offset: number): number {
  let lo = 0;
  let hi = ctx.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ctx.blocks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "said (that) it was premature …": the clause to the end of the sentence. */
/** "which he said was failing": the subject follows a relative pronoun, so the report ends with the relative clause. */
function isRelativeSubject(ctx: AttributionContext, mention: SpeakerMention): boolean {
  const before = ctx.doc.tokens[ctx.doc.tokenIndexAt(mention.start) - 1];
  return before !== undefined && /^(?:which|who|whom|that)$/i.test(before.text);
}

function clauseAfter(ctx: AttributionContext, cueLast: number, sentenceEnd: number, verb: string, relative = false): { start: number; end: number; rule: string } | null {
  const { doc } = ctx;
  let i = cueLast + 1;
  if (ADDRESSEE_VERBS.has(verb) && doc.tokens[i]?.lower !== 'that') {
    const addressee = mentionStartingAt(doc, i, sentenceEnd);
    if (addressee !== null) i = doc.tokenIndexAt(addressee.end);
    else if (isBarePluralAddressee(doc, i, sentenceEnd)) i++;
    else return null;
  }
  // "said Monday (that) …": a bare time word is an adjunct of the cue; a comma after it ends the
  // attribution ("said Monday, reported the Associated Press", "said Monday, adding …"): no clause
  // ("said today is the day", "said Thursday's report …": the time word opens the clause when a finite verb or "'s" follows)
  if (i + 1 < sentenceEnd && BARE_TIME_ADJUNCT.test(doc.tokens[i]!.text) && !FINITE_AFTER_SUBJECT.test(doc.tokens[i + 1]!.text) && !/^['’]/.test(doc.tokens[i + 1]!.text)) {
    i++;
    if (i >= sentenceEnd || doc.tokens[i]!.kind === 'punct') return null;
  }
  // skip a short adjunct: "in a written statement", "on Wednesday"
  const adjunctStart = i;
  if (i < sentenceEnd && ADJUNCT_STARTS.has(doc.tokens[i]!.lower)) {
    let j = i;
    while (j < sentenceEnd && j - adjunctStart < 6 && doc.tokens[j]!.lower !== 'that' && doc.tokens[j]!.kind !== 'punct') j++;
    if (j < sentenceEnd && doc.tokens[j]!.lower === 'that') i = j;
    else if (j < sentenceEnd && doc.tokens[j]!.text === ',') i = j + 1;
    else return null;
  }
  if (i >= sentenceEnd) return null;
  const first = doc.tokens[i]!;
  if (first.lower === 'that') i++;
  else if (!BARE_CLAUSE_VERBS.has(verb)) return null;
  else if (first.kind !== 'word' && first.kind !== 'number') return null;
  else if ((NOT_CLAUSE_STARTS.test(first.text) && !opensAmount(ctx, i)) || (/ly$/i.test(first.text) && !CLAUSE_OPENERS.test(first.text))) return null;
  // "He claimed vast wealth and said it …": an object, then the verb that does take the clause
  else if (coordinatedCueWithin(ctx, i, sentenceEnd)) return null;
  // "he wrote the score for a musical": after "wrote", "tweeted", "posted" a bare clause needs a verb of its own
  else if (OBJECT_TAKING.has(verb) && !hasAuxiliaryWithin(ctx, i, sentenceEnd)) return null;
  else if (NOUN_OR_CLAUSE.has(verb) && pronounInfo(first.text) === undefined && first.lower !== 'there' && !hasClauseVerbWithin(ctx, i, sentenceEnd)) return null;
  const end = relative ? Math.min(nextCommaAt(doc, i), sentenceEnd) : clauseEnd(ctx, i, sentenceEnd);
  return clauseSpan(ctx, i, end, 'reported-clause');
}

/** "said about 20 people have …", "said more than half …": an amount opens the clause (its subject). */
function opensAmount(ctx: AttributionContext, i: number): boolean {
  const next = ctx.doc.tokens[i + 1];
  const after = ctx.doc.tokens[i + 2];
  return /^(?:about|more|less)$/i.test(ctx.doc.tokens[i]!.text) && next !== undefined && (next.kind === 'number' || (next.lower === 'than' && after?.kind === 'number'));
}

/** Speech verbs that also take a plain object ("wrote the score", "tweeted a photo"): a bare clause after them needs a verb of its own. */
const OBJECT_TAKING = new Set(['write', 'writes', 'wrote', 'tweet', 'tweets', 'tweeted']);
/**
 * Verbs whose object is as often a noun phrase as a clause ("announced a plan", "noted the uneven
 * way EU rules are applied"): a bare clause after them opens with a subject pronoun or "there"
 * ("announced it had reached …") or has its verb within its first words ("noted clients are beginning …").
 */
const NOUN_OR_CLAUSE = new Set(['announce', 'announces', 'announced', 'confirm', 'confirms', 'confirmed', 'reveal', 'reveals', 'revealed', 'note', 'notes', 'noted']);
const NOUN_OR_CLAUSE_VERB_WITHIN = 4;
const AUXILIARY = /^(?:is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|did|does|do)$/i;

/** An auxiliary in a bare clause's first words, before any relative pronoun ("a plan that would …" is an object). */
function hasClauseVerbWithin(ctx: AttributionContext, from: number, sentenceEnd: number): boolean {
  for (let k = from; k < sentenceEnd && k - from < NOUN_OR_CLAUSE_VERB_WITHIN; k++) {
    const text = ctx.doc.tokens[k]!.text;
    if (/^(?:that|which|who|whom|whose)$/i.test(text)) return false;
    if (AUXILIARY.test(text) || /n['’]t$/i.test(text)) return true;
  }
  return false;
}

function hasAuxiliaryWithin(ctx: AttributionContext, from: number, sentenceEnd: number): boolean {
  for (let k = from; k < sentenceEnd && k - from < 10; k++) if (AUXILIARY.test(ctx.doc.tokens[k]!.text) || /n['’]t$/i.test(ctx.doc.tokens[k]!.text)) return true;
  return false;
}

/** "… and said …" within a bare clause's first words: the later cue is the one that takes a clause. */
function coordinatedCueWithin(ctx: AttributionContext, from: number, sentenceEnd: number): boolean {
  const { doc } = ctx;
  for (let k = from; k < sentenceEnd - 1 && k - from < 8; k++) {
    if (/^and$/i.test(doc.tokens[k]!.text) && SPEECH_VERBS.has(doc.tokens[k + 1]!.lower)) return true;
  }
  return false;
}

/** Words after ", but" that go on with the reported clause: "said it would rise, but not by much", "but that …". */
const SAME_CLAUSE_AFTER_CONTRAST = /^(?:that|not|only|also|probably|perhaps|maybe|possibly|still|less|more|at)$/i;
/** Conjunctions that, after a comma, open a clause of the writer's own: "…, but he gave no details". */
const CONTRAST_JOINERS = /^(?:but|yet|while|whereas|although|though)$/i;
/** A subject opening a new clause after ", and": a pronoun or "the …" ("…, and he left"). */
const NEW_SUBJECT = /^(?:he|she|they|we|i|it|the|his|her|their|its|this|that|there)$/i;
/** Gerunds that open the speaker's next report: "…, adding that …", "…, saying …". */
const NEXT_REPORT = /^(?:adding|saying|noting|arguing|insisting|warning|claiming|explaining|stressing|according)$/i;

/**
 * Where a reported clause stops (exclusive token index): at a semicolon, or at a comma that opens
 * another clause — "…, but he gave no details", "…, and she left", "…, adding that …",
 * "…, according to …", "…, and said: …". The comma of "…, but that it needed work" keeps the clause going.
 */
function clauseEnd(ctx: AttributionContext, from: number, sentenceEnd: number): number {
  const { doc } = ctx;
  // a plain scan, not the document's break table: the scan stops within MAX_CLAUSE_TOKENS, and the
  // table costs a pass over every token of the document
  for (let k = from + MIN_CLAUSE_TOKENS; k < sentenceEnd - 1 && k - from < MAX_CLAUSE_TOKENS; k++) {
    const t = doc.tokens[k]!;
    if (!isClauseBreak(t.text)) continue;
    if (t.text === ';') return k;
    // "… was entertaining and insisted his team could …": the speaker's next report
    if (t.lower === 'and') {
      if (SPEECH_VERBS.has(doc.tokens[k + 1]!.lower)) return k;
      continue;
    }
    const joiner = doc.tokens[k + 1]!.text;
    const after = doc.tokens[k + 2]?.text ?? '';
    if (CONTRAST_JOINERS.test(joiner) && !SAME_CLAUSE_AFTER_CONTRAST.test(after)) return k;
    if (/^and$/i.test(joiner) && ((NEW_SUBJECT.test(after) && !/^that$/i.test(after)) || SPEECH_VERBS.has(after.toLowerCase()))) return k;
    if (NEXT_REPORT.test(joiner)) return k;
  }
  return sentenceEnd;
}

/** Where a clause may break: a comma, a semicolon, or "and". */
function isClauseBreak(w: string): boolean {
  return w === ',' || w === ';' || w === 'and' || w === 'And';
}

/** The next comma or semicolon at or after token `i` (skipping "and"). */
function nextCommaAt(doc: ArticleDoc, i: number): number {
  const next = nextCommaOrSemicolon(doc);
  let k = next[i] ?? doc.tokens.length;
  while (k < doc.tokens.length && /^and$/i.test(doc.tokens[k]!.text)) k = next[k + 1] ?? doc.tokens.length;
  return k;
}

/** How many tokens may come before a parenthetical attribution ("Even if the venture proves short-lived, X said, …"). */
const PARENTHETICAL_MAX_PREFIX = 40;
/** Words that open a subordinate clause right before a parenthetical attribution. */
const SUBORDINATOR = /^(?:since|because|that|although|though|if|when|whether|so|and|but)$/i;

/**
 * Per document: for each token, the index of the next ",", ";" or "and" token at or after it
 * (computed once, linear). Only a relative report ("which he said was …") asks for it: its clause
 * runs to the next comma with no bound of its own.
 */
const NEXT_BREAK = new WeakMap<ArticleDoc, Int32Array>();
function nextCommaOrSemicolon(doc: ArticleDoc): Int32Array {
  let next = NEXT_BREAK.get(doc);
  if (next === undefined) {
    next = new Int32Array(doc.tokens.length + 1);
    let at = doc.tokens.length;
    next[at] = at;
    for (let k = doc.tokens.length - 1; k >= 0; k--) {
      if (isClauseBreak(doc.tokens[k]!.text)) at = k;
      next[k] = at;
    }
    NEXT_BREAK.set(doc, next);
  }
  return next;
}

/**
 * reported-parenthetical: "The museum, Mr. Bush said, celebrated several of his heroes." — a cue with
 * its subject set off by commas inside the sentence: the whole sentence is the report.
 */
function parenthetical(ctx: AttributionContext, sentenceStart: number, sentenceEnd: number, mention: SpeakerMention, cue: Cue): { start: number; end: number; rule: string } | null {
  const { doc } = ctx;
  const m = doc.tokenIndexAt(mention.start);
  if (m - 1 <= sentenceStart || doc.tokens[m - 1]!.text !== ',' || mention.end > doc.tokens[cue.first]!.start) return null;
  // after the cue: a comma, possibly after a short adjunct ("he told me on Friday,")
  let k = cue.last + 1;
  while (k < sentenceEnd && k - cue.last <= 5 && doc.tokens[k]!.text !== ',' && doc.tokens[k]!.kind === 'word') k++;
  if (k >= sentenceEnd - MIN_CLAUSE_TOKENS || doc.tokens[k]!.text !== ',') return null;
  if (k > cue.last + 1 && !(ADJUNCT_STARTS.has(doc.tokens[cue.last + 1]!.lower) || BARE_TIME_ADJUNCT.test(doc.tokens[cue.last + 1]!.text) || mentionStartingAt(doc, cue.last + 1, k) !== null)) return null;
  // "… ID cards, which X decided had to go since, he said, the average Bobby …": after a
  // subordinator the report is the clause it opens, not the writer's sentence around it
  if (SUBORDINATOR.test(doc.tokens[m - 2]!.text)) return clauseSpan(ctx, k + 1, clauseEnd(ctx, k + 1, sentenceEnd), 'reported-parenthetical');
  if (m - 1 - sentenceStart > PARENTHETICAL_MAX_PREFIX) return null;
  for (let j = sentenceStart; j < m - 1; j++) if (ctx.inQuote[j] === 1) return null;
  return clauseSpan(ctx, sentenceStart, clauseEnd(ctx, k + 1, sentenceEnd), 'reported-parenthetical');
}

/**
 * according-to: "According to the poll, Clinton leads …" (the clause after the source's comma) and
 * "Clinton leads …, according to the poll." (the clause before). The source phrase must end its
 * clause: a comma or the end of the sentence follows it (within a few words the mention walk left out).
 */
function accordingToClause(ctx: AttributionContext, cue: Cue, mention: SpeakerMention, sentenceStart: number, sentenceEnd: number): { start: number; end: number; rule: string } | null {
  const { doc } = ctx;
  let k = doc.tokenIndexAt(mention.end);
  while (k < sentenceEnd && k - cue.last <= ACCORDING_SOURCE_MAX_TOKENS && doc.tokens[k]!.text !== ',' && !END_PUNCT.test(doc.tokens[k]!.text)) k++;
  const ended = k >= sentenceEnd || END_PUNCT.test(doc.tokens[k]!.text);
  if (!ended && doc.tokens[k]!.text !== ',') return null;
  let first = sentenceStart;
  while (first < cue.first && /^(?:but|and|yet|so|also)$/i.test(doc.tokens[first]!.text)) first++;
  if (cue.first === first) {
    if (ended) return null;
    return clauseSpan(ctx, k + 1, clauseEnd(ctx, k + 1, sentenceEnd), 'according-to-clause');
  }
  if (doc.tokens[cue.first - 1]!.text !== ',') return null;
  // "Clinton leads, according to the poll, by four points": mid-sentence, the whole sentence
  const end = ended ? cue.first - 1 : clauseEnd(ctx, k + 1, sentenceEnd);
  return clauseSpan(ctx, sentenceStart, end, 'according-to-clause');
}
/** How many words the source of "according to" may run past the mention walk ("a poll released last week"). */
const ACCORDING_SOURCE_MAX_TOKENS = 14;

/**
 * "told reporters Tuesday that …", "told supporters on Monday that …": a bare plural noun is the
 * addressee when "that", a bare time word or an adjunct follows it (not "told lies about …").
 */
function isBarePluralAddressee(doc: ArticleDoc, i: number, sentenceEnd: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (t === undefined || next === undefined || i + 1 >= sentenceEnd || t.kind !== 'word') return false;
  if (!/^\p{Ll}{3,}s$/u.test(t.text) || /(?:ss|us|is)$/.test(t.text)) return false;
  const w = next.lower;
  return w === 'that' || BARE_TIME_ADJUNCT.test(w) || ADJUNCT_STARTS.has(w);
}

/** "Turkey is strengthening …, Guler told Reuters.": the clause before the comma. */
function clauseBefore(ctx: AttributionContext, sentenceStart: number, attributionStart: number, sentenceEnd: number, attributionEnd: number, verb: string): { start: number; end: number; rule: string } | null {
  const { doc } = ctx;
  let a = doc.tokenIndexAt(attributionStart);
  // "…, elections chief Lord Rennard said.": the title a name mention leaves out (a name: not
  // "David James, the trouble-shooter they asked …")
  if (doc.tokens[a - 1]?.text !== ',' && startsUpperCase(doc.tokens[a]!.text)) a = titleStartBefore(doc, a, sentenceStart + 1);
  // "…, the IMF said.": the determiner the name mention leaves out
  if (a - 1 > sentenceStart && DETERMINERS.has(doc.tokens[a - 1]!.lower)) a--;
  const comma = a - 1;
  if (comma <= sentenceStart || doc.tokens[comma]!.text !== ',') return null;
  // only a short tail may follow the attribution ("told Reuters.", "said on Wednesday."), not an object ("said nothing")
  const after = doc.tokenIndexAt(attributionEnd);
  if (sentenceEnd - after > 6) return null;
  const next = doc.tokens[after];
  // (an amount is an object too: "…, BMW has announced £100m of new investment.")
  const tailOk = next === undefined || after >= sentenceEnd || (next.kind === 'punct' ? !AMOUNT_START.test(next.text) : next.kind === 'word' && (TAIL_STARTS.test(next.text) || (ADDRESSEE_VERBS.has(verb) && startsUpperCase(next.text))));
  if (!tailOk) return null;
  // "…, he said, but …": the report is the clause before, not the rest
  return clauseSpan(ctx, sentenceStart, comma, 'reported-before-cue');
}

function clauseSpan(ctx: AttributionContext, from: number, to: number, rule: string): { start: number; end: number; rule: string } | null {
  const { doc, inQuote } = ctx;
  let last = to - 1;
  while (last >= from && doc.tokens[last]!.kind === 'punct' && END_PUNCT.test(doc.tokens[last]!.text)) last--;
  if (last - from + 1 < MIN_CLAUSE_TOKENS || last - from + 1 > MAX_CLAUSE_TOKENS) return null;
  for (let k = from; k <= last; k++) if (inQuote[k] === 1 || /^["“”„«»]$/.test(doc.tokens[k]!.text)) return null;
  return { start: doc.tokens[from]!.start, end: doc.tokens[last]!.end, rule };
}
