/** Date forms, TimeML extents and TIMEX3 values against a fixed reference date (Wednesday 2025-08-13). */
import { describe, expect, it } from 'vitest';
import { brief, datesOf } from './helpers.js';

const REF = '2025-08-13'; // a Wednesday

describe('explicit dates', () => {
  it.each([
    ['It was signed on August 13, 2025 in Ankara.', ['August 13, 2025|DATE|2025-08-13']],
    ['They met on 13 August 2025.', ['13 August 2025|DATE|2025-08-13']],
    ['The deal closes Aug. 29.', ['Aug. 29|DATE|2025-08-29']],
    ['It opened in March 2024.', ['March 2024|DATE|2024-03']],
    // a clock time without its own day takes the day of its sentence
    ['Filed 2025-08-01 at noon.', ['2025-08-01|DATE|2025-08-01', 'noon|TIME|2025-08-01T12:00']],
    ['The editorial ran on Friday, Oct. 13, 1989.', ['Friday, Oct. 13, 1989|DATE|1989-10-13']],
    ['the 4th of July celebrations', ['the 4th of July|DATE|2025-07-04']],
    ['A hearing was held the week of March 6.', ['the week of March 6|DATE|2025-W10']],
    ['It happened in the week of Aug. 4, 2025.', ['the week of Aug. 4, 2025|DATE|2025-W32']],
    ['He was born in 1961.', ['1961|DATE|1961']],
    ['Sales in fiscal 1989 rose.', ['fiscal 1989|DATE|1989']],
    ['from 2019 to 2021', ['2019|DATE|2019', '2021|DATE|2021']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('weekdays and months resolve by the tense of their clause', () => {
  it.each([
    ['The ministries signed an agreement on Wednesday.', ['Wednesday|DATE|2025-08-13']],
    ['Troops withdrew on Monday.', ['Monday|DATE|2025-08-11']],
    ['The talks will resume on Friday.', ['Friday|DATE|2025-08-15']],
    ['He arrived last Friday.', ['last Friday|DATE|2025-08-08']],
    ['They meet next Monday.', ['next Monday|DATE|2025-08-18']],
    ['Rebels removed Assad from power in December.', ['December|DATE|2024-12']],
    ['Elections will be held in December.', ['December|DATE|2025-12']],
    ['Prices rose in June.', ['June|DATE|2025-06']],
    // night and morning give the day (TimeBank's majority); evening and afternoon keep the part
    ['Protesters marched on Saturday night.', ['Saturday night|DATE|2025-08-09']],
    ['They left early Friday morning.', ['early Friday morning|DATE|2025-08-08|START']],
    ['He spoke on Thursday evening.', ['Thursday evening|TIME|2025-08-07TEV']],
    ['The vote was on Monday afternoon.', ['Monday afternoon|TIME|2025-08-11TAF']],
    ['The bomb exploded at 10 p.m. Tuesday.', ['10 p.m. Tuesday|TIME|2025-08-12T22:00']],
    // a date in parentheses that says nothing itself takes the tense around it (after TempEval-3 APW20000405.0276) ...
    ['The father will leave at dawn (Monday), Castro said.', ['Monday|DATE|2025-08-18']],
    ['The father left at dawn (Monday), Castro said.', ['Monday|DATE|2025-08-11']],
    // ... but a tense inside the parentheses wins
    ['The father will leave (he arrived Monday).', ['Monday|DATE|2025-08-11']],
    // "until" points ahead, but a past-perfect clause is all behind (after TempEval-3 APW19990507.0207) ...
    ['Until Thursday, the police had not named a suspect.', ['Thursday|DATE|2025-08-07']],
    ['They had not heard from him until Monday.', ['Monday|DATE|2025-08-11']],
    ['She had planned to stay until Friday.', ['Friday|DATE|2025-08-08']],
    // ... and without one it still points ahead
    ['The talks were postponed until Tuesday.', ['Tuesday|DATE|2025-08-19']],
    ['The ban runs until Friday, officials said.', ['Friday|DATE|2025-08-15']],
    ['Police have until Friday to charge him.', ['Friday|DATE|2025-08-15']],
    ['The deadline was extended till Monday.', ['Monday|DATE|2025-08-18']],
    // "had not" keeps the past perfect for "by" as well; a plain "by" still looks ahead
    ['The firm had not paid its staff by Monday.', ['Monday|DATE|2025-08-11']],
    ['The firm must pay its staff by Monday.', ['Monday|DATE|2025-08-18']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('relative dates', () => {
  it.each([
    ['Profits fell last year.', ['last year|DATE|2024']],
    ['It was agreed this week.', ['this week|DATE|2025-W33']],
    ['The vote is next month.', ['next month|DATE|2025-09']],
    ['He left two days ago.', ['two days ago|DATE|2025-08-11']],
    ['The plant closed a year ago.', ['a year ago|DATE|2024']],
    ['The company was recently sold.', ['recently|DATE|PAST_REF']],
    ['Oil is now cheaper.', ['now|DATE|PRESENT_REF']],
    ['He spoke yesterday and will return tomorrow.', ['yesterday|DATE|2025-08-12', 'tomorrow|DATE|2025-08-14']],
    ['Earlier this month, shares fell.', ['Earlier this month|DATE|2025-08|START']],
    ['We expect growth in the future.', ['the future|DATE|FUTURE_REF']],
    // "a later date": an unspecified time ahead (after TimeBank wsj_0981 "at a later date") ...
    ['The rest will be sold at a later date.', ['a later date|DATE|FUTURE_REF']],
    ['The vote was moved to a future date.', ['a future date|DATE|FUTURE_REF']],
    // ... but not a later date of something, nor "a later stage" or a date that is a fruit
    ['Records show a later date of birth.', []],
    ['He ate a date later.', []],
    ['Last fall was dry.', ['Last fall|DATE|2024-FA']],
    ['The bank will report by year-end.', ['year-end|DATE|2025-12-31']],
    ['The index has risen 12% since year-end.', ['year-end|DATE|2024-12-31']],
    // "year end", "year's end" are "the end of the year": the year, mod END (after TimeBank wsj_0950, wsj_1013) ...
    ['It will cut 6,000 jobs by year end.', ['year end|DATE|2025|END']],
    ["Rules should be in place by year's end.", ["year's end|DATE|2025|END"]],
    // ... but not the hyphenated accounting date, nor "the year ended June 30"
    ['The bank will close the deal by year-end.', ['year-end|DATE|2025-12-31']],
    ['Profit for the year ended June 30 rose.', ['the year|DURATION|P1Y', 'June 30|DATE|2025-06-30']],
    // a bare "the week" leaves its week open, in the reference year (after TimeBank wsj_0585, wsj_0586) ...
    ['For the week, the index dropped 3.8%.', ['the week|DATE|2025-WXX']],
    ["Thursday was the week's most active session.", ['Thursday|DATE|2025-08-07', 'the week|DATE|2025-WXX']],
    // ... but "this week", "the weekend" and "the week of March 6" name their week
    ['Shares fell this week.', ['this week|DATE|2025-W33']],
    // "it's the n-th day" is today (after TempEval-3 PRI19980306, AP900815); "it was", "his first day" stay undated
    ["It's the second day of an offensive.", ['the second day|DATE|2025-08-13']],
    ['Today is the eighth day of the operation.', ['Today|DATE|2025-08-13', 'the eighth day|DATE|2025-08-13']],
    ['It was the second day of the strike.', ['the second day|DATE|XXXX-XX-XX']],
    ['He vowed to act on his first day in office.', ['first day|DATE|XXXX-XX-XX']],
    ['We could meet earlier in the week.', ['the week|DATE|2025-W33']],
    ['Push your code by the end of the week.', ['the end of the week|DATE|2025-W33|END']],
    ['Rain is expected for the rest of the week.', ['the week|DATE|2025-W33']],
    // ... unless an event follows: "the week following" a squeeze is open (after TimeBank wsj_0768)
    ['Outflows doubled the level of the week following the squeeze.', ['the week|DATE|2025-WXX']],
    ['Shares fell over the weekend.', ['the weekend|DATE|2025-W32-WE']],
    // "this weekend", "the coming weekend" midweek: the weekend ahead, the reference week's own ...
    ['The festival opens this weekend.', ['this weekend|DATE|2025-W33-WE']],
    ['Talks will resume this coming weekend.', ['this coming weekend|DATE|2025-W33-WE']],
    ['Fans will travel for the coming weekend.', ['the coming weekend|DATE|2025-W33-WE']],
    // ... but "this weekend" in a past clause is the one just past, and "next weekend" a week on
    ['Protests this weekend turned violent.', ['this weekend|DATE|2025-W32-WE']],
    ['They will play next weekend.', ['next weekend|DATE|2025-W34-WE']],
    ['Talks will take place this weekend.', ['this weekend|DATE|2025-W33-WE']],
    ['Officials met over the weekend.', ['the weekend|DATE|2025-W32-WE']],
    ['He was injured last weekend.', ['last weekend|DATE|2025-W32-WE']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('quarters, decades and modifiers', () => {
  it.each([
    ['Profit rose in the third quarter.', ['the third quarter|DATE|2025-Q3']],
    ['Its third-quarter profit rose.', ['third-quarter|DATE|2025-Q3']],
    ['Sales fell in the first quarter of 2024.', ['the first quarter of 2024|DATE|2024-Q1']],
    // "of the year" is part of the quarter or half (one TIMEX3) and leaves the year to the tense, as without it
    ['Growth will pick up in the second half of the year.', ['the second half of the year|DATE|2025-H2']],
    ['Profit rose in the first quarter of the year.', ['the first quarter of the year|DATE|2025-Q1']],
    ['Sales will be weak in the fourth quarter of the year.', ['the fourth quarter of the year|DATE|2025-Q4']],
    // ... but a quarter without its number is no date, and "the year" stays alone
    ['It was the best quarter of the year.', ['the year|DATE|2025']],
    ['Profit fell in the latest quarter, from $5 million in the 2024 period.', ['the latest quarter|DATE|2025-Q2', 'the 2024 period|DATE|2024-Q2']],
    ['Sales in the 2024 period rose.', ['the 2024 period|DATE|2024']],
    ['It was popular in the 1990s.', ['the 1990s|DATE|199']],
    ["Sales were flat in the last half of the '80s.", ["the last half of the '80s|DATE|198|END"]],
    ['Sales rose in the first half of 1990.', ['the first half of 1990|DATE|1990-H1']],
    // TempEval-3 dev wsj_1003: "through at least the first two quarters of 1990" (1990-H1, one TIMEX3)
    ['The trend will last through the first two quarters of 1990.', ['the first two quarters of 1990|DATE|1990-H1']],
    // ... but two quarters without a year named after them are an amount of time
    ['Sales rose in the first two quarters.', ['the first two quarters|DURATION|P2Q']],
    ["Rents doubled in the '80s.", ["the '80s|DATE|198"]],
    ['Jazz boomed in the twenties.', ['the twenties|DATE|192']],
    ['The bridge opened in mid-2024.', ['mid-2024|DATE|2024|MID']],
    ['Rates rose in early 1990.', ['early 1990|DATE|1990|START']],
    ['The plan takes effect in late November.', ['late November|DATE|2025-11|END']],
    ['It was built in the 19th century.', ['the 19th century|DATE|18']],
    ['Demand will stay high well into the summer.', ['the summer|DATE|2025-SU']],
    ['Orders rose from the low levels of the early summer.', ['the early summer|DATE|2025-SU|START']],
    ['Prices hit that level in the winter of 1994.', ['the winter of 1994|DATE|1994-WI']],
    ['We saw it in the winter of nineteen ninety-four.', ['the winter of nineteen ninety-four|DATE|1994-WI']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('durations and sets', () => {
  it.each([
    ['Prices doubled over the past three years.', ['the past three years|DURATION|P3Y']],
    ['The strike lasted two weeks.', ['two weeks|DURATION|P2W']],
    ['It signed a two-year contract.', ['two-year|DURATION|P2Y']],
    ['The flight took nearly 2 hours.', ['nearly 2 hours|DURATION|PT2H|EQUAL_OR_LESS']],
    // post-modifiers join the expression and give its mod ...
    ['It will not be profitable until 1994 or later.', ['1994 or later|DATE|1994|ON_OR_AFTER']],
    ['It set goals for 1990 and beyond.', ['1990 and beyond|DATE|1990|ON_OR_AFTER']],
    ['Shares may rise over the next two years or so.', ['the next two years or so|DURATION|P2Y|APPROX']],
    // ... but not when they lead on to another bound, or join two dates
    ['Sales before 2018 or before 2000 fell.', ['2018|DATE|2018', '2000|DATE|2000']],
    ['Records lasting 2 hours or more than 4 days.', ['2 hours|DURATION|PT2H', 'more than 4 days|DURATION|P4D|MORE_THAN']],
    ['He was born in 1994 or 1995.', ['1994|DATE|1994', '1995|DATE|1995']],
    // "around" before a date or a time is in the span, with APPROX; before other words it is nothing
    ['The deal should close around Nov. 1.', ['around Nov. 1|DATE|2025-11-01|APPROX']],
    ['He was shot around 7:15 p.m.', ['around 7:15 p.m.|TIME|2025-08-13T19:15|APPROX']],
    ['Rumours are going around these days.', ['these days|DATE|PRESENT_REF']],
    ['He cannot turn things around now.', ['now|DATE|PRESENT_REF']],
    ['It became a movie in 1967 and later a soap.', ['1967|DATE|1967']],
    // the title rule must not fire at the start of a sentence or on a lower-case unit
    ['60 Minutes later, he left.', ['60 Minutes|DURATION|PT60M']],
    ['The interview lasted 60 minutes.', ['60 minutes|DURATION|PT60M']],
    // "about" and "over" stay outside the extent (TempEval-3, Recognizers-Text); "about" still gives its mod ...
    ['She spent about five hours in Tanzania.', ['five hours|DURATION|PT5H|APPROX']],
    ['The loans can be used over three years.', ['three years|DURATION|P3Y']],
    ['She has taught ballet for over 48 years.', ['48 years|DURATION|P48Y|MORE_THAN']],
    // ... except before "ago", and other hedges stay inside
    ['He left about two years ago.', ['about two years ago|DATE|2023|APPROX']],
    ['It rose for more than a decade.', ['more than a decade|DURATION|P10Y|MORE_THAN']],
    ['Sales rose in the first nine months.', ['the first nine months|DURATION|P9M']],
    ['The committee meets every week.', ['every week|SET|P1W']],
    ['The paper is published daily.', ['daily|SET|P1D']],
    ['Shops close on Sundays.', ['Sundays|SET|XXXX-WXX-7']],
    ['Two flights leave on Monday and Tuesday nights.', ['Monday|SET|XXXX-WXX-1TNI', 'Tuesday nights|SET|XXXX-WXX-2TNI']],
    ['Three days later, the index fell.', ['Three days|DURATION|P3D']],
    ['He will stay for at least two more weeks.', ['at least two more weeks|DURATION|P2W|EQUAL_OR_MORE']],
    ['The loan may be extended for an additional year.', ['an additional year|DURATION|P1Y']],
    ['Eight trading days after the crash, shares recovered.', ['Eight trading days|DURATION|P8D']],
    ['Funds may sell bonds in the weeks ahead.', ['the weeks ahead|DURATION|PXW']],
    ['They left their third day-long meeting.', ['day-long|DURATION|P1D']],
    ['It is a decades-long battle.', ['decades-long|DURATION|PXY']],
    ['By mid-afternoon, shares were up.', ['mid-afternoon|TIME|2025-08-13TAF|MID']],
    ['Shares rose at mid-afternoon yesterday.', ['mid-afternoon yesterday|TIME|2025-08-12TAF|MID']],
    ['It will matter for the years to come.', ['the years to come|DURATION|PXY']],
    ['But a minute and a half later, a pilot calls in.', ['a minute and a half|DURATION|PT1M30S']],
    ["I'll be back within the next day.", []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('spans are exact', () => {
  it('start/end/text of each date match the input', () => {
    const text = 'On Wednesday, August 13, 2025, the ministers met for three hours.';
    const { dates } = datesOf(text, REF);
    expect(dates.map((d) => [d.start, d.end, d.text, d.type, d.value])).toEqual([
      [3, 29, 'Wednesday, August 13, 2025', 'DATE', '2025-08-13'],
      [53, 64, 'three hours', 'DURATION', 'PT3H'],
    ]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
  it('every fact names its rule', () => {
    const { dates } = datesOf('He left last year and returns on Friday.', REF);
    expect(dates.map((d) => d.rule)).toEqual(['relative-unit', 'weekday-name']);
  });
});

describe('without a reference date, values stay underspecified', () => {
  it.each([
    ['The vote was held in December.', ['December|DATE|XXXX-12']],
    ['They met on Wednesday.', ['Wednesday|DATE|XXXX-WXX-3']],
    ['He left last year.', ['last year|DATE|null']],
    ['It lasted three years.', ['three years|DURATION|P3Y']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
