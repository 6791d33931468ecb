/**
 * Name particles. Stand-alone particles may sit inside a name in lower case ("Ludwig van
 * Beethoven", "Osama bin Laden", "Vasco da Gama"); prefixes are glued to the next part of the name
 * ("al-Shibani", "el-Sisi", "O'Neill", "McCague", "d'Estaing").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abd', 'abdel', 'abdul', 'ould',
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'degli', 'di', 'da', 'das', 'do', 'dos', 'du',
  'la', 'le', 'lo', 'ter', 'ten', 'zu', 'af', 'y', "d'",
]);

/** Particles that begin a name without a first name before them: "Abu Qasra", "bin Laden", "van Gogh". */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(['abu', 'bin', 'ibn', 'abd', 'abdel', 'abdul', 'van', 'von', 'de', 'del', 'da', 'di', 'al', 'el']);

/** In-word prefixes of a surname (lower case, with their joining mark). */
export const NAME_PREFIXES: readonly string[] = [
  'al-', 'el-', 'ad-', 'ar-', 'as-', 'ash-', 'at-', 'az-', 'an-', 'bin-', 'ibn-', 'abu-', 'abd-',
  "o'", 'o’', "d'", 'd’', 'mc', 'mac', 'fitz',
];

/**
 * Lower-case words that join two capitalized words inside one name a speaker mention may be:
 * the particles, and "of" of organization names ("Bank of America", "Association of Flight Attendants").
 */
export const NAME_LINK_WORDS: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'of']);
