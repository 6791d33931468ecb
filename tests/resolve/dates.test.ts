/** Resolution against the reference date: the seed article, tense, and the calendar arithmetic. */
import { describe, expect, it } from 'vitest';
import { addDays, formatWeek, fromDays, isoWeek, toDays, weekdayOf } from '../../src/extract/dates/calendar.js';
import { SEED_TEXT } from '../helpers/seed.js';
import { brief, datesOf } from '../extract/dates/helpers.js';
import { isUnanchored } from '../../src/resolve/dates.js';

describe('the seed article (reference date inferred from its caption)', () => {
  const text = SEED_TEXT;
  const { dates, referenceDate } = datesOf(text);
  it('infers 2025-08-13 from the text', () => {
    expect(referenceDate).toMatchObject({ value: '2025-08-13', from: 'text' });
  });
  it.each([
    ['August 13, 2025', '2025-08-13'],
    ['Wednesday', '2025-08-13'],
    ['December', '2024-12'],
  ])('%s → %s', (shown, value) => {
    const d = dates.find((x) => x.text === shown);
    expect(d).toMatchObject({ type: 'DATE', value });
    expect(text.slice(d!.start, d!.end)).toBe(shown);
  });
});

describe('weekdays around a Friday reference (2025-08-15)', () => {
  it.each([
    ['He resigned on Wednesday.', 'Wednesday|DATE|2025-08-13'],
    ['She will speak on Wednesday.', 'Wednesday|DATE|2025-08-20'],
    ['The vote is set for next Wednesday.', 'next Wednesday|DATE|2025-08-20'],
    ['It happened last Wednesday.', 'last Wednesday|DATE|2025-08-13'],
    ['The markets were calm on Friday.', 'Friday|DATE|2025-08-15'],
  ])('%s', (text, expected) => {
    expect(brief(text, '2025-08-15')).toEqual([expected]);
  });
});

describe('the tense of the clause, from its words (Friday 2025-08-15)', () => {
  it.each([
    ['A spokesman said Thursday that troops will remain.', 'Thursday|DATE|2025-08-14'],
    ['The ministry announced on Monday that it will bid.', 'Monday|DATE|2025-08-11'],
    ['Talks are set to resume Monday in Belfast.', 'Monday|DATE|2025-08-18'],
    ['Officials plan to remove him on Thursday.', 'Thursday|DATE|2025-08-21'],
    ['He is to resume trading in Paris Tuesday.', 'Tuesday|DATE|2025-08-19'],
    ['Protesters were planning to drive around the airport on Monday.', 'Monday|DATE|2025-08-18'],
    // "were" before another verb stays past
    ['Protesters were marching around the airport on Monday.', 'Monday|DATE|2025-08-11'],
    // an infinitive behind a comma does not govern the date
    ['He wanted to leave, and in Paris on Tuesday he resigned.', 'Tuesday|DATE|2025-08-12'],
    ['The father would be traveling to Washington Thursday.', 'Thursday|DATE|2025-08-21'],
    ['He could arrive as early as Tuesday.', 'Tuesday|DATE|2025-08-19'],
    ['The offer had been due to expire Wednesday.', 'Wednesday|DATE|2025-08-13'],
    // a plan of the past: "had been scheduled", "had planned" (TimeBank wsj_0542 "previously had been scheduled to expire at midnight Friday")
    ['The offer had been scheduled to expire Wednesday.', 'Wednesday|DATE|2025-08-13'],
    ['They had planned a vote for Wednesday.', 'Wednesday|DATE|2025-08-13'],
    // must not fire: a plan now stays ahead
    ['The offer is scheduled to expire Wednesday.', 'Wednesday|DATE|2025-08-20'],
    ['The vote has been scheduled for Wednesday.', 'Wednesday|DATE|2025-08-20'],
    ['The case is heard in October.', 'October|DATE|2025-10'],
    ['Society agreed in June to buy the bank.', 'June|DATE|2025-06'],
    ["They will appeal Wednesday's ruling.", 'Wednesday|DATE|2025-08-13'],
    ["Friday's trading volume was low.", 'Friday|DATE|2025-08-15'],
    ['Flights will double by October.', 'October|DATE|2025-10'],
    ['The talks must end by Monday, officials said.', 'Monday|DATE|2025-08-18'],
    ['Members had filed reports by Wednesday.', 'Wednesday|DATE|2025-08-13'],
    ['Prices have risen since September.', 'September|DATE|2024-09'],
    ['The offer ended Sept. 30.', 'Sept. 30|DATE|2024-09-30'],
    // "as planned", also with an adverb between: a comparison, the clause's own verb decides
    ['The offensive began as originally planned on Saturday.', 'Saturday|DATE|2025-08-09'],
    ['Sales rose more than previously expected on Monday.', 'Monday|DATE|2025-08-11'],
    // must not fire: the plan word as a verb, or "as soon as"
    ['The offensive is planned for Saturday.', 'Saturday|DATE|2025-08-16'],
    ['Troops could leave as soon as Saturday.', 'Saturday|DATE|2025-08-16'],
    // "plans"/"planned" as a noun or an adjective mark no plan: the clause's verb decides
    // (TempEval-3 APW19980817 "On Friday, when Albright set aside vacation plans"; BBC "outlined some of the plans on Tuesday")
    ['The minister outlined the plans on Tuesday.', 'Tuesday|DATE|2025-08-12'],
    ['Thousands were on strike on Thursday in protest at planned job cuts.', 'Thursday|DATE|2025-08-14'],
    ['On Thursday, when she set aside vacation plans for the trip, the ministry lifted a warning.', 'Thursday|DATE|2025-08-14'],
    // must not fire: the plan word as a verb
    ['The party plans to hold a rally on Tuesday.', 'Tuesday|DATE|2025-08-19'],
    ['The opposition plans a rally on Tuesday.', 'Tuesday|DATE|2025-08-19'],
    ['Protesters planned a large demonstration on Saturday.', 'Saturday|DATE|2025-08-16'],
    // a verb of a timetable in the present right before the date points ahead
    // (TempEval-3 VOA19980501 "He and Palestinian leader Yasser Arafat meet separately Monday with ..."; BBC "The drama ... begins on Sunday evening", "finance ministers meet on Thursday")
    ['He and the prime minister meet separately Monday with the envoy.', 'Monday|DATE|2025-08-18'],
    ['The new series begins on Sunday.', 'Sunday|DATE|2025-08-17'],
    ['The film festival opens on Thursday.', 'Thursday|DATE|2025-08-21'],
    ['Finance ministers meet on Wednesday to discuss aid.', 'Wednesday|DATE|2025-08-20'],
    // must not fire: the word is a noun (after an adjective, an article, in capitals), a past "didn't", or an infinitive of a past plan
    ['He faced the public vote on Thursday.', 'Thursday|DATE|2025-08-14'],
    ['We had an early start on Thursday.', 'Thursday|DATE|2025-08-14'],
    ['She won the Chennai Open on Sunday.', 'Sunday|DATE|2025-08-10'],
    ["He didn't play on Sunday.", 'Sunday|DATE|2025-08-10'],
    ['The offer had been due to expire Wednesday.', 'Wednesday|DATE|2025-08-13'],
    // an "-ed" word after an article is an adjective, not a past tense ...
    ['It would be paid on a still unspecified date in January.', 'January|DATE|2026-01'],
    // ... but after a subject it is the verb
    ['The board proposed a merger in June.', 'June|DATE|2025-06'],
  ])('%s', (text, expected) => {
    expect(brief(text, '2025-08-15')).toEqual([expected]);
  });
});

describe('"the previous <weekday>", "the following <weekday>" count from the last day the text named (reference Monday 2025-08-18)', () => {
  it.each([
    // after TempEval-3 wsj_0586 (a Monday story on Friday's trading): a week before that Friday
    ['Shares closed lower on Friday, down 4.5% from the previous Friday.', ['Friday|DATE|2025-08-15', 'the previous Friday|DATE|2025-08-08']],
    ['He was arrested on June 3 and charged the following Monday.', ['June 3|DATE|2025-06-03', 'the following Monday|DATE|2025-06-09']],
    // must not fire: no day named before (the reference date), "today" names no day, "last" counts from the reference date
    ['The vote is on the following Monday.', ['the following Monday|DATE|2025-08-25']],
    ['Shares fell today, down from the previous Friday.', ['today|DATE|2025-08-18', 'the previous Friday|DATE|2025-08-15']],
    ['He spoke on Wednesday, and last Friday he resigned.', ['Wednesday|DATE|2025-08-13', 'last Friday|DATE|2025-08-15']],
  ])('%s', (text, expected) => {
    expect(brief(text, '2025-08-18')).toEqual(expected);
  });
});

describe('anaphoric dates take the last calendar date before them', () => {
  it.each([
    ['He fled in June 1998 and returned later that year.', ['June 1998|DATE|1998-06', 'later that year|DATE|1998|END']],
    ['He was promoted on May 22, 1995, and the following year he moved.', ['May 22, 1995|DATE|1995-05-22', 'the following year|DATE|1996']],
    ['The shop closed on Oct. 23, 1998. Earlier that day, a fax was sent.', ['Oct. 23, 1998|DATE|1998-10-23', 'Earlier that day|DATE|1998-10-23|START']],
    ['In March 1989 it bid. The following month, it sold itself.', ['March 1989|DATE|1989-03', 'The following month|DATE|1989-04']],
    ['Imports rose in 1988, and that year prices fell.', ['1988|DATE|1988', 'that year|DATE|1988']],
    ['The site was crossed out that same day.', ['that same day|DATE|2025-08-15']],
  ])('%s', (text, expected) => {
    expect(brief(text, '2025-08-15')).toEqual(expected);
  });
});

describe('an earnings report: the quarter it names first is the one "a year earlier" and "the latest period" mean (reference 2025-11-02)', () => {
  // constructed after the TimeBank earnings stories (wsj_0189: fiscal fourth quarter reported in November)
  it.each([
    ['Acme reported a decline in fourth-quarter earnings. It earned $45 million, compared with $85 million a year earlier. Sales in the latest period rose.',
      ['fourth-quarter|DATE|2025-Q4', 'a year earlier|DATE|2024-Q4', 'the latest period|DATE|2025-Q4']],
    ['Profit rose in the fiscal first quarter. In the 2024 period, the company lost money.',
      ['the fiscal first quarter|DATE|2025-Q1', 'the 2024 period|DATE|2024-Q1']],
    // the first numbered quarter wins: a later one is another quarter ("a fourth-quarter charge" ahead)
    ['Third-quarter profit rose. The storm will mean a fourth-quarter charge. Profit fell in the latest quarter.',
      ['Third-quarter|DATE|2025-Q3', 'fourth-quarter|DATE|2025-Q4', 'the latest quarter|DATE|2025-Q3']],
    // a comparison in a sentence about months compares the months: the year before, not its quarter
    ['Third-quarter profit rose. For the nine months, it earned $2 billion, up from $1.7 billion a year earlier.',
      ['Third-quarter|DATE|2025-Q3', 'the nine months|DURATION|P9M', 'a year earlier|DATE|2024']],
    ['Third-quarter profit rose. Profit for the year ended March 31 rose to 198m from 130m a year earlier.',
      ['Third-quarter|DATE|2025-Q3', 'the year|DURATION|P1Y', 'March 31|DATE|2025-03-31', 'a year earlier|DATE|2024']],
    ['Fourth-quarter sales rose to 805m, up from 700m in the same period in 2024.',
      ['Fourth-quarter|DATE|2025-Q4', 'the same period in 2024|DATE|2024-Q4']],
    ['Third-quarter profit rose. In the first nine months, it lost 10m, compared with 195m in the 2024 period.',
      ['Third-quarter|DATE|2025-Q3', 'the first nine months|DURATION|P9M', 'the 2024 period|DATE|2024']],
    // "the three months to December" is the quarter itself: the comparison stays a quarter
    ['In the three months to December, profit fell from a year earlier in a third quarter of high costs.',
      ['the three months|DURATION|P3M', 'December|DATE|2024-12', 'a year earlier|DATE|2024-Q3', 'third quarter|DATE|2025-Q3']],
    // a second report in the same paragraph: its own quarter is the one compared (after TimeBank wsj_1011, Delta and America West)
    ['Delta earned a record in the fiscal first quarter. Separately, America West reported third-quarter profit jumped 45% from $4 million a year earlier. Year-earlier results included a gain.',
      ['the fiscal first quarter|DATE|2025-Q1', 'third-quarter|DATE|2025-Q3', 'a year earlier|DATE|2024-Q3', 'Year-earlier|DATE|2024-Q3']],
    // "this year's third quarter" names a quarter as much as "the third quarter" does (after TimeBank wsj_0927)
    ["Net for this year's third quarter fell to $10.5 million, compared with $10.3 million a year earlier.",
      ["this year's third quarter|DATE|2025-Q3", 'a year earlier|DATE|2024-Q3']],
    // must not fire: a year named without a quarter leaves the comparison a year
    ['Profit rose this year. It earned $5 million, compared with $10 million a year earlier.',
      ['this year|DATE|2025', 'a year earlier|DATE|2024']],
    // must not fire: the other quarter is in another paragraph, so the story's first quarter stands
    ['Delta earned a record in the fiscal first quarter.\n\nAmerica West reported third-quarter profit.\n\nDelta earned $133 million, up from $100 million a year earlier.',
      ['the fiscal first quarter|DATE|2025-Q1', 'third-quarter|DATE|2025-Q3', 'a year earlier|DATE|2024-Q1']],
    // must not move: no numbered quarter (the quarter just reported, from the date), a half, or a quarter of another year
    ['Profit fell in the latest quarter, compared with a year earlier.', ['the latest quarter|DATE|2025-Q3', 'a year earlier|DATE|2024-Q3']],
    ['Profit rose in the first half. Sales fell in the latest quarter.', ['the first half|DATE|2025-H1', 'the latest quarter|DATE|2025-Q3']],
    ['Sales fell in the first quarter of 2023. Profit fell in the latest quarter.', ['the first quarter of 2023|DATE|2023-Q1', 'the latest quarter|DATE|2025-Q3']],
  ])('%s', (text, expected) => {
    expect(brief(text, '2025-11-02')).toEqual(expected);
  });
});

describe('months across a year boundary (reference 2026-01-10)', () => {
  it.each([
    ['Prices rose in December.', 'December|DATE|2025-12'],
    ['The law takes effect Feb. 1.', 'Feb. 1|DATE|2026-02-01'],
    ['Shops reopened Dec. 28.', 'Dec. 28|DATE|2025-12-28'],
    ['Profit fell last week.', 'last week|DATE|2026-W01'],
  ])('%s', (text, expected) => {
    expect(brief(text, '2026-01-10')).toEqual([expected]);
  });
});

describe('"last"/"next" + a month: never the current or an adjacent month (those are "this/last/next month")', () => {
  it.each([
    // fire: the same or the adjacent month on the named side is a year away
    ['2 March 1998', 'Two helicopters crashed last February.', '1998-03-02', 'last February|DATE|1997-02'],
    ['in March', 'Sales fell last March.', '2026-03-15', 'last March|DATE|2025-03'],
    ['in March', 'The plant opens next March.', '2026-03-15', 'next March|DATE|2027-03'],
    ['in March', 'The plant opens next April.', '2026-03-15', 'next April|DATE|2027-04'],
    // must not fire: a month two or more away keeps the nearest year on its side
    ['in March', 'Sales fell last January.', '2026-03-15', 'last January|DATE|2026-01'],
    ['in March', 'The plant opens next May.', '2026-03-15', 'next May|DATE|2026-05'],
    ['in October (TimeBank wsj)', 'The bank was acquired last April.', '1989-10-27', 'last April|DATE|1989-04'],
    // must not fire: a bare month follows the tense, a holiday the one just past
    ['in March', 'Sales fell in February.', '2026-03-15', 'February|DATE|2026-02'],
    ['in December', 'Sales fell last Thanksgiving.', '2025-12-10', 'last Thanksgiving|DATE|2025-11-27'],
  ])('%s: %s', (_when, text, reference, expected) => {
    expect(brief(text, reference)).toEqual([expected]);
  });
});

describe('integer calendar arithmetic', () => {
  it('days round-trip', () => {
    for (const days of [-719468, -1, 0, 1, 10957, 20000, 2932896]) expect(toDays(fromDays(days))).toBe(days);
  });
  it('weekdays and ISO weeks', () => {
    expect(weekdayOf({ y: 2025, m: 8, d: 13 })).toBe(3);
    expect(isoWeek({ y: 2025, m: 8, d: 13 })).toEqual({ year: 2025, week: 33 });
    expect(formatWeek({ y: 2021, m: 1, d: 1 })).toBe('2020-W53');
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
  });
});

describe('dates left unanchored without a reference date (the CLI warns about them)', () => {
  it.each([
    ['Ministers met on Wednesday.', ['Wednesday']],
    ['Profits fell last year and two days ago.', ['last year', 'two days ago']],
    ['Elections will be held in December.', ['December']],
    ['The talks began at 10 p.m.', ['10 p.m.']],
    // must not count: absolute dates, amounts of time, sets, vague references, and anaphora with an antecedent
    ['The treaty was signed on 4 April 1949.', []],
    ['The war lasted three years.', []],
    ['The council meets every Wednesday.', []],
    ['The company was recently sold and is now cheaper.', []],
    ['The plant opened in March 2019. Later that year it closed.', []],
  ])('%s', (text, expected) => {
    expect(datesOf(text).dates.filter(isUnanchored).map((d) => d.text)).toEqual(expected);
  });
  it('with a reference date nothing is left unanchored', () => {
    expect(datesOf('Ministers met on Wednesday and will meet next week.', '2025-08-13').dates.filter(isUnanchored)).toEqual([]);
  });
});
