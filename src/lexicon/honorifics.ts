/**
 * Honorifics and short titles written before a person's name (lower case, without the final dot),
 * with the gender they imply where they imply one. "Mr Blair", "Dr. Smith", "Sen. Kerry".
 */
import { asMap, table } from './table.js';

export type Gender = 'male' | 'female';

export const HONORIFICS: Readonly<Record<string, Gender | null>> = table({
  mr: 'male', mister: 'male', sir: 'male', lord: 'male', messrs: null, monsieur: 'male', herr: 'male',
  senor: 'male', 'señor': 'male', signor: 'male', sheikh: 'male', sheik: 'male', shaikh: 'male',
  mrs: 'female', ms: 'female', miss: 'female', madam: 'female', madame: 'female', mme: 'female',
  dame: 'female', lady: 'female', frau: 'female', senora: 'female', 'señora': 'female', mlle: 'female',
  dr: null, doctor: null, prof: null, professor: null, rev: null, reverend: null, fr: null, father: 'male',
  sister: 'female', brother: 'male', rabbi: null, imam: null, ayatollah: 'male', mullah: 'male', pope: 'male',
  cardinal: null, bishop: null, archbishop: null,
  gen: null, lt: null, col: null, maj: null, capt: null, cmdr: null, adm: null, sgt: null, cpl: null,
  pte: null, pvt: null, brig: null, marshal: null, commander: null, colonel: null, major: null,
  captain: null, lieutenant: null, sergeant: null, corporal: null, admiral: null, brigadier: null,
  sen: null, rep: null, gov: null, pres: null, supt: null, insp: null, det: null, amb: null, atty: null,
  hon: null, judge: null, justice: null, prince: 'male', princess: 'female', king: 'male', queen: 'female',
  emperor: 'male', empress: 'female', duke: 'male', duchess: 'female', count: null, countess: 'female',
  baron: 'male', baroness: 'female', marquis: 'male', marquess: 'male', marchioness: 'female', viscount: 'male',
  viscountess: 'female', tsar: 'male', czar: 'male', tsarina: 'female', czarina: 'female', tsaritsa: 'female',
  tsarevich: 'male', tsarevna: 'female', coach: null, agent: null, officer: null,
  constable: null, inspector: null, detective: null, chief: null, president: null, chancellor: null,
  premier: null, minister: null, secretary: null, senator: null, governor: null, mayor: null,
  ambassador: null, envoy: null, director: null, chairman: 'male', chairwoman: 'female', speaker: null,
  congressman: 'male', congresswoman: 'female', councillor: null, councilman: 'male', dean: null,
});

/** HONORIFICS as a Map (see `asMap`): the people extractor asks it of every word of a name run. */
export const HONORIFIC_GENDER: ReadonlyMap<string, Gender | null> = asMap(HONORIFICS);

/**
 * Honorifics that, capitalized right before one family name, are in news far more often a given
 * name: "Dean Richards", "Dean Headley" (a dean's title is written "the dean of ..." or with a full
 * name). Read by the people extractor only; roles still see the title.
 */
export const GIVEN_NAME_HONORIFICS: ReadonlySet<string> = new Set(['dean']);

/** Words that follow a name as part of it: "Martin Luther King Jr.", "George Bush Sr". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Epithets written after a given name with "the": "Peter the Great", "Pliny the Elder", "Ivan the
 * Terrible". The name is the given name alone, as a title is left out of it.
 */
export const EPITHETS: ReadonlySet<string> = new Set([
  'great', 'elder', 'younger', 'conqueror', 'terrible', 'bold', 'wise', 'pious', 'confessor', 'magnificent',
  'lionheart', 'venerable', 'apostate', 'fair', 'good', 'unready', 'lawgiver', 'navigator', 'baptist',
]);
