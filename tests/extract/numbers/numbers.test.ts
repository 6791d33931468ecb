/** Case tables for the numbers extractor: value, kind, unit, counts, qualifier and exact spans. */
import { describeCaseTables, n, type Expected } from './helpers.js';

const CARDINALS: Array<[string, Expected[]]> = [
  ['There are 12,567 words.', [n('12,567 words', 12567, { counts: 'words' })]],
  ['It weighs 3,000.75 tonnes more.', [n('3,000.75 tonnes', 3000.75, { kind: 'quantity', unit: 't' })]],
  ['Twenty-six people died.', [n('Twenty-six people', 26, { counts: 'people' })]],
  ['He bought a dozen eggs.', [n('a dozen eggs', 12, { counts: 'eggs' })]],
  ['They sent two hundred and six cars.', [n('two hundred and six cars', 206, { counts: 'cars' })]],
  ['The city has 1.5 million residents.', [n('1.5 million residents', 1.5e6, { counts: 'residents' })]],
  ['China has 1 414 021 100 people.', [n('1 414 021 100 people', 1414021100, { counts: 'people' })]],
  ['It took one and a half hours.', [n('one and a half hours', 1.5, { counts: 'hours' })]],
  ['There are five and a half million fish.', [n('five and a half million fish', 5.5e6, { counts: 'fish' })]],
  ['The value is two hundred point zero three.', [n('two hundred point zero three', 200.03)]],
  ['The answer is minus 5.', [n('minus 5', -5)]],
  ['That is 100k.', [n('100k', 100000)]],
  ['It is 1e10.', [n('1e10', 1e10)]],
  ['Turkey has more than 20,000 Turkish troops stationed in Syria.', [n('more than 20,000 Turkish troops', 20000, { counts: 'troops', qualifier: 'more than' })]],
  ['BA has cut 13,000 jobs as part of a drive.', [n('13,000 jobs', 13000, { counts: 'jobs' })]],
  ['We have taken delivery of six Airbus A321 aircraft and more.', [n('six Airbus A321 aircraft', 6, { counts: 'aircraft' })]],
  ['Nokia make 200 million cell phones a year.', [n('200 million cell phones', 2e8, { counts: 'phones' })]],
  ['He faces more than one rival for the crown.', [n('more than one rival', 1, { counts: 'rival', qualifier: 'more than' })]],
  ['Only six of those months were paid.', [n('six of those months', 6, { counts: 'months' })]],
  ['Sell in quantities of one million or more.', [n('one million or more', 1e6, { qualifier: 'or more' })]],
  // a ratio: the first number counts the noun after the second, its span stays the number
  ['Fewer than one in 10,000 consoles failed.', [n('Fewer than one', 1, { qualifier: 'fewer than', counts: 'consoles' }), n('10,000 consoles', 10000, { counts: 'consoles' })]],
  // a partitive with a noun counts that noun (bbc-facts labels "one of the greatest …" a number)
  ['He is one of the biggest investors.', [n('one of the biggest investors', 1, { counts: 'investors' })]],
  ['Nearly 300 people came, at least 40 left and up to 12 stayed.', [
    n('Nearly 300 people', 300, { counts: 'people', qualifier: 'nearly' }),
    n('at least 40', 40, { qualifier: 'at least' }),
    n('up to 12', 12, { qualifier: 'up to' }),
  ]],
  ['We have taken it up to 26 weeks.', [n('26 weeks', 26, { counts: 'weeks' })]],
  ['See exercises 22,24,26,31.', [n('22', 22), n('24', 24), n('26', 26), n('31', 31)]],
  ['There were ninety - five people.', [n('ninety - five people', 95, { counts: 'people' })]],
  ['He bought two and a half dozen eggs.', [n('two and a half dozen eggs', 30, { counts: 'eggs' })]],
  ['The reading was -5 on the dial.', [n('-5', -5)]],
];

const FRACTIONS: Array<[string, Expected[]]> = [
  ['Two-thirds of voters agreed.', [n('Two-thirds', 2 / 3)]],
  ['The recall affects almost three quarters of all Xboxes.', [n('almost three quarters', 0.75, { qualifier: 'almost' })]],
  ['The debt is close to half a trillion dollars.', [n('close to half a trillion dollars', 5e11, { kind: 'money', unit: 'USD', qualifier: 'close to' })]],
  ['Rates rose by a quarter of a point.', [n('a quarter', 0.25)]],
  ['The result is 3/4.', [n('3/4', 0.75)]],
  ['It is one over three.', [n('one over three', 1 / 3)]],
  ['More than half people came here.', [n('More than half', 0.5, { qualifier: 'more than' })]],
  ['It is one twenty-fifth.', [n('one twenty-fifth', 1 / 25)]],
  ['It is three twenty-fifths.', [n('three twenty-fifths', 3 / 25)]],
  ['The answer is one hundred thirty-fifths.', [n('one hundred thirty-fifths', 100 / 35)]],
  ['The answer is one hundred and thirty-two fifths.', [n('one hundred and thirty-two fifths', 132 / 5)]],
  ['The answer is one hundred and three quarters.', [n('one hundred and three quarters', 100.75)]],
  ['The answer is ninety-five hundred fifths.', [n('ninety-five hundred fifths', 9500 / 5)]],
  ['Mix five - eighths of it.', [n('five - eighths', 5 / 8)]],
  ['A third of a million people fled.', [n('A third of a million people', 1e6 / 3, { counts: 'people' })]],
  ['I ate two thirds of the cake.', [n('two thirds', 2 / 3, { counts: 'cake' })]],
  ['It is 1/3 of a million.', [n('1/3 of a million', 1e6 / 3)]],
  ['He bought a dozen and a half eggs.', [n('a dozen and a half eggs', 18, { counts: 'eggs' })]],
];

const ORDINALS: Array<[string, Expected[]]> = [
  ['He took third place.', [n('third', 3, { kind: 'ordinal' })]],
  ['The 21st century began.', [n('21st', 21, { kind: 'ordinal' })]],
  ['It was his twenty-first win.', [n('twenty-first', 21, { kind: 'ordinal' })]],
  ['He aims for a fourth World Championship crown.', [n('fourth', 4, { kind: 'ordinal' })]],
  ['It is a hundred trillionth.', [n('a hundred trillionth', 1e14, { kind: 'ordinal' })]],
  ['It was the two hundred and twelfth day.', [n('two hundred and twelfth', 212, { kind: 'ordinal' })]],
  ['There were three hundred and first-time buyers.', [n('three hundred', 300)]],
];

const PERCENTS: Array<[string, Expected[]]> = [
  ['Profits rose 12% last year.', [n('12%', 12, { kind: 'percent', unit: '%' })]],
  ['Sales fell twelve percent.', [n('twelve percent', 12, { kind: 'percent', unit: '%' })]],
  ['Sales rose 12 per cent.', [n('12 per cent', 12, { kind: 'percent', unit: '%' })]],
  ['Mothers get 90% of earnings.', [n('90%', 90, { kind: 'percent', unit: '%' })]],
  ['Rates rose two percentage points.', [n('two percentage points', 2, { kind: 'percent', unit: '%' })]],
  ['Output fell by −5% in May.', [n('−5%', -5, { kind: 'percent', unit: '%' })]],
];

const MONEY: Array<[string, Expected[]]> = [
  ['Profits jumped to $1.13bn (£600m).', [n('$1.13bn', 1.13e9, { kind: 'money', unit: 'USD' }), n('£600m', 6e8, { kind: 'money', unit: 'GBP' })]],
  ['Airbus won a $4.2bn order.', [n('$4.2bn', 4.2e9, { kind: 'money', unit: 'USD' })]],
  ['It paid 900m euros.', [n('900m euros', 9e8, { kind: 'money', unit: 'EUR' })]],
  ['The loan is US$ 150 million.', [n('US$ 150 million', 1.5e8, { kind: 'money', unit: 'USD' })]],
  ['It sold for HK$10.05 billion.', [n('HK$10.05 billion', 1.005e10, { kind: 'money', unit: 'HKD' })]],
  ['I would buy it for EUR 125.', [n('EUR 125', 125, { kind: 'money', unit: 'EUR' })]],
  ['A room costs THB 500 a night.', [n('THB 500', 500, { kind: 'money', unit: 'THB' })]],
  ['It cost 5 all together.', [n('5', 5)]],
  ['They gave five million yen.', [n('five million yen', 5e6, { kind: 'money', unit: 'JPY' })]],
  ['It cost 125 million australian dollars.', [n('125 million australian dollars', 1.25e8, { kind: 'money', unit: 'AUD' })]],
  ['Shares closed at 274.5 pence.', [n('274.5 pence', 274.5, { kind: 'money', unit: 'GBX' })]],
  ['It only cost 3 dollars 50 cents.', [n('3 dollars 50 cents', 3.5, { kind: 'money', unit: 'USD' })]],
  ['It costs one dollar and two and three points.', [n('one dollar and two', 1.02, { kind: 'money', unit: 'USD' }), n('three points', 3, { counts: 'points' })]],
  ['I paid 5 dollars and 15 people came.', [n('5 dollars', 5, { kind: 'money', unit: 'USD' }), n('15 people', 15, { counts: 'people' })]],
  ['It costs less than $100 (£53).', [n('less than $100', 100, { kind: 'money', unit: 'USD', qualifier: 'less than' }), n('£53', 53, { kind: 'money', unit: 'GBP' })]],
  ['Maternity pay will rise by £1,400.', [n('£1,400', 1400, { kind: 'money', unit: 'GBP' })]],
];

const QUANTITIES: Array<[string, Expected[]]> = [
  ['He lost his Olympic 100m title.', [n('100m', 100, { kind: 'quantity', unit: 'm' })]],
  ['Output fell by 500,000 barrels a day.', [n('500,000 barrels a day', 500000, { kind: 'quantity', unit: 'bbl/d' })]],
  ['It is 1.6 km west of the ridge.', [n('1.6 km', 1.6, { kind: 'quantity', unit: 'km' })]],
  ['Its 3-inch thickness is a drawback.', [n('3-inch', 3, { kind: 'quantity', unit: 'in' })]],
  ['He took a three-foot trip.', [n('three-foot', 3, { kind: 'quantity', unit: 'ft' })]],
  ['Normal temperature is 98.6 degrees fahrenheit.', [n('98.6 degrees fahrenheit', 98.6, { kind: 'quantity', unit: '°F' })]],
  ['It can run at over 188 miles an hour.', [n('over 188 miles an hour', 188, { kind: 'quantity', unit: 'mph', qualifier: 'over' })]],
  ['She was five years old.', [n('five years old', 5, { kind: 'quantity', unit: 'year' })]],
  ['He is 5 feet 2 inches tall.', [n('5 feet 2 inches', 5 + 2 / 12, { kind: 'quantity', unit: 'ft' })]],
  ['The weight is 20 [kg].', [n('20 [kg]', 20, { kind: 'quantity', unit: 'kg' })]],
  ['The length is 5 {km}.', [n('5 {km}', 5, { kind: 'quantity', unit: 'km' })]],
  ['Water boils at 100° Celsius.', [n('100° Celsius', 100, { kind: 'quantity', unit: '°C' })]],
  ['The gap is 3 nanometers wide.', [n('3 nanometers', 3, { kind: 'quantity', unit: 'nm' })]],
  ['The wind blew at 17m/s.', [n('17m/s', 17, { kind: 'quantity', unit: 'm/s' })]],
  ['He drank 5 pints of beer.', [n('5 pints', 5, { kind: 'quantity', unit: 'pt' })]],
  ['It sends around two megabits a second.', [n('around two megabits a second', 2, { kind: 'quantity', unit: 'Mbit/s', qualifier: 'around' })]],
  ['A 2,000 square foot house.', [n('2,000 square foot', 2000, { kind: 'quantity', unit: 'ft²' })]],
  // "over" + a distance after a race verb names the race; after other verbs it bounds the distance
  ['I want to perform well over 60m indoors.', [n('60m', 60, { kind: 'quantity', unit: 'm' })]],
  ['She races over 1500m this summer.', [n('1500m', 1500, { kind: 'quantity', unit: 'm' })]],
  ['He won Olympic titles over 1500m in Athens.', [n('1500m', 1500, { kind: 'quantity', unit: 'm' })]],
  ['He threw well over 80m in Oslo.', [n('well over 80m', 80, { kind: 'quantity', unit: 'm', qualifier: 'well over' })]],
  ['The album sold well over a million copies.', [n('well over a million copies', 1e6, { counts: 'copies', qualifier: 'well over' })]],
  ['They perform over 200 shows a year.', [n('over 200 shows', 200, { counts: 'shows', qualifier: 'over' })]],
];

const RANGES: Array<[string, Expected[]]> = [
  ['It hired between 300 and 400 people.', [n('between 300 and 400 people', 300, { min: 300, max: 400, counts: 'people', qualifier: 'between' })]],
  ['Margins of 10-15% are usual.', [n('10-15%', 10, { kind: 'percent', unit: '%', min: 10, max: 15 })]],
  ['A 3% to 3.5% improvement is expected.', [n('3% to 3.5%', 3, { kind: 'percent', unit: '%', min: 3, max: 3.5 })]],
  ['Cords arrive within two to four weeks.', [n('two to four weeks', 2, { min: 2, max: 4, counts: 'weeks' })]],
  ["You've got about five or six young guys.", [n('about five or six young guys', 5, { min: 5, max: 6, counts: 'guys', qualifier: 'about' })]],
  // changes, not ranges
  ['It rose from £6 to £10.', [n('£6', 6, { kind: 'money', unit: 'GBP' }), n('£10', 10, { kind: 'money', unit: 'GBP' })]],
  ['Turnover was up 4.3% to £1.97bn.', [n('4.3%', 4.3, { kind: 'percent', unit: '%' }), n('£1.97bn', 1.97e9, { kind: 'money', unit: 'GBP' })]],
  ['They won 2-1 at home.', []], // a score
  ['Australia lifted interest rates 0.25% to 5.5%.', [n('0.25%', 0.25, { kind: 'percent', unit: '%' }), n('5.5%', 5.5, { kind: 'percent', unit: '%' })]],
  ['It will cost $2-$3.8 trillion.', [n('$2-$3.8 trillion', 2e12, { kind: 'money', unit: 'USD', min: 2e12, max: 3.8e12 })]],
  ['Between 2 and 3 million people voted.', [n('Between 2 and 3 million people', 2e6, { min: 2e6, max: 3e6, counts: 'people', qualifier: 'between' })]],
  ['The 737-800 had fewer faults.', []],
];

const AGES_AND_SPANS_OF_TIME: Array<[string, Expected[]]> = [
  ['The 21-year-old won.', [n('21-year-old', 21, { kind: 'quantity', unit: 'year' })]],
  ['A five-year-old girl sang.', [n('five-year-old', 5, { kind: 'quantity', unit: 'year' })]],
  ['He got a 12-year sentence.', [n('12-year', 12, { counts: 'year' })]],
  ['They signed a two-year deal.', [n('two-year', 2, { counts: 'year' })]],
  ['Another three US insurance executives pleaded guilty.', [n('three US insurance executives', 3, { counts: 'executives' })]],
  ['I want a million and two billion.', [n('a million', 1e6), n('two billion', 2e9)]],
  ['Three hundred and two hundred are two numbers.', [n('Three hundred', 300), n('two hundred', 200), n('two numbers', 2, { counts: 'numbers' })]],
];

describeCaseTables('numbers', [
  ['cardinals', CARDINALS],
  ['fractions', FRACTIONS],
  ['ordinals', ORDINALS],
  ['percentages', PERCENTS],
  ['money', MONEY],
  ['quantities', QUANTITIES],
  ['ranges', RANGES],
  ['ages, spans of time, phrase ends', AGES_AND_SPANS_OF_TIME],
]);
