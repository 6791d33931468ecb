/** Strings that must produce no date at all. */
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

const REF = '2025-08-13';

describe('no false dates from ordinary words', () => {
  it.each([
    'I may go to the shops.',
    'They will March on the capital.',
    'Wait a second, please.',
    'Sun Microsystems reported results.',
    'Install version 2.1.3 of the app.',
    'Turn to page 12 for details.',
    'He lives in room 404.',
    'Call 555-1234 for tickets.',
    'The company employs 2000 people.',
    'The shares cost $1998 each.',
    'He is 52 years old.',
    'The stock rose to $13 a share.',
    'Flights cost 700 dollars a week.',
    'The quarterly dividend was raised.',
    'She saw the film High Noon.',
    'A quarter of the votes were counted.',
    'Ankara and Damascus agreed.',
    'It happened on the same day as the vote.',
    'Nobody recalls that day of hers.',
    'The wall was a symbol until the fall of communism.',
    'The Spring Festival drew crowds.',
    // a capitalized unit after a number inside a sentence is a title (the programme "60 Minutes")
    "He said so on CBS's 60 Minutes.",
    'She won the 24 Hours of Le Mans.',
    'They met around the corner, or later at home.',
    '',
  ])('%j', (text) => {
    expect(brief(text, REF)).toEqual([]);
  });
});
