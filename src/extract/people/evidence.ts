/**
 * Context evidence around a capitalized run: what stands right before it and right after it.
 * Each check is a small named rule; the rule name goes into the mention's `rule`.
 */
import { isWrittenInCapitals, startsUpperCase, startsLowerCase, wordLower, type Token } from '../../doc/tokenize.js';
import { SPEECH_VERBS_AFTER, SPEECH_VERBS_BEFORE } from '../../lexicon/person-cues.js';
import { APPOSITIVE_PERSON_HEADS, PERSON_NOUNS, PERSONAL_RELATION_NOUNS } from '../../lexicon/person-words.js';
import type { Run } from './pieces.js';
import { classifyWord, W } from './word-class.js';
import { stripAccents } from '../../util/text.js';
import { isPlaceName, townTier } from '../../lexicon/places.js';

export type ContextRule =
  | 'said-after-name'
  | 'verb-before-name'
  | 'person-noun-before-name'
  | 'age-after-name'
  | 'country-after-name'
  | 'scorer-minute'
  | 'scorecard-name'
  | 'named-before-name'
  | 'appositive-after-name'
  | 'appositive-after-person-noun'
  | 'place-possessive-before-name'
  | 'his-her-after-name'
  | 'relation-after-possessive'
  | 'vocative-name';

/** "a girl named Isabel", "a man called Frank". */
const NAMING_VERBS = new Set(['named', 'called', 'nicknamed', 'dubbed', 'christened', 'surnamed']);
const AGE = /^\d{1,2}$/;
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Cricket scorecard abbreviations around a player's name: "Atherton c Stewart b Cork 52", "lbw". */
const SCORECARD_AFTER = new Set(['c', 'b', 'lbw', 'st']);
const SCORECARD_BEFORE = new Set(['c', 'b']);

/** "Guler said", "Duran , 45 , takes", "Smith, who", "Smith (Britain)". First matching rule wins. */
export function contextAfter(tokens: readonly Token[], run: Run, sentenceEnd: number): ContextRule | null {
  const j = run.after;
  if (run.possessive) return null;
  const t = tokens[j];
  if (!t || j >= sentenceEnd) return null;
  const w = wordLower(t);
  if (SPEECH_VERBS_AFTER.has(w)) return 'said-after-name';
  // "( Riedle 8th , Heinrich 29th )": a goal scorer and the minute.
  if (t.kind === 'number' && ORDINAL.test(t.text)) return 'scorer-minute';
  if (SCORECARD_AFTER.has(t.text) || ((w === 'not' || w === 'run') && wordLower(tokens[j + 1]) === 'out')) return 'scorecard-name';
  if (t.text === ',') {
    const n = tokens[j + 1];
    if (n && n.kind === 'number' && AGE.test(n.text) && tokens[j + 2]?.text === ',') return 'age-after-name';
    if (wordLower(n) === 'who') return 'said-after-name';
    if (isPersonAppositive(tokens, j + 1, sentenceEnd)) return 'appositive-after-name';
  }
  if (t.text === '(' && isCountryInBrackets(tokens, j + 1, sentenceEnd)) return 'country-after-name';
  // "Eberhard Gruen and his colleagues", "Sam and his brother Dean": a person's pronoun right after
  // "and" (a firm is "and its"). Not when the run ends a place phrase ("moved to Paris and his family
  // followed"): the caller reads this only for name-shaped words that are no place.
  if (w === 'and' && j + 1 < sentenceEnd && HIS_HER.has(wordLower(tokens[j + 1]))) return 'his-her-after-name';
  return null;
}

const HIS_HER = new Set(['his', 'her']);

/** "Australian", "Japanese": a capitalized nationality adjective inside an appositive. */
function isDemonym(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && (classifyWord(text.toLowerCase()).flags & W.Demonym) !== 0;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their']);
/** Words after a person noun that end the appositive's head: "a writer ,", "leader of", "a lawyer who". */
const AFTER_HEAD = new Set([',', '.', ';', ':', ')', 'of', 'for', 'at', 'in', 'with', 'who', 'and', 'from', 'since']);

/**
 * "Ihara Saikaku , a 17th-century writer ,", "Massoud Barzani , leader of the KDP": after the comma,
 * an optional article and at most three lower-case words or numbers, then a person noun that heads
 * the phrase (the next token ends it, so "Hamas , the militant group" is no person). A person noun
 * that modifies a later word is stepped over: "K.C. Maurer, chief financial officer,".
 */
function isPersonAppositive(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  if (APPOSITIVE_OPENERS.has(wordLower(tokens[k]))) k++;
  for (let n = 0; n < 4 && k < end; n++, k++) {
    const t = tokens[k]!;
    const head = headWord(t);
    if (t.kind === 'word' && (PERSON_NOUNS.has(head) || APPOSITIVE_PERSON_HEADS.has(head))) {
      const next = tokens[k + 1];
      if (k + 1 >= end || (next !== undefined && AFTER_HEAD.has(next.lower))) return true;
      // Not the head yet: "chief financial officer", "executive vice chairman of".
      continue;
    }
    // "an Australian woman": a nationality word may modify the head.
    if (t.kind === 'word' && isDemonym(t.text)) continue;
    // "Mozilla Firefox , its main rival": "its" speaks of a thing.
    if (t.text === 'its' || !(t.kind === 'number' || (t.kind === 'word' && startsLowerCase(t.text)))) return false;
  }
  return false;
}

/** A head noun as the person-word lists spell it: an abbreviation in capitals in lower case ("the Labour MP", "its CEO"). */
function headWord(t: Token): string {
  return isWrittenInCapitals(t.text) && t.text.length <= 4 ? t.lower : t.text;
}

/** "( Britain )", "( South Korea )", "( U.S. )": one to three capitalized words, the first a place. */
function isCountryInBrackets(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && k < from + 3 && tokens[k]!.kind === 'word' && startsUpperCase(tokens[k]!.text)) k++;
  if (k === from || tokens[k]?.text !== ')') return false;
  const first = tokens[from]!.text;
  if (first.includes('.')) return true;
  if (first.length < 2) return false;
  const phrase = tokens.slice(from, k).map((x) => x.lower).join(' ');
  return (classifyWord(first.toLowerCase()).flags & (W.Place | W.Demonym)) !== 0 || isPlaceName(phrase);
}

/** "told Reuters"-style verbs and person nouns right before the run: "counterpart Murhaf Abu Qasra". */
export function contextBefore(tokens: readonly Token[], run: Run, sentenceStart: number): ContextRule | null {
  if (run.before < sentenceStart) return null;
  if (isNameAppositive(tokens, run, sentenceStart)) return 'appositive-after-person-noun';
  if (isAfterPlacePossessive(tokens, run, sentenceStart)) return 'place-possessive-before-name';
  if (isVocative(tokens, run, sentenceStart)) return 'vocative-name';
  const w = wordLower(tokens[run.before]);
  if (w === '' && !isQuoteOpening(tokens[run.before])) return null;
  if (PERSON_NOUNS.has(w) || isHyphenatedPersonNoun(w)) return 'person-noun-before-name';
  if (NAMING_VERBS.has(w) || isNameIs(tokens, run.before, sentenceStart)) return 'named-before-name';
  if (SCORECARD_BEFORE.has(tokens[run.before]!.text)) return 'scorecard-name';
  if (SPEECH_VERBS_BEFORE.has(w)) return 'verb-before-name';
  return null;
}

/** "my name is John", "her name's Isabel": a naming phrase, read like "named". */
function isNameIs(tokens: readonly Token[], before: number, sentenceStart: number): boolean {
  const verb = wordLower(tokens[before]);
  if (verb === "name's" || verb === 'name’s') return true;
  return verb === 'is' && before - 1 >= sentenceStart && wordLower(tokens[before - 1]) === 'name';
}

/** Greetings said to someone by name: "Hey Frank,", "Dear Isabel,". */
const GREETINGS = new Set(['hey', 'hi', 'hello', 'dear', 'thanks', 'bye', 'goodbye']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

function isQuoteOpening(t: Token | undefined): boolean {
  return t !== undefined && OPENING_QUOTES.has(t.text);
}

/**
 * Rule `vocative-name` (interviews, dialogue): a lone name spoken to, between a greeting and a comma
 * ("'Hey Frank, my name is John'", "Dear Isabel,"), or opening quoted words before a comma ("The
 * e-mail said, 'Frank, I have never bothered you'"). Read like "named" (a lone given name only, see
 * classify.ts): "'Well, ...'" and "Hello Kitty" (no comma) are no names.
 */
function isVocative(tokens: readonly Token[], run: Run, sentenceStart: number): boolean {
  if (run.pieces.length !== 1 || run.possessive || tokens[run.after]?.text !== ',') return false;
  const before = tokens[run.before];
  if (GREETINGS.has(wordLower(before))) return true;
  return isQuoteOpening(before) && (run.before === sentenceStart || run.before - 1 < sentenceStart || /^[,:]$/.test(tokens[run.before - 1]!.text) || run.before === 0);
}

/**
 * Rule `place-possessive-before-name`: "Morocco 's Salah Hissou", "Germany's Anna Schmidt", "Boston 's
 * Mo Vaughn": a name of two or three words right after the possessive of a country or a town
 * (GeoNames, 15,000 people or more) is a person of that place. Only for two words or more: a lone
 * word after it is as often a firm or a team ("Russia 's Gazprom"). What the words themselves say
 * still decides (organization and common words block it: "Britain 's Royal Navy").
 */
function isAfterPlacePossessive(tokens: readonly Token[], run: Run, sentenceStart: number): boolean {
  if (run.pieces.length < 2 || run.pieces.length > 3 || run.possessive) return false;
  let k = run.before;
  if (tokens[k]?.text === "'s" || tokens[k]?.text === '’s') k--;
  else if (tokens[k]?.text === 's' && tokens[k - 1]?.text === "'") k -= 2;
  else return false;
  const owner = k >= sentenceStart ? tokens[k] : undefined;
  if (owner === undefined || owner.kind !== 'word' || !startsUpperCase(owner.text) || owner.end !== tokens[k + 1]!.start && tokens[k + 1]!.text !== "'s") return false;
  // "Sri Lanka 's", "New Zealand 's": the place may have two words.
  const lower = owner.lower;
  const two = k - 1 >= sentenceStart && tokens[k - 1]!.kind === 'word' ? `${tokens[k - 1]!.lower} ${lower}` : '';
  const key = stripAccents(lower);
  if ((classifyWord(lower).flags & W.Place) !== 0 || townTier(key) > 0) return (classifyWord(lower).flags & (W.First | W.Surname)) === 0 || townTier(key) === 2;
  return two !== '' && isPlaceName(stripAccents(two));
}

/**
 * Rule `person-noun-before-name`, hyphenated: a lower-case compound whose first or last part is a
 * person noun ("rebel chief-of-staff Aslan Maskhadov", "president-elect", "co-founder", "ex-minister").
 */
function isHyphenatedPersonNoun(w: string): boolean {
  if (!w.includes('-')) return false;
  const parts = w.split('-');
  return parts.length <= 4 && parts.every((p) => /^\p{Ll}+$/u.test(p)) && (PERSON_NOUNS.has(parts[0]!) || PERSON_NOUNS.has(parts[parts.length - 1]!));
}

/**
 * Rule `appositive-after-person-noun`: the name stands between commas right after a lower-case
 * person noun: "His attorney , Hans-Otto Sieg , told", "the team's coach, Alireza Mehraban, said".
 * Both commas are needed ("the coach, Smith and Jones" lists; "a writer, Paris" places).
 */
function isNameAppositive(tokens: readonly Token[], run: Run, sentenceStart: number): boolean {
  if (run.possessive || tokens[run.before]?.text !== ',' || tokens[run.after]?.text !== ',' || run.before - 1 < sentenceStart) return false;
  const noun = tokens[run.before - 1]!;
  return noun.kind === 'word' && PERSON_NOUNS.has(noun.text);
}

/** Lower-case words that may stand between a possessive and the relation noun: "national security advisor". */
const MAX_RELATION_MODIFIERS = 3;

/**
 * Rule `relation-after-possessive`: "Obama's national security advisor", "Cruse 's wife": the run
 * ends on a possessive and a noun for a person's own relation or aide follows, after at most three
 * lower-case words ({@link PERSONAL_RELATION_NOUNS}). The caller reads it for a lone word that the
 * name lists know and that is no place: "Russia's advisers" stays a country.
 */
export function isRelationAfterPossessive(tokens: readonly Token[], run: Run, sentenceEnd: number): boolean {
  if (!run.possessive) return false;
  let k = run.after;
  if (tokens[k]?.text === "'s" || tokens[k]?.text === '’s') k++;
  else if (tokens[k]?.text === "'" && tokens[k + 1]?.text === 's') k += 2;
  for (let n = 0; n <= MAX_RELATION_MODIFIERS && k < sentenceEnd; n++, k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !startsLowerCase(t.text)) return false;
    if (PERSONAL_RELATION_NOUNS.has(t.text)) return true;
  }
  return false;
}
