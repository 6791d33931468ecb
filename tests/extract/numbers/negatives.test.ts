/** Strings that hold digits or number words but no number fact. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/index.js';
import { numbersOf } from './helpers.js';

const NOT_NUMBERS: string[] = [
  // dates and times
  'It was signed on August 13, 2025.',
  'The meeting is on 2 February.',
  'Since the 11 September 2001 attacks.',
  'It happened in 2004.',
  'The 2006 autumn conference is in Manchester.',
  'We meet at 6 pm.',
  'We meet at 10:30.',
  'In the mid-70s and the 1990s.',
  // phone numbers and codes
  'Call 0800 028 9276 in the UK.',
  'Call +44 20 7946 0958 now.',
  'Dial 555-1234 today.',
  'Go to http://example.com/page?id=30%25&n=2020 for details.',
  // versions and addresses
  'Install version 2.1.3 now.',
  'Install version 2.1 now.',
  'The server is 192.168.1.2.',
  // labels
  'See page 12.',
  'He is in room 404.',
  'He ran in lane seven.',
  // names
  'Henry VIII had wives.',
  'He runs Windows 95.',
  'The G7 ministers met.',
  'He watched Formula One.',
  'It was the Second World War.',
  'He ran the 4x100m relay.',
  'The serial is 24703m212.',
  'The code 1,000,00 is a typo.',
  'The dollar was quoted at 1,8923.',
  'He called them two-bit Tories.',
  'He played in the Six Nations.',
  'BBC Two controller Roly Keating spoke.',
  "He told BBC Radio 4's Today programme.",
  // scores and model numbers
  'They lost 4-2 at home.',
  'The 737-800 had fewer faults.',
  // "one" as a pronoun
  'The one who came left.',
  'One of them left.',
  'He has written many histories, including one of Tudor England.',
  'Which one do you prefer?',
  'They help one another.',
  // odds and periods
  'She is 5/4 favourite.',
  'Sales rose in the half to June.',
  'In the last quarter, sales fell.',
];

describe('not numbers', () => {
  it.each(NOT_NUMBERS)('%s', (input) => {
    expect(numbersOf(input).map((f) => f.text)).toEqual([]);
  });

  it('the year inside a date belongs to the date (through the pipeline)', () => {
    const facts = extractFacts('The deal was signed on August 13, 2025 in Ankara.', { only: ['numbers'] });
    expect(facts.numbers).toEqual([]);
  });
});
