/** One spelling per country (src/lexicon/countries.ts, generated from world-countries). */
import { describe, expect, it } from 'vitest';
import { canonicalCountry } from '../../src/lexicon/countries.js';
import { DEMONYMS } from '../../src/lexicon/affiliations.js';

describe('canonicalCountry', () => {
  it.each([
    ['U.S.', 'US'], ['US', 'US'], ['USA', 'US'], ['United States', 'US'], ['the United States', 'US'],
    ['United States of America', 'US'], ['American', 'US'], ['America', 'US'],
    ['UK', 'UK'], ['Britain', 'UK'], ['Great Britain', 'UK'], ['United Kingdom', 'UK'], ['British', 'UK'],
    ['Turkey', 'Turkey'], ['Republic of Turkey', 'Turkey'], ['Holland', 'Netherlands'], ['the Netherlands', 'Netherlands'],
    ['Russian Federation', 'Russia'], ['Burma', 'Myanmar'], ['Ivory Coast', 'Ivory Coast'], ["Côte d'Ivoire", 'Ivory Coast'],
  ])('%s → %s', (spelling, country) => {
    expect(canonicalCountry(spelling)).toBe(country);
  });

  it.each([
    'IT', // a two-letter code that is a word
    'IN',
    'Bank of America',
    'Labour',
    'Congolese', // shared by two countries: names neither for sure
    '',
  ])('%j names no country', (text) => {
    expect(canonicalCountry(text)).toBeUndefined();
  });

  it('demonyms map to the same one form', () => {
    expect(DEMONYMS.get('american')).toBe('US');
    expect(DEMONYMS.get('british')).toBe('UK');
    expect(DEMONYMS.get('turkish')).toBe('Turkey');
    expect(DEMONYMS.get('scottish')).toBe('Scotland'); // no country in the data set: kept as written
  });

  it('demonyms come from the data set, with a short hand list for what it lacks', () => {
    expect(DEMONYMS.get('south korean')).toBe('South Korea');
    expect(DEMONYMS.get('herzegovinian')).toBe('Bosnia and Herzegovina'); // "Bosnian, Herzegovinian" split
    expect(DEMONYMS.get('guyanese')).toBe('Guyana'); // the data set's, no hand entry
    expect(DEMONYMS.get('saudi')).toBe('Saudi Arabia'); // a news short form
    expect(DEMONYMS.get('dominican')).toBe('Dominican Republic'); // shared in the data set; news means this one
    expect(DEMONYMS.get('labour')).toBeUndefined();
    expect(DEMONYMS.get('united states')).toBeUndefined(); // a country's name is no demonym
  });
});
