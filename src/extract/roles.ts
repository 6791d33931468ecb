/**
 * Roles: titles and positions next to a person's name, with their affiliation.
 *
 * Reads only the ArticleDoc's tokens and lexicon lookups (no compromise parse). Each rule in
 * `roles/rules.ts` finds one surface form; a phrase claimed by an earlier rule is not read again by
 * a later one. A "counterpart" takes the title of the other party named before it in the same
 * sentence ("Turkish Defense Minister Yasar Guler and his Syrian counterpart Murhaf Abu Qasra").
 *
 * Affiliations come from the role phrase itself (a country adjective, a possessive, an
 * organization before the title, or "of/at ORG" after the title or the name), with one exception:
 * in a direct coordination of role+name pairs ("Syrian Foreign Minister X and General Intelligence
 * Director Y", "A, B and C"), a role with no affiliation of its own takes the one of the role before
 * it in the list (rule `affiliation-from-coordination`, see `roles/coordination.ts`).
 */
import type { ArticleDoc } from '../doc/article.js';
import { startsLowerCase, type Token } from '../doc/tokenize.js';
import { bySpan, overlaps } from '../util/spans.js';
import { inheritCoordinatedAffiliations } from './roles/coordination.js';
import { ROLE_RULES, type RoleMention, type SentenceView, type WordSet } from './roles/rules.js';

export type { RoleMention } from './roles/rules.js';

export function extractRoles(doc: ArticleDoc): RoleMention[] {
  const { seenLowerCase, capitalizedInside } = new CaseOfWords(doc.tokens);
  const found: RoleMention[] = [];
  for (const sentence of doc.sentences) {
    const view: SentenceView = {
      text: doc.text,
      tokens: doc.tokens,
      start: sentence.tokenStart,
      end: sentence.tokenEnd,
      seenLowerCase,
      capitalizedInside,
    };
    let inSentence: RoleMention[] = [];
    for (const rule of ROLE_RULES) inSentence = mergeUnclaimed(inSentence, rule.find(view));
    for (const m of inheritCoordinatedAffiliations(copyCounterpartTitles(inSentence), view)) found.push(m);
  }
  return found;
}

/**
 * `claimed` plus the mentions of `next` that overlap none of them, sorted by offset. Both lists are
 * sorted and free of overlaps within themselves (but for one title shared by a list of names), so
 * one linear merge does it.
 */
function mergeUnclaimed(claimed: RoleMention[], next: RoleMention[]): RoleMention[] {
  if (next.length === 0) return claimed;
  const sorted = [...next].sort(bySpan);
  const merged: RoleMention[] = [];
  let c = 0;
  for (const m of sorted) {
    while (c < claimed.length && claimed[c]!.end <= m.start) merged.push(claimed[c++]!);
    if (c < claimed.length && overlaps(claimed[c]!, m)) continue;
    // one plural title shared by the names of a list ("regulars A, B and C") keeps each of its roles
    const previous = merged[merged.length - 1];
    if (previous !== undefined && overlaps(previous, m) && !sharesTitle(previous, m)) continue;
    merged.push(m);
  }
  while (c < claimed.length) merged.push(claimed[c++]!);
  return merged;
}

/** The same title phrase read for another name of a list. */
function sharesTitle(a: RoleMention, b: RoleMention): boolean {
  return a.start === b.start && a.end === b.end && a.personStart !== b.personStart;
}

/** "his Syrian counterpart X": the title of the nearest role before it in the sentence. */
function copyCounterpartTitles(roles: RoleMention[]): RoleMention[] {
  let other: RoleMention | undefined;
  return roles.map((role) => {
    if (!role.counterpart) {
      other = role;
      return role;
    }
    return other ? { ...role, title: other.title, rule: 'counterpart-title' } : role;
  });
}

/**
 * Every word the text writes starting in lower case, and (lower-cased) every word it capitalizes
 * inside a sentence, not as its first word ("Labour" is a name there, "Motorcycle" only opens one).
 * Read from all the tokens when first asked: most documents never ask (the rules ask only about a
 * sentence's first word when it may narrow a title).
 */
class CaseOfWords {
  private sets: { seenLowerCase: Set<string>; capitalizedInside: Set<string> } | null = null;
  readonly seenLowerCase: WordSet = { has: (word) => this.read().seenLowerCase.has(word) };
  readonly capitalizedInside: WordSet = { has: (word) => this.read().capitalizedInside.has(word) };

  constructor(private readonly tokens: readonly Token[]) {}

  private read(): { seenLowerCase: Set<string>; capitalizedInside: Set<string> } {
    if (this.sets !== null) return this.sets;
    const seenLowerCase = new Set<string>();
    const capitalizedInside = new Set<string>();
    const tokens = this.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      if (startsLowerCase(t.text)) seenLowerCase.add(t.text);
      else if (k > 0 && tokens[k - 1]!.sentence === t.sentence) capitalizedInside.add(t.lower);
    }
    this.sets = { seenLowerCase, capitalizedInside };
    return this.sets;
  }
}
