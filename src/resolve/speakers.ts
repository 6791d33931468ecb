/**
 * Speakers through the entity model: each quote's speaker mention (the "Guler", "he" or "the
 * company" next to the cue) is looked up in the model (`resolve/entities/`), which says whom it
 * refers to and which sieve linked it.
 *
 * - a person: `speaker.name` is the person's canonical name, `speaker.personId` its id;
 * - an organization ("Shell said", "the firm said" after Shell): its name, and `kind: 'organization'`
 *   when the text shows it to be one;
 * - nothing (an unnamed source such as "a spokesman"): the mention text as it is, no `personId`.
 *
 * `start`/`end` stay on the mention next to the cue.
 */
import type { QuoteDraft } from '../extract/quotes.js';
import type { QuoteFact, Speaker } from '../types.js';
import type { EntityModel } from './entities/index.js';

/** The attribution rule whose speaker is a paragraph's subject, named without any cue: kept only for a person. */
const SUBJECT_WITHOUT_CUE_RULE = 'paragraph-subject';

export function resolveSpeakers(quotes: readonly QuoteDraft[], model: EntityModel): QuoteFact[] {
  return quotes.map((draft) => {
    const { mentionKind: _kind, ...quote } = draft;
    if (quote.speaker === null) return quote;
    const entity = model.mentionAt(quote.speaker.start, quote.speaker.end)?.entity ?? null;
    // a subject named without a cue ("Viguerie is upbeat … ¶ “…”") speaks only when it is a person
    if (quote.rule === SUBJECT_WITHOUT_CUE_RULE && !entity?.person) {
      return { ...quote, speaker: null, cue: null, rule: 'unattributed-quote' };
    }
    if (entity === null) return { ...quote, speaker: { ...quote.speaker } };
    const speaker: Speaker = entity.person !== null
      ? { ...quote.speaker, name: entity.name, personId: entity.id }
      : entity.kind === 'organization' && entity.evidentOrganization
      ? { ...quote.speaker, name: entity.name, kind: 'organization' }
      : { ...quote.speaker, name: entity.name };
    return { ...quote, speaker };
  });
}
