/** The role mention of a title phrase read next to a name: the one builder every role rule calls. */
import type { RoleMention, SentenceView } from './types.js';
import { isHead, isTimePrefix } from './words.js';
import type { NameRun } from './name-run.js';
import type { TitlePhrase } from './title-phrase.js';

export function roleMention(s: SentenceView, phrase: TitlePhrase, name: NameRun, rule: string, affiliation = phrase.affiliation): RoleMention {
  const start = s.tokens[phrase.firstToken]!.start;
  const end = s.tokens[phrase.endToken - 1]!.end;
  const m: RoleMention = {
    start,
    end,
    text: s.text.slice(start, end),
    title: sentenceCaseLowered(s, phrase),
    affiliation,
    rule,
    personStart: name.start,
    personEnd: name.end,
  };
  if (phrase.counterpart) m.counterpart = true;
  if (phrase.possessor !== null && affiliation === null) {
    m.possessorStart = s.tokens[phrase.possessor.firstToken]!.start;
    m.possessorEnd = s.tokens[phrase.possessor.endToken - 1]!.end;
  }
  return m;
}

/**
 * "Manager Brian Kerr met them", "Sprinters A and B": a lower-case title whose first word is
 * capitalized only because it opens the sentence is written in lower case ("manager"). Kept as
 * written: a capitalized title ("Secretary General", "Lord Chancellor"), an acronym ("MP"), a word
 * the text capitalizes inside a sentence too ("President"), and a first word that is no head or
 * time prefix ("Olympic 100m champion", "Motorcycle racer").
 */
function sentenceCaseLowered(s: SentenceView, phrase: TitlePhrase): string {
  const first = s.tokens[phrase.firstToken]!;
  const title = phrase.title;
  if (phrase.firstToken !== s.start || title[0] !== first.text[0] || !/^[A-Z][a-z]/.test(title)) return title;
  const [head = '', ...rest] = title.split(' ');
  const word = head.toLowerCase();
  if (rest.some((w) => /^[A-Z]/.test(w))) return title;
  if (!isHead(word) && !isTimePrefix(word) && !word.startsWith('ex-')) return title;
  if (s.capitalizedInside.has(first.lower)) return title;
  return title[0]!.toLowerCase() + title.slice(1);
}
