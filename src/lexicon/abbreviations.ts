/** Words that end with a dot without ending a sentence (lower case, without the final dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'atty', 'fr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'inc', 'corp', 'ltd', 'co', 'bros', 'dept', 'univ',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'fig', 'vol', 'ed', 'eds', 'al', 'cf', 'ca',
]);

/** Honorifics and abbreviations written with a dot inside a name ("Mr. Obama", "Sen. Cruz"). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'prof', 'st',
  'jr', 'sr', 'pres', 'adm', 'maj', 'cmdr', 'lt', 'atty', 'supt', 'insp', 'hon',
]);
