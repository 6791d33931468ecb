/**
 * Case tables for the error classes of issue #16, each with rows where the rule must not fire.
 * Inputs are constructed sentences in the style of wire copy (no gold file is quoted).
 */
import { describeCaseTables, n, type Expected } from './helpers.js';

const q = (text: string, value: number, unit: string, more: Omit<Expected, 'text' | 'value'> = {}): Expected =>
  n(text, value, { kind: 'quantity', unit, ...more });

/** Model and product numbers are names: evidence around the integer, not a list of models. */
const MODEL_NUMBERS: Array<[string, Expected[]]> = [
  ['The airline grounded its 747 fleet.', []],
  ['It ordered ten 787-9 aircraft.', [n('ten 787-9 aircraft', 10, { counts: 'aircraft' })]],
  ['Regulators grounded some 400 737 Max jets.', [n('some 400 737 Max jets', 400, { qualifier: 'some', counts: 'jets' })]],
  ['He bought an iPhone 11 in March.', []],
  ['The firm runs Windows 10 on every desk.', []],
  ['Boeing cut the 787 programme.', []],
  // must not fire: counts, ranges and grouped digits stay numbers
  ['Boeing delivered 300 jets last year.', [n('300 jets', 300, { counts: 'jets' })]],
  ['Between 300-400 people came.', [n('Between 300-400 people', 300, { counts: 'people', qualifier: 'between', min: 300, max: 400 })]],
  ['The city has 1 414 021 people.', [n('1 414 021 people', 1414021, { counts: 'people' })]],
  ['Two in 3 voters agreed.', [n('Two', 2, { counts: 'voters' }), n('3 voters', 3, { counts: 'voters' })]],
  ['Prices fell in the 1990s.', []],
  ['He won 4-2 on Sunday.', []],
];

/** The counted noun is a noun, and counts carry over where the noun is left out. */
const COUNTED_NOUNS: Array<[string, Expected[]]> = [
  ['One user quipped that it was late.', [n('One user', 1, { counts: 'user' })]],
  ['It sold 60 of the embattled jets.', [n('60 of the embattled jets', 60, { counts: 'jets' })]],
  ['It is the number one buyer of oil.', []],
  ['Some 2,000 business and political leaders met.', [n('Some 2,000 business and political leaders', 2000, { qualifier: 'some', counts: 'leaders' })]],
  ['Nine of the 20 biggest-selling games were sequels.', [n('Nine', 9, { counts: 'games' }), n('20 biggest-selling games', 20, { counts: 'games' })]],
  ['He won with 20,645 votes, compared to 14,738 for his rival.', [n('20,645 votes', 20645, { counts: 'votes' }), n('14,738', 14738, { counts: 'votes' })]],
  ['The owners - two from Taiwan and one from Malaysia - left.', [n('two', 2, { counts: 'owners' }), n('one', 1, { counts: 'owners' })]],
  ['Taxes rose four times during 2003.', [n('four times', 4, { counts: 'times' })]],
  ['He was banned for 10-games on Wednesday.', [n('10-games', 10, { counts: 'games' })]],
  // must not fire: a verb, a duration or a date is no counted noun to carry over
  ['The two agree on most things.', [n('two', 2)]],
  ['Waiting over 12 months fell from 7,613 to 6,630.', [n('over 12 months', 12, { qualifier: 'over', counts: 'months' }), n('7,613', 7613), n('6,630', 6630)]],
  ['It was down from 311,764 last month.', [n('311,764', 311764)]],
  ['One of them left early.', []],
];

/** Units of news text, from the generated lexicon and the hand table. */
const UNITS: Array<[string, Expected[]]> = [
  ['The temperature fell to -10C overnight.', [q('-10C', -10, '°C')]],
  ['It reached 35C on Monday.', [q('35C', 35, '°C')]],
  ['It was 25°C in Paris.', [q('25°C', 25, '°C')]],
  ['A 3 MW turbine fills a 40 kWh battery.', [q('3 MW', 3, 'MW'), q('40 kWh', 40, 'kWh')]],
  ['Workers got 20 mSv at 120 kPa.', [q('20 mSv', 20, 'mSv'), q('120 kPa', 120, 'kPa')]],
  ['He drove at 70 mph, then 110 km/h.', [q('70 mph', 70, 'mph'), q('110 km/h', 110, 'km/h')]],
  ['The wall is 12 ft high.', [q('12 ft', 12, 'ft')]],
  ['He is 6\'2" tall.', [q('6\'2"', 6 + 2 / 12, 'ft')]],
  ['It has a 10" screen.', [q('10"', 10, 'in')]],
  ['Opec pumps 1.2m bpd more.', [q('1.2m bpd', 1.2e6, 'bbl/d')]],
  ['They hold 500,000 bbl of crude.', [q('500,000 bbl', 500000, 'bbl')]],
  ['The port moved 3,000 TEU.', [q('3,000 TEU', 3000, 'TEU')]],
  ['The dose is 5 mg/kg.', [q('5 mg/kg', 5, 'mg/kg')]],
  ['Output fell by 500,000 barrels a day.', [q('500,000 barrels a day', 500000, 'bbl/d')]],
  ['Petrol costs $4 a gallon.', [n('$4', 4, { kind: 'money', unit: 'USD' })]],
  ['Prices grew 3 per cent a year.', [n('3 per cent', 3, { kind: 'percent', unit: '%' })]],
  ['It weighs 120 μg.', [q('120 μg', 120, 'µg')]],
  ['The sample was 20 (kg).', [q('20 (kg)', 20, 'kg')]],
  ['That is 2.5x10^6 or 1.2e6.', [n('2.5x10^6', 2.5e6), n('1.2e6', 1.2e6)]],
  // must not fire: quotation marks, words that are also units, codes and names
  ['He said "I paid 10" and left.', [n('10', 10)]],
  ['Two in 3 voters say so.', [n('Two', 2, { counts: 'voters' }), n('3 voters', 3, { counts: 'voters' })]],
  ['The 13F filing is due.', []],
  ['It chartered a Boeing 777F.', []],
  ['He called them two-bit Tories.', []],
  ['The 190 points lead held.', [n('190 points', 190, { counts: 'points' })]],
];

/** Accounting negatives: a lone bracketed amount is negative; a bracketed conversion is not. */
const NEGATIVES: Array<[string, Expected[]]> = [
  ['Net loss per share ($12.50)', [n('($12.50)', -12.5, { kind: 'money', unit: 'USD' })]],
  ['Operating profit (£4.2m) (£3.1m)', [n('(£4.2m)', -4.2e6, { kind: 'money', unit: 'GBP' }), n('(£3.1m)', -3.1e6, { kind: 'money', unit: 'GBP' })]],
  ['The temperature was -5 degrees.', [q('-5 degrees', -5, '°')]],
  // must not fire: a conversion, or an aside inside a sentence
  ['It paid €10m ($12.5m) for the site.', [n('€10m', 1e7, { kind: 'money', unit: 'EUR' }), n('$12.5m', 1.25e7, { kind: 'money', unit: 'USD' })]],
  ['The fund ($3m) was spent.', [n('$3m', 3e6, { kind: 'money', unit: 'USD' })]],
  ['It made $291 million (£152 million).', [n('$291 million', 2.91e8, { kind: 'money', unit: 'USD' }), n('£152 million', 1.52e8, { kind: 'money', unit: 'GBP' })]],
];

/** A decade of life after a possessive is an age; without one it is a decade (a date, not a number). */
const AGE_DECADES: Array<[string, Expected[]]> = [
  ['The game kept people playing in their 30s, 40s and 50s.', [q('30s', 30, 'year'), q('40s', 40, 'year'), q('50s', 50, 'year')]],
  ['He is in his late 60s.', [q('60s', 60, 'year')]],
  // must not fire
  ['The music of the 60s and 70s returned.', []],
  ['Prices rose in the 1990s.', []],
];

describeCaseTables('numbers that carry over (issue #16)', [
  ['model and product numbers', MODEL_NUMBERS],
  ['counted nouns', COUNTED_NOUNS],
  ['units', UNITS],
  ['negative amounts', NEGATIVES],
  ['ages in decades of life', AGE_DECADES],
]);
