/** Link quotes to speakers. STUB: replaced by the quotes work. */
import type { ArticleDoc } from '../doc/article.js';
import type { QuoteDraft } from '../extract/quotes.js';
import type { RoleMention } from '../extract/roles.js';
import type { PersonFact, QuoteFact } from '../types.js';

export function resolveSpeakers(quotes: QuoteDraft[], _people: PersonFact[], _roles: RoleMention[], _doc: ArticleDoc): QuoteFact[] {
  return quotes;
}
