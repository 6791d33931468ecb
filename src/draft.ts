/**
 * The draft every pipeline stage reads and fills (see `pipeline.ts` for the stages in order). It lives
 * apart from the pipeline so that a stage can name its type without importing the pipeline itself.
 */
import type { ArticleDoc } from './doc/article.js';
import type { NameMention } from './extract/people.js';
import type { RoleMention } from './extract/roles.js';
import type { DateDraft } from './extract/dates/index.js';
import type { QuoteDraft } from './extract/quotes.js';
import type { EntityModel } from './resolve/entities/index.js';
import type { DateFact, ExtractOptions, FactKind, NumberFact, PersonFact, QuoteFact, ReferenceDate } from './types.js';

/** Everything the stages share. Extractors fill the `found*` slots; resolvers fill the rest. */
export interface Draft {
  readonly doc: ArticleDoc;
  readonly options: ExtractOptions;
  readonly wanted: ReadonlySet<FactKind>;
  referenceDate: ReferenceDate | null;
  foundNames: NameMention[];
  foundRoles: RoleMention[];
  foundDates: DateDraft[];
  foundQuotes: QuoteDraft[];
  dates: DateFact[];
  numbers: NumberFact[];
  /** Who is who: people, organizations and what refers to them (the entity model). */
  entities: EntityModel | null;
  people: PersonFact[];
  quotes: QuoteFact[];
}
