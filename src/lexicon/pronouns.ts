/** Personal pronouns that can stand for a speaker, with what they may refer to. */
import { asMap, table } from './table.js';

export type PronounGender = 'male' | 'female' | 'any';
export type PronounNumber = 'singular' | 'plural' | 'any';

export interface PronounInfo {
  gender: PronounGender;
  number: PronounNumber;
  /** true for "it": organizations, not people. */
  organization?: boolean;
  /** true for "I" / "we": the speaker is the quote's own voice (only in trailing/leading cues). */
  firstPerson?: boolean;
}

export const SPEAKER_PRONOUNS: Readonly<Record<string, PronounInfo>> = table({
  he: { gender: 'male', number: 'singular' },
  she: { gender: 'female', number: 'singular' },
  they: { gender: 'any', number: 'plural' },
  it: { gender: 'any', number: 'singular', organization: true },
  i: { gender: 'any', number: 'singular', firstPerson: true },
  we: { gender: 'any', number: 'plural', firstPerson: true },
  you: { gender: 'any', number: 'any' },
});

/** SPEAKER_PRONOUNS as a Map (see `asMap`), for pronounInfo: the mention walks ask it of nearly every word near a cue. */
const SPEAKER_PRONOUN_INFO: ReadonlyMap<string, PronounInfo> = asMap(SPEAKER_PRONOUNS);

export function pronounInfo(word: string): PronounInfo | undefined {
  return SPEAKER_PRONOUN_INFO.get(word.toLowerCase());
}

/**
 * Every third-person form that can refer back to a person or an organization, by the nominative it
 * stands for ("him", "his", "himself" → "he"): what the entity model links as a reference. A Map:
 * it is asked about every word of the text, and an object looked up with a word that is no
 * property name first searches V8's table of all property names (a hot spot of the entity scan).
 */
export const REFERRING_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'it' | 'they'> = new Map(Object.entries({
  he: 'he', him: 'he', his: 'he', himself: 'he',
  she: 'she', her: 'she', hers: 'she', herself: 'she',
  it: 'it', its: 'it', itself: 'it',
  they: 'they', them: 'they', their: 'they', themselves: 'they',
} as const));
