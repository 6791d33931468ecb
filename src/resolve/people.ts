/** Group name mentions into people (surname coreference). STUB: replaced by the people work. */
import type { ArticleDoc } from '../doc/article.js';
import type { NameMention } from '../extract/people.js';
import type { PersonFact } from '../types.js';

export function resolvePeople(mentions: NameMention[], _doc: ArticleDoc): PersonFact[] {
  return mentions.map((m, i) => ({ id: `p${i + 1}`, name: m.text, roles: [], mentions: [m] }));
}
