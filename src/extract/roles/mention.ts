/** The role mention of a title phrase read next to a name: the one builder every role rule calls. */
import type { RoleMention, SentenceView } from './types.js';
import type { NameRun } from './name-run.js';
import type { TitlePhrase } from './title-phrase.js';

export function roleMention(s: SentenceView, phrase: TitlePhrase, name: NameRun, rule: string, affiliation = phrase.affiliation): RoleMention {
  const start = s.tokens[phrase.firstToken]!.start;
  const end = s.tokens[phrase.endToken - 1]!.end;
  const m: RoleMention = {
    start,
    end,
    text: s.text.slice(start, end),
    title: phrase.title,
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
