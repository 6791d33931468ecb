/**
 * One spelling per country, whatever the text wrote: "U.S.", "US", "USA", "United States",
 * "American" → "US"; "Britain", "Great Britain", "British", "United Kingdom" → "UK"; "Turkish",
 * "Republic of Turkey" → "Turkey". The table is generated from world-countries (see
 * scripts/build-lexicons.mjs): the canonical form is its common English short name, except where
 * news style writes another (US, UK, Turkey, Czech Republic, Cape Verde, Swaziland).
 */
import { COUNTRY_SPELLINGS } from './generated/countries.js';

/** Spellings news uses that the data set does not list. */
const NEWS_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['britain', 'UK'], ['america', 'US'],
];

let table: Map<string, string> | undefined;

function spellings(): Map<string, string> {
  if (table === undefined) {
    table = new Map(COUNTRY_SPELLINGS.split('|').map((pair) => {
      const colon = pair.indexOf(':');
      return [pair.slice(0, colon), pair.slice(colon + 1)] as const;
    }));
    for (const [spelling, country] of NEWS_SPELLINGS) table.set(spelling, country);
  }
  return table;
}

/** The canonical name of the country `text` spells ("U.S." → "US"), or undefined when it names none. */
export function canonicalCountry(text: string): string | undefined {
  const key = text.toLowerCase().replace(/\./g, '').replace(/^the /, '').trim();
  return spellings().get(key);
}
