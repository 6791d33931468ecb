/**
 * Mentions first: every candidate mention of the document, collected once, in text order.
 *
 *   names         every name mention of every person (already grouped by `resolvePeople`)
 *   speakers      the mention next to each quote's cue ("Shell said", "the firm said", "he said")
 *   pronouns      he/him/his/himself, she/her/…, it/its, they/them/their
 *   descriptions  "the/this" + a few lower-case words + a head noun that names a role, a person or an
 *                 organization ("the minister", "the former chief executive", "the 46-year-old",
 *                 "the company"), but not a title right before a name ("the minister Yasar Guler")
 *
 * One token scan plus one pass over the names and the quotes: linear in the document.
 */
import type { ArticleDoc } from '../../doc/article.js';
import { isWord, startsLowerCase, startsUpperCase, type Token } from '../../doc/tokenize.js';
import { isClauseCoordinator } from '../../doc/clauses.js';
import type { QuoteDraft } from '../../extract/quotes.js';
import { RELATIVE_PRONOUNS } from '../../extract/quotes/mentions.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/dates.js';
import { DEMONYMS, isPersonDemonym, isPlaceName } from '../../lexicon/places.js';
import { isAwardNoun } from '../../lexicon/non-person-words.js';
import { REFERRING_PRONOUNS } from '../../lexicon/pronouns.js';
import { FUNCTION_WORD_TAGS, lexiconTag, lexiconTags } from '../../nlp/compromise.js';
import type { PersonFact } from '../../types.js';
import { spanKeys } from '../../util/spans.js';
import type { Entity, EntityMention, MentionForm } from './model.js';
import { descriptionHead, isDescriptionHead, isOrganizationNoun } from './predicates.js';

/** Words after which a name is an object, not the subject of its clause ("a letter to Tony Blair"). */
const PREPOSITIONS = new Set([
  'of', 'to', 'for', 'with', 'from', 'by', 'against', 'about', 'at', 'on', 'in', 'into', 'onto', 'behind',
  'than', 'like', 'between', 'among', 'under', 'over', 'after', 'before', 'toward', 'towards', 'upon', 'via',
  'beside', 'besides', 'including', 'alongside', 'without', 'within', 'near', 'past', 'unlike', 'as',
]);

/** Determiners that make a description definite (in lower case): only these corefer with an entity named before. */
const DEFINITE_WORDS: ReadonlySet<string> = new Set(['the', 'this']);

/**
 * What `scanTokens` looks for, by a word's lower case: a referring pronoun or a definite determiner.
 * Every token's lower case is made once per distinct word (its hash with it), so one Map lookup per
 * token is all the scan asks of the words it does not want.
 */
const SCANNED_WORDS: ReadonlyMap<string, 'pronoun' | 'definite'> = new Map([
  ...[...REFERRING_PRONOUNS.keys()].map((p) => [p, 'pronoun'] as const),
  ...[...DEFINITE_WORDS].map((d) => [d, 'definite'] as const),
]);

/** How many words may stand between "the" and the head of a description ("the former chief executive"). */
const DESCRIPTION_MAX_WORDS = 4;

/** The possessive tokens (what `/^['’]s?$/` matches), as a Set: asked of every word after "the", whose hash its shared text keeps. */
const POSSESSIVES: ReadonlySet<string> = new Set(["'", "'s", '’', '’s']);
const isPossessive = (text: string): boolean => POSSESSIVES.has(text);

export interface MentionInput {
  doc: ArticleDoc;
  people: readonly PersonFact[];
  personEntities: ReadonlyMap<PersonFact, Entity>;
  quotes: readonly QuoteDraft[];
}

export function collectMentions({ doc, people, personEntities, quotes }: MentionInput): EntityMention[] {
  const quoted = quotedTokens(doc, quotes);
  const inRole = roleTokens(doc, people);
  const spanKey = spanKeys(doc.text.length);
  const bySpan = new Map<number | string, EntityMention>();
  // `text`, when the caller has it (a token's shared text, a description it read), saves a slice per mention
  const add = (start: number, end: number, form: MentionForm, entity: Entity | null, rule: string | null, text?: string): EntityMention => {
    const key = spanKey(start, end);
    const had = bySpan.get(key);
    if (had) return had;
    const first = doc.tokenIndexAt(start);
    const sentence = Math.max(0, doc.sentenceAt(start));
    const m: EntityMention = {
      start,
      end,
      text: text ?? doc.text.slice(start, end),
      form,
      sentence,
      paragraph: doc.sentences[sentence]?.paragraph ?? 0,
      subject: isSubjectLike(doc, first, doc.tokenIndexAt(end), inRole),
      // every optional field is present from the start, so all mentions share one object shape
      // (a field added later gives V8 a new shape, and the code reading mentions deoptimizes)
      reportedSubject: undefined,
      quoted: quoted[first] === 1,
      speaker: false,
      pronoun: undefined,
      head: undefined,
      organizationNoun: undefined,
      definite: undefined,
      ownsRole: undefined,
      entity,
      rule,
    };
    bySpan.set(key, m);
    return m;
  };
  for (const person of people) {
    const entity = personEntities.get(person)!;
    for (const m of person.mentions) add(m.start, m.end, 'name', entity, m.rule);
  }
  for (const q of quotes) {
    if (q.speaker === null || !q.mentionKind) continue;
    const text = doc.text.slice(q.speaker.start, q.speaker.end);
    const kind: MentionForm = q.mentionKind === 'pronoun' ? (RELATIVE_PRONOUNS.has(text.toLowerCase()) ? 'relative' : 'pronoun') : q.mentionKind;
    // "said the New Zealander": an origin noun for one person describes someone, it names no one
    const demonym = kind === 'name' && isPersonDemonym(text);
    // "managing director of ISP Freedom2surf said": a lower-case head is a description, whatever it names
    const lowerHead = kind === 'name' && startsLowerCase(text) && isDescriptionHead(descriptionHead(text));
    const form: MentionForm = demonym || lowerHead ? 'description' : kind === 'description' && isCapitalizedName(text) ? 'name' : kind;
    const m = add(q.speaker.start, q.speaker.end, form, null, null);
    m.speaker = true;
    if (form === 'description') describe(m, demonym ? `${determinerBefore(doc, q.speaker.start)} ${text}` : text);
  }
  // 1 for every token inside a person's name mention
  const inName = markTokens(doc, people.flatMap((p) => p.mentions));
  addOtherOccurrences(doc, [...bySpan.values()].filter((m) => m.speaker && m.form === 'name' && m.entity === null), inName, add);
  addOrganizationCandidates(doc, inName, add);
  scanTokens(doc, inRole, (start, end, form, text, ownsRole) => {
    const m = add(start, end, form, null, null, text);
    if (form === 'description') describe(m, text);
    if (ownsRole) m.ownsRole = true;
  });
  const mentions = [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const m of mentions) {
    if (m.form === 'pronoun') {
      const lower = m.text.toLowerCase();
      const nominative = REFERRING_PRONOUNS.get(lower);
      if (nominative) m.pronoun = nominative;
      if (lower !== nominative) m.subject = false; // "him", "his", "its": never the subject
    }
  }
  demoteReportedMentions(doc, mentions);
  return mentions;
}

/**
 * reporting-subject: in a sentence with a cue, the speaker is the subject of the main clause and the
 * other mentions sit in what is reported ("Others targeted include Oliver Letwin …, Lord Rennard
 * said.", "Mr Blair has “…”, he said."): only the speaker keeps the subject's salience, as the
 * reporting clause's subject comes first in CoreNLP's tree order. One pass over the sorted mentions.
 */
function demoteReportedMentions(doc: ArticleDoc, mentions: readonly EntityMention[]): void {
  const speaking = new Set<number>();
  // "Trump called the assault “…,” but he also noted …": the sentence's first subject, before a speaker
  // pronoun that opens a coordinate clause, is the first clause's subject, not reported: it stays the
  // pronoun's antecedent (not "Trump" in "Ryan did give Trump credit …, but he suggested")
  const coordinated = new Set<number>();
  for (const m of mentions) {
    if (!m.speaker || m.quoted || !m.subject) continue;
    speaking.add(m.sentence);
    if (m.form === 'pronoun' && isClauseCoordinator(doc.tokens, doc.tokenIndexAt(m.start) - 1)) coordinated.add(m.sentence);
  }
  const firstSubjects = new Set<EntityMention>();
  const seen = new Set<number>();
  for (const m of mentions) {
    // (a name that is nobody's, "the F.B.I. director", is no person's subject)
    if (!m.subject || m.quoted || seen.has(m.sentence) || (m.form === 'name' && m.entity === null)) continue;
    seen.add(m.sentence);
    if (coordinated.has(m.sentence) && !m.speaker && opensMainClause(doc, doc.tokenIndexAt(m.start))) firstSubjects.add(m);
  }
  for (const m of mentions) {
    if (m.speaker || m.quoted || !m.subject || !speaking.has(m.sentence) || firstSubjects.has(m)) continue;
    m.subject = false;
    m.reportedSubject = true;
  }
}

/**
 * "Shell is to pay … Shell said … the firm said": a name that speaks without being a person is
 * mentioned elsewhere too, and those mentions count for salience. Each name of at most five words,
 * looked up by its first word in one pass over the tokens.
 */
function addOtherOccurrences(
  doc: ArticleDoc,
  speakers: readonly EntityMention[],
  inName: Uint8Array,
  add: (start: number, end: number, form: MentionForm, entity: Entity | null, rule: string | null) => EntityMention,
): void {
  if (speakers.length === 0) return;
  const tokens = doc.tokens;
  const byFirst = new Map<string, string[][]>();
  for (const m of speakers) {
    const first = doc.tokenIndexAt(m.start);
    if (inName[first] === 1) continue;
    const words: string[] = [];
    for (let i = first; i < tokens.length && tokens[i]!.start < m.end; i++) words.push(tokens[i]!.text);
    if (words.length > 5 || !startsUpperCase(words[0] ?? '')) continue;
    const list = byFirst.get(words[0]!) ?? [];
    // a few forms per first word: each token is compared with a bounded list (linear time)
    if (list.length < MAX_FORMS_PER_WORD && !list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (let i = 0; i < tokens.length; i++) {
    // every form starts with a capital letter: no lookup for any other token
    if (!startsUpperCase(tokens[i]!.text) || inName[i] === 1) continue;
    const forms = byFirst.get(tokens[i]!.text);
    if (!forms) continue;
    for (const words of forms) {
      if (!words.every((w, k) => tokens[i + k]?.text === w)) continue;
      add(tokens[i]!.start, tokens[i + words.length - 1]!.end, 'name', null, null);
      break;
    }
  }
}

/** At most this many speaking names are looked for again per first word ("The Times", "The Sun", …). */
const MAX_FORMS_PER_WORD = 8;

/** Words inside an organization's name that are not capitalized ("Bank of England", "Marks & Spencer"). */
const NAME_JOINERS = new Set(['of', '&', 'for']);

/**
 * "Revenues at media group Reuters slipped … The company said": capitalized names that are no person,
 * place, month or weekday may be organizations that a later "the company" or "it" refers to. A
 * single capitalized word opening a sentence must not be a common word ("Analysts", "Shares").
 */
function addOrganizationCandidates(
  doc: ArticleDoc,
  inName: Uint8Array,
  add: (start: number, end: number, form: MentionForm, entity: Entity | null, rule: string | null) => EntityMention,
): void {
  const tokens = doc.tokens;
  // what the text capitalizes inside a sentence, and (asked of few words, so gathered on first use) what it writes in lower case
  const midCapitalized = new Set<string>();
  // the capitalized word tokens, in text order: a run opens only at one of them, so the runs are
  // looked for among these (about one token in six) rather than in a second pass over every token
  const capitalized: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || !startsUpperCase(t.text)) continue;
    capitalized.push(k);
    if (doc.sentences[t.sentence]?.tokenStart !== k) midCapitalized.add(t.text);
  }
  let lowerCase: Set<string> | undefined;
  const writesInLowerCase = (word: string) => (lowerCase ??= lowerCaseWords(tokens)).has(word);
  let resumeAt = 0; // the first token after the last run read
  for (let c = 0; c < capitalized.length; c++) {
    const i = capitalized[c]!;
    if (i < resumeAt || inName[i] === 1) continue;
    let first = i;
    let last = i;
    while (true) {
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if (isWord(next) && startsUpperCase(next.text) && inName[last + 1] === 0 && next.sentence === tokens[i]!.sentence) last++;
      else if (next !== undefined && NAME_JOINERS.has(next.text) && isWord(after) && startsUpperCase(after.text) && inName[last + 2] === 0) last += 2;
      else break;
    }
    resumeAt = last + 1;
    if (inName[last + 1] === 1) continue; // "Ms Boynton": the honorific of a name
    if (first === last && isWord(tokens[last + 1]) && isAwardNoun(tokens[last + 1]!.text)) continue; // "a Cesar prize": an award
    // "In January", "The US": a common word opening the sentence is no part of the name
    const opensSentence = doc.sentences[tokens[first]!.sentence]?.tokenStart === first;
    if (first < last && opensSentence && isCommonWord(tokens[first]!.text)) first++;
    if (!couldBeOrganization(doc, first, last, writesInLowerCase, midCapitalized)) continue;
    const m = add(tokens[first]!.start, tokens[last]!.end, 'name', null, null);
    const before = tokens[first - 1];
    // "media group Reuters", "US firm ISG": an organization noun right before the name
    if (isWord(before) && !startsUpperCase(before.text) && isOrganizationNoun(before.lower)) m.organizationNoun = before.lower;
  }
}

/** A word the lexicon knows as something other than a name ("In", "Revenues" is not, "Analysts" is). */
function isCommonWord(word: string): boolean {
  const tag = lexiconTag(word.toLowerCase());
  return tag !== undefined && tag !== 'Organization' && tag !== 'ProperNoun' && !(Array.isArray(tag) && tag.includes('ProperNoun'));
}

/**
 * Month and weekday names in one Set: asked of every capitalized run, whose lower case is a new string
 * each time, and a property lookup with such a string in the MONTHS and WEEKDAYS tables is slow (see `asMap`).
 */
const DATE_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);

/** Tags of places and times: such a capitalized word names no organization. */
const PLACE_OR_TIME_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'Demonym', 'WeekDay', 'Month', 'Date', 'Holiday']);

/** The words the text writes in lower case. */
function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (isWord(t) && !startsUpperCase(t.text)) words.add(t.text);
  return words;
}

function couldBeOrganization(doc: ArticleDoc, first: number, last: number, writesInLowerCase: (word: string) => boolean, midCapitalized: ReadonlySet<string>): boolean {
  // (most runs are one token, "The", "But", "He": its text and lower case as they are, no slice or split)
  const one = first === last ? doc.tokens[first]! : undefined;
  const text = one ? one.text : doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end).replace(/^the\s+/i, '');
  const lower = one ? one.lower : text.toLowerCase();
  const wordCount = one ? 1 : lower.split(/\s+/).length;
  const sentenceStart = doc.sentences[doc.tokens[first]!.sentence]?.tokenStart === first;
  // (the cheapest test first: most one-word runs are a sentence's first word, "The", "But", "He")
  if (wordCount === 1 && sentenceStart && !midCapitalized.has(text)) return false;
  if (wordCount > 6 || DEMONYMS.has(lower) || isPlaceName(lower) || DATE_WORDS.has(lower)) return false;
  if (text.length < 2 || /^(?:US|UK|EU|UN)$/.test(text)) return false;
  if (lexiconTags(lower).some((t) => PLACE_OR_TIME_TAGS.has(t))) return false;
  if (wordCount > 1 || !sentenceStart) return true;
  // one word opening a sentence ("Revenues", "Lufthansa"): a name only where the text capitalizes it
  // inside a sentence too (tested first, above), and not a word the lexicon or the text writes in lower case
  const singular = lower.replace(/s$/, '');
  return !(isCommonWord(text) || isCommonWord(singular) || writesInLowerCase(lower) || writesInLowerCase(singular));
}

/** "The Department of Justice", "The National Union of Journalists": a name with its article, no description. */
function isCapitalizedName(text: string): boolean {
  const all = text.split(/\s+/);
  const words = all.slice(1);
  // not "director of ISP Freedom2surf": a lower-case head before "of" is a description
  return startsUpperCase(all[0]!) && words.length > 0 && words.every((w) => startsUpperCase(w) || NAME_JOINERS.has(w) || w === 'the');
}

function describe(m: EntityMention, text: string): void {
  m.head = descriptionHead(text);
  const first = text.split(/\s+/)[0] ?? '';
  // "our correspondent said": the paper's own staff member, as definite as "the correspondent"
  m.definite = DEFINITE_WORDS.has(first.toLowerCase()) || (m.speaker && SPEAKER_DEFINITE.test(first));
}

/** A speaker description with this determiner is definite too: the newspaper's own ("our correspondent"). */
const SPEAKER_DEFINITE = /^our$/i;

/** The word right before `start` ("the" in "said the New Zealander"), or "". */
function determinerBefore(doc: ArticleDoc, start: number): string {
  const k = doc.tokenIndexAt(start) - 1;
  const t = doc.tokens[k];
  return t !== undefined && isWord(t) && t.sentence === doc.tokens[k + 1]?.sentence ? t.text : '';
}

/**
 * Pronouns and definite descriptions, in one pass over the tokens; `ownsRole` when the mention is
 * the possessive of a role attached to a person ("its chairman", "the company's chairman").
 */
function scanTokens(
  doc: ArticleDoc,
  inRole: Uint8Array,
  found: (start: number, end: number, form: MentionForm, text: string, ownsRole: boolean) => void,
): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const scanned = SCANNED_WORDS.get(t.lower);
    if (scanned === undefined || !isWord(t)) continue;
    if (scanned === 'pronoun') {
      // not "IT" or "HE" written in capitals (an acronym, a heading)
      if (!(t.text.length > 1 && t.text === t.text.toUpperCase())) found(t.start, t.end, 'pronoun', t.text, inRole[i + 1] === 1 && inRole[i] === 0);
      continue;
    }
    const last = descriptionEnd(tokens, i, inRole);
    if (last > i) found(t.start, tokens[last]!.end, 'description', doc.text.slice(t.start, tokens[last]!.end), isPossessive(tokens[last + 1]?.text ?? ''));
  }
}

/** The last token of a definite description opened by token `det`, or -1. */
function descriptionEnd(tokens: readonly Token[], det: number, inRole: Uint8Array): number {
  let last = -1;
  for (let j = det + 1; j < tokens.length && j - det <= DESCRIPTION_MAX_WORDS + 2; j++) {
    const u = tokens[j]!;
    // "the 46-year-old": a number glued to an age compound
    if (u.kind === 'number' || u.text === '-') continue;
    if (!isWord(u) || startsUpperCase(u.text) || isPossessive(u.text)) break;
    // "the play also earned a best actor", "the resignation of its chairman": a function word before
    // any head ends the noun phrase, so a head after it heads another one
    if (last < 0 && isFunctionWord(u.lower)) break;
    // (an age compound, "-year-old", is a head too: descriptionKind says 'age' of it)
    if (isDescriptionHead(u.lower)) last = j;
    else if (last >= 0) break;
  }
  if (last < 0) return -1;
  const next = tokens[last + 1];
  // "the minister Yasar Guler" is a title before a name; "the company's chief" is a possessive,
  // whose owner is a mention of its own when the chief is a person's role
  if (next !== undefined && isWord(next) && startsUpperCase(next.text)) return -1;
  if (next !== undefined && isWord(next) && modifiesNext(tokens[last]!.lower, next.lower)) return -1;
  if (next !== undefined && isPossessive(next.text) && !(inRole[last + 2] === 1 && isOrganizationNoun(tokens[last]!.lower))) return -1;
  return last;
}

/** No function word stands between "the" and its noun. */
function isFunctionWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => FUNCTION_WORD_TAGS.has(t));
}

/** compromise tags of a word that cannot be the noun a head modifies: a verb, an adverb, a function word. */
const NOT_NOUN_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord', 'Date', 'Value']);
/** Endings of a word that may be a verb or an adverb after a subject ("the official says", "the general added", "the chief currently", "doesn't"). */
const VERB_OR_ADVERB_ENDING = /(?:s|ed|ing|ly|n['’]t)$/;
/** Endings of an adjective that doubles as a person noun ("international", "general", "official", "principal"). */
const ADJECTIVE_ENDING = /al$/;

/**
 * "the general election", "the international community", "the official announcement", "the chief
 * government spokesman": a head that is also an adjective, right before a word that is neither a
 * verb nor an adverb, is that word's modifier, not a person. (A noun head before a noun, "the best
 * actor award", is left: compromise's word list cannot tell "the actor award" from "the actor hit".)
 */
function modifiesNext(head: string, next: string): boolean {
  if (!(ADJECTIVE_ENDING.test(head) || lexiconTags(head).includes('Adjective'))) return false;
  if (VERB_OR_ADVERB_ENDING.test(next)) return false;
  return !lexiconTags(next).some((t) => NOT_NOUN_TAGS.has(t));
}

/** 1 for every token inside quotation marks. */
function quotedTokens(doc: ArticleDoc, quotes: readonly QuoteDraft[]): Uint8Array {
  return markTokens(doc, quotes.filter((q) => q.kind !== 'indirect'));
}

/** 1 for every token inside a role phrase attached to a person ("chief executive" in "to chief executive X"). */
function roleTokens(doc: ArticleDoc, people: readonly PersonFact[]): Uint8Array {
  return markTokens(doc, people.flatMap((p) => p.roles));
}

/** 1 for every token that starts inside one of `spans`. */
function markTokens(doc: ArticleDoc, spans: readonly { start: number; end: number }[]): Uint8Array {
  const marks = new Uint8Array(doc.tokens.length);
  for (const span of spans) {
    for (let i = doc.tokenIndexAt(span.start); i < doc.tokens.length && doc.tokens[i]!.start < span.end; i++) marks[i] = 1;
  }
  return marks;
}

const HONORIFIC_OR_DOT = /^(?:Mr|Mrs|Ms|Dr|\.)$/;
/** At most this many title words are stepped over before a name. */
const SUBJECT_LOOKBACK = 12;

/** How many title words or capitalized words may precede a name that opens its clause ("the F.B.I. director, James B. Comey"). */
const CLAUSE_OPENING_LOOKBACK = 6;

/** The mention at token `first` opens its sentence or follows a comma ("In somber comments, Trump called"), not "did give Trump". */
function opensMainClause(doc: ArticleDoc, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && first - i <= CLAUSE_OPENING_LOOKBACK && (HONORIFIC_OR_DOT.test(doc.tokens[i]!.text) || (isWord(doc.tokens[i]) && startsUpperCase(doc.tokens[i]!.text) && doc.tokens[i]!.sentence === doc.tokens[first]!.sentence))) i--;
  const before = doc.tokens[i];
  return before === undefined || before.sentence !== doc.tokens[first]!.sentence || before.text === ',';
}

/** Not after a preposition (title words skipped) and not a possessive ("Ms Boynton's contract"). */
function isSubjectLike(doc: ArticleDoc, first: number, after: number, inRole: Uint8Array): boolean {
  const next = doc.tokens[after];
  if (next !== undefined && next.start === doc.tokens[after - 1]?.end && isPossessive(next.text)) return false;
  let i = first - 1;
  // over the title words before the name, a bounded number of them (linear time)
  while (i >= 0 && first - i <= SUBJECT_LOOKBACK && (inRole[i] === 1 || HONORIFIC_OR_DOT.test(doc.tokens[i]!.text))) i--;
  const before = doc.tokens[i];
  return !(before !== undefined && isWord(before) && PREPOSITIONS.has(before.lower));
}
