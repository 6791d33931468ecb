/**
 * Roles stated by a predicate whose subject is a name (or a name and ", who"):
 *
 *   name-was-appointed-title  "X was appointed chief executive", "X, who was named coach in May"
 *   name-became-title         "X became chairman of Y", "X, who became the first minister"
 *   name-as-title             "X quit as home secretary", "X will stay on as manager"
 *   name-is-title             "X, who is a lawyer at Y,", "X is chief executive of Y." (a main-clause
 *                             copula needs the organization or country: "X was best actress" is no role)
 *   name-succeeded-as-title   "X succeeded Y as chairman": the role is X's
 *   object-succeeded-as-title the other party's post: "X replaced Herbert Demel as chief executive"
 *                             (former), "X will succeed Shiro Tsuda as president" (current)
 *   object-appointed-as-title "Wolves appoint Hoddle as manager", "bring in Velimir Zajec as executive
 *                             director": an active verb of appointment, its object, "as" and the title
 *
 * The subject is the name right before the verb group (an auxiliary and adverbs may stand between),
 * or "he"/"she" (rules `pronoun-was-appointed-title`, …: the entity model says whom it refers to);
 * an active "named"/"appointed" ("Blair named Brown chancellor") is the object's role and is not
 * read. The title is read as an appositive is (`titleStartingAt`).
 */
import { nameAfter, nameBefore, skipHonorific, type NameRun } from './name-run.js';
import type { RoleMention, SentenceView } from './types.js';
import { roleMention } from './mention.js';
import { TITLE_DETERMINERS, titleStartingAt, type TitlePhrase } from './title-phrase.js';
import { isCapitalized, isWord } from './words.js';

/** Auxiliaries of a verb group: "was", "has been", "will be", "is to be". */
const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'have', 'been', 'be', 'being', 'will', 'would', 'to', 'were', 'are', 'now', 'then', 'also', 'later', 'since', 'once', 'recently', 'formally', 'officially', 'subsequently', 'eventually']);
const MAX_VERB_GROUP = 4;
const MAX_NAME_WORDS = 5;

/** Passive verbs of appointment: "was appointed", "has been named". */
const APPOINTED = new Set(['appointed', 'named', 'elected', 're-elected', 'reappointed', 'made', 'installed', 'promoted', 'nominated', 'chosen', 'selected', 'confirmed', 'hired', 'recruited', 'sworn', 'created', 'unveiled']);
/** "became", "has become"; not "becomes"/"will become", which news uses for what may happen. */
const BECAME = new Set(['became', 'become']);
/** A title opening with one of these ranks the person, it names no post: "the first candidate to", "best actress". */
const RANKING_WORDS = new Set(['first', 'last', 'only', 'next', 'best', 'worst', 'final', 'latest']);
/** Verbs that take the role after "as": "quit as", "served as", "took over as". */
const AS_VERBS = new Set([
  'quit', 'quits', 'resign', 'resigned', 'resigns', 'serve', 'served', 'serves', 'retire', 'retired', 'retires',
  'step', 'stepped', 'steps', 'stand', 'stood', 'stands', 'take', 'took', 'takes', 'continue', 'continues',
  'continued', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'return', 'returned', 'returns',
  'start', 'started', 'join', 'joined', 'sacked', 'dismissed', 'replaced', 'ousted', 'reinstated',
]);
/** Particles between such a verb and "as": "stepped down as", "took over as", "stay on as". */
const AS_PARTICLES = new Set(['down', 'over', 'on', 'aside', 'up', 'in']);
const COPULAS = new Set(['is', 'was', 'remains']);
const SUCCEEDED = new Set(['succeeded', 'succeeds', 'replaced', 'replaces', 'succeed', 'replace']);

type PredicateKind = 'appointed' | 'became' | 'as' | 'copula' | 'succeeded';

const RULE_NAMES: Record<PredicateKind, string> = {
  appointed: 'name-was-appointed-title',
  became: 'name-became-title',
  as: 'name-as-title',
  copula: 'name-is-title',
  succeeded: 'name-succeeded-as-title',
};

function word(s: SentenceView, k: number): string {
  const t = s.tokens[k];
  return k < s.end && isWord(t) ? t.lower : '';
}

/** Words that make the clause a condition: "if he became king", "unless Smith is elected". */
const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** Personal pronouns that may stand as the subject: the entity model says whom they refer to. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

interface Subject {
  name: NameRun;
  relative: boolean;
  /** "He was appointed …": the subject is a pronoun, attached to a person through the entity model. */
  pronoun: boolean;
}

/** The subject of a verb group starting at token `v`: "X was…", "X, who was…" or "He was…". */
function subjectBefore(s: SentenceView, v: number): Subject | null {
  if (word(s, v - 1) === 'who' && s.tokens[v - 2]?.text === ',') {
    const name = nameBefore(s.tokens, v - 3, s.start);
    return name !== null && !name.possessive ? { name, relative: true, pronoun: false } : null;
  }
  if (SUBJECT_PRONOUNS.has(word(s, v - 1))) {
    const t = s.tokens[v - 1]!;
    return { name: { firstToken: v - 1, endToken: v, start: t.start, end: t.end, possessive: false }, relative: false, pronoun: true };
  }
  const name = nameBefore(s.tokens, v - 1, s.start);
  return name !== null && !name.possessive ? { name, relative: false, pronoun: false } : null;
}

/** The verb group from token `v`: auxiliaries and adverbs, then the verb; with the token after the verb. */
function verbAt(s: SentenceView, v: number): { verb: string; aux: string[]; next: number } | null {
  const aux: string[] = [];
  let k = v;
  while (k < s.end && k - v < MAX_VERB_GROUP) {
    const w = word(s, k);
    if (w === '') return null;
    const isLast = !AUXILIARIES.has(w) || (COPULAS.has(w) && !AUXILIARIES.has(word(s, k + 1)) && !isPredicateVerb(word(s, k + 1)));
    if (isLast) return { verb: w, aux, next: k + 1 };
    aux.push(w);
    k++;
  }
  return null;
}

/** The verbs of the predicates read here, in one table: the test runs at every word. */
const PREDICATE_VERBS: ReadonlySet<string> = new Set([...APPOINTED, ...BECAME, ...AS_VERBS, ...SUCCEEDED]);
/** The words a verb group may open with: an auxiliary, a predicate verb or a copula. */
const VERB_GROUP_OPENERS: ReadonlySet<string> = new Set([...AUXILIARIES, ...PREDICATE_VERBS, ...COPULAS]);

function isPredicateVerb(w: string): boolean {
  return PREDICATE_VERBS.has(w);
}

/** Where the title starts after the verb, and which predicate it is; null when none applies. */
function titleStart(s: SentenceView, verb: string, aux: readonly string[], next: number): { at: number; kind: PredicateKind; other?: number } | null {
  // "to serve as President", "if X becomes president", "X would become": wishes and conditions, no roles
  if (aux.includes('to') || aux.includes('would')) return null;
  const passive = aux.some((a) => a === 'was' || a === 'is' || a === 'been' || a === 'be' || a === 'were' || a === 'being');
  if (APPOINTED.has(verb) && passive) {
    let at = next;
    if (verb === 'sworn' && word(s, at) === 'in') at++;
    if (word(s, at) === 'as') at++;
    return { at, kind: 'appointed' };
  }
  const perfect = aux.some((a) => a === 'has' || a === 'have' || a === 'had');
  if (verb === 'became' || (BECAME.has(verb) && perfect)) return { at: next, kind: 'became' };
  if (AS_VERBS.has(verb)) {
    let at = next;
    if (AS_PARTICLES.has(word(s, at))) at++;
    if (word(s, at) === 'as') return { at: at + 1, kind: 'as' };
  }
  if (SUCCEEDED.has(verb) && !passive) {
    // the other party: capitalized words up to "as" ("succeeded Robert Hall as chairman")
    let k = skipHonorific(s.tokens, next, s.end);
    while (k < s.end && k - next < MAX_NAME_WORDS && isCapitalized(s.tokens[k])) k++;
    if (k > next && word(s, k) === 'as') return { at: k + 1, kind: 'succeeded', other: next };
  }
  if (COPULAS.has(verb) && aux.length === 0) return { at: next, kind: 'copula' };
  return null;
}

/** A copula title must end the clause: "X is chief executive of Y." but not "X is a lawyer's dream". */
function endsClause(s: SentenceView, k: number): boolean {
  if (k >= s.end) return true;
  const t = s.tokens[k]!;
  return t.kind === 'punct' ? [',', '.', ';', ':', ')', '—', '–', '"', '”'].includes(t.text) : ['and', 'since', 'until', 'when', 'who'].includes(word(s, k));
}

/** The phrase holds "of/at/for" + its organization: "chief executive of Acme", "manager at Southampton". */
function namesOrganization(s: SentenceView, phrase: TitlePhrase): boolean {
  if (phrase.affiliation === null) return false;
  for (let k = phrase.firstToken; k < phrase.endToken; k++) if (['of', 'at', 'for'].includes(word(s, k))) return true;
  return false;
}

function opensWithRanking(s: SentenceView, phrase: TitlePhrase): boolean {
  let k = phrase.firstToken;
  if (TITLE_DETERMINERS.has(word(s, k))) k++;
  const w = word(s, k);
  return RANKING_WORDS.has(w) || (w.length > 5 && w.endsWith('est'));
}


/** Active verbs whose object takes the post after "as": "appointed Hoddle as manager", "hired X as coach". */
const APPOINTING: ReadonlySet<string> = new Set([
  'appoint', 'appoints', 'appointed', 'appointing', 'name', 'names', 'named', 'naming', 'hire', 'hires', 'hired',
  'install', 'installs', 'installed', 'recruit', 'recruits', 'recruited', 'pick', 'picks', 'picked', 'choose',
  'chooses', 'chose', 'nominate', 'nominates', 'nominated', 'elect', 'elects', 'elected', 'unveil', 'unveils', 'unveiled',
]);
/** "bring in X as …", "brought in X as …": a verb that appoints only with its particle. */
const BRINGING_IN: ReadonlySet<string> = new Set(['bring', 'brings', 'brought', 'bringing']);

/** The role of an appointed object: "Wolves appoint Hoddle as manager" (rule `object-appointed-as-title`). */
function objectAsTitle(s: SentenceView, as: number): RoleMention | null {
  const name = nameBefore(s.tokens, as - 1, s.start);
  if (name === null || name.possessive) return null;
  const before = name.firstToken - 1;
  const appointing = APPOINTING.has(word(s, before)) || (word(s, before) === 'in' && BRINGING_IN.has(word(s, before - 1)));
  if (!appointing) return null;
  const phrase = titleStartingAt(s.text, s.tokens, as + 1, s.end);
  if (phrase === null || phrase.counterpart || opensWithRanking(s, phrase)) return null;
  return roleMention(s, phrase, name, 'object-appointed-as-title');
}

/**
 * Rule `object-succeeded-as-title`: the post the other party of "succeeded"/"replaced" held, "former"
 * when the verb is past ("X has replaced Herbert Demel as chief executive": Demel was), as it is when
 * the change is still to come ("X will succeed Shiro Tsuda as president": Tsuda is).
 */
function outgoingRole(s: SentenceView, phrase: TitlePhrase, other: number, verb: string, aux: readonly string[]): RoleMention | null {
  const name = nameAfter(s.tokens, other, s.end);
  if (name === null || name.possessive || word(s, name.endToken) !== 'as') return null;
  const role = roleMention(s, phrase, name, 'object-succeeded-as-title');
  const past = PAST_SUCCEEDED.has(verb) && !aux.includes('will');
  if (past && !/^(?:former|ex-)/i.test(role.title)) role.title = `former ${role.title}`;
  return role;
}

const PAST_SUCCEEDED: ReadonlySet<string> = new Set(['succeeded', 'replaced']);

/** Every predicate role of one sentence. */
export function findPredicateRoles(s: SentenceView): RoleMention[] {
  const found: RoleMention[] = [];
  for (let v = s.start + 1; v < s.end - 1; v++) {
    const t = s.tokens[v]!;
    if (isWord(t) && t.lower === 'as') {
      const role = objectAsTitle(s, v);
      if (role !== null) {
        found.push(role);
        continue;
      }
    }
    if (!isWord(t) || !VERB_GROUP_OPENERS.has(t.lower)) continue;
    // a verb group starts right after the subject (or ", who")
    const prev = s.tokens[v - 1]!;
    if (isWord(prev) && AUXILIARIES.has(prev.lower)) continue;
    const subject = subjectBefore(s, v);
    // "If he became king, …": a condition, no post held
    if (subject === null || CONDITIONALS.has(word(s, subject.name.firstToken - 1))) continue;
    const group = verbAt(s, v);
    if (group === null) continue;
    const start = titleStart(s, group.verb, group.aux, group.next);
    if (start === null) continue;
    // the copula reads relative clauses only ("X, who is a lawyer,") or a title that ends the clause
    const phrase = titleStartingAt(s.text, s.tokens, start.at, s.end);
    if (phrase === null || phrase.counterpart) continue;
    // A copula states a position only in a relative clause or with whom it is held ("X is chief
    // executive of Y"); "X was best actress", "X is the final contender" are no roles.
    if (start.kind === 'copula' && (!endsClause(s, phrase.endToken) || (!subject.relative && !namesOrganization(s, phrase)))) continue;
    if (opensWithRanking(s, phrase)) continue;
    const role = roleMention(s, phrase, subject.name, RULE_NAMES[start.kind]);
    if (subject.pronoun) {
      role.rule = role.rule.replace(/^name-/, 'pronoun-');
      role.pronounSubject = true;
    }
    found.push(role);
    if (start.other !== undefined) {
      const outgoing = outgoingRole(s, phrase, start.other, group.verb, group.aux);
      if (outgoing !== null) found.push(outgoing);
    }
    v = phrase.endToken - 1;
  }
  return found;
}
