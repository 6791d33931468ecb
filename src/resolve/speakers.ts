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

/** The attribution rules whose speaker is a subject named without any cue: kept only for a person. */
const SUBJECT_WITHOUT_CUE_RULES: ReadonlySet<string> = new Set(['paragraph-subject', 'previous-sentence-subject']);

export function resolveSpeakers(quotes: readonly QuoteDraft[], model: EntityModel): QuoteFact[] {
  return quotes.map((draft) => {
    if (draft.speaker === null) return quoteFact(draft, null, draft.cue, draft.rule);
    const entity = model.mentionAt(draft.speaker.start, draft.speaker.end)?.entity ?? null;
    // a subject named without a cue ("Viguerie is upbeat … ¶ “…”") speaks only when it is a person
    if (SUBJECT_WITHOUT_CUE_RULES.has(draft.rule) && !entity?.person) return quoteFact(draft, null, null, 'unattributed-quote');
    const { start, end } = draft.speaker;
    const speaker: Speaker = entity === null
      ? { name: draft.speaker.name, personId: draft.speaker.personId, start, end }
      : entity.person !== null
      ? { name: entity.name, personId: entity.id, start, end }
      : entity.kind === 'organization' && entity.evidentOrganization
      ? { name: entity.name, personId: draft.speaker.personId, start, end, kind: 'organization' }
      : { name: entity.name, personId: draft.speaker.personId, start, end };
    return quoteFact(draft, speaker, draft.cue, draft.rule);
  });
}

/**
 * Every quote fact is built here, its fields in output order, leaving the draft's `mentionKind`
 * behind: an object rest (`{ mentionKind, ...quote }`) and a spread copy are slow generic copies in
 * V8, and took most of this stage's time.
 */
function quoteFact(draft: QuoteDraft, speaker: Speaker | null, cue: QuoteFact['cue'], rule: string): QuoteFact {
  return { start: draft.start, end: draft.end, text: draft.text, kind: draft.kind, speaker, cue, rule };
}
