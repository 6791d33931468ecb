/**
 * The TimeML forms that are not calendar dates (issue 15): amounts of time without a number, sets,
 * amounts from an anchor ("three weeks later", "ten years from now"), anchored phrases, time
 * zones, and days and months far from the reference date. Constructed sentences; each table has
 * rows where the rule must not fire. Reference date: Wednesday 2025-08-13 unless a row says so.
 */
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

const REF = '2025-08-13'; // a Wednesday, in US daylight saving time

describe('amounts of time without a number (rule unit-without-number)', () => {
  it.each([
    ['Ukraine was ruled from Moscow for centuries.', ['centuries|DURATION|PXCE']],
    ['The rebels have fought for years.', ['years|DURATION|PXY']],
    ['Troops will arrive within weeks.', ['weeks|DURATION|PXW']],
    ['He died within weeks or months of his capture.', ['weeks or months|DURATION|PXW']],
    ['A deal could come in a matter of days.', ['a matter of days|DURATION|PXD']],
    ['Hours after the blast, police arrived.', ['Hours|DURATION|PTXH']],
    ['Days later the talks failed.', ['Days|DURATION|PXD']],
    ['It is the first rise in years.', ['years|DURATION|PXY']],
    // must not fire: no preposition of time and no "after"/"later"
    ['He brings years of experience to the job.', []],
    ['He was rewarded for years of service.', []],
    ['She wore a cast for three and a half months after the fall.', []],
    ['The years passed slowly.', []],
    ['They stayed at the Days Inn on Friday.', ['Friday|DATE|2025-08-08']],
    ['She has 20 years of experience.', ['20 years|DURATION|P20Y']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('sets (rules every-unit, times-per-unit, frequency-adverb)', () => {
  it.each([
    ['Fees rise yearly.', ['yearly|SET|P1Y']],
    ['Guards patrol every night.', ['every night|SET|XXXX-XX-XXTNI']],
    ['Rent is paid each month.', ['each month|SET|P1M']],
    ['The board meets twice a week.', ['twice a week|SET|P1W']],
    ['It happens three times a year.', ['three times a year|SET|P1Y']],
    ['Let us meet once a month.', ['once a month|SET|P1M']],
    // must not fire
    ['The annual report is out.', []],
    ['It pays a quarterly dividend.', []],
    ['He once again denied it.', []],
    ['Tickets cost $5 a week.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('an amount from another point is an amount, not a calendar date', () => {
  it.each([
    ['Some three weeks later he left.', ['Some three weeks|DURATION|P3W|APPROX']],
    ['Three days later he resigned.', ['Three days|DURATION|P3D']],
    ['Ten years from now it will be over.', ['Ten years from now|DURATION|P10Y']],
    ['The bill takes effect a year hence.', ['a year hence|DURATION|P1Y']],
    // "ago" counts back from the article's date: a date
    ['He left two days ago.', ['two days ago|DATE|2025-08-11']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('TimeML conventions for periods', () => {
  it.each([
    ['Growth will slow over the coming decade.', ['the coming decade|DURATION|P10Y']],
    ['Crime fell in the past decade.', ['the past decade|DURATION|P10Y']],
    ['Rents rose in the past century.', ['the past century|DURATION|P100Y']],
    ['Profit will rise in the current quarter.', ['the current quarter|DATE|2025-Q3']],
    // must stay dates: this decade, the latest (reported) quarter, the past year
    ['Art of this decade is loud.', ['this decade|DATE|202']],
    ['Profit rose in the latest quarter.', ['the latest quarter|DATE|2025-Q2']],
    ['Prices rose over the past year.', ['the past year|DATE|2024']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('anchored phrases are one expression', () => {
  it.each([
    ['Sales rose 5% from the same week a year ago.', ['the same week a year ago|DATE|2024-W33']],
    ['Prices fell from the same month last year.', ['the same month last year|DATE|2024-08']],
    ['December sales fell 0.7% on the same month last year.', ['December|DATE|2024-12', 'the same month last year|DATE|2023-12']],
    ['Profit doubled from the corresponding period last year.', ['the corresponding period last year|DATE|2024']],
    ['The launch is set for Thursday at 14:00 UTC.', ['Thursday at 14:00 UTC|TIME|2025-08-14T14:00Z']],
    ['He met the king yesterday at 3 p.m.', ['yesterday at 3 p.m.|TIME|2025-08-12T15:00']],
    // must not join: "the same week" without the year back is the anaphoric week (here the reference week)
    ['It happened the same week.', ['the same week|DATE|2025-W33']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('time zones stay in the value; a clock time takes the day its sentence names', () => {
  it.each([
    ['It exploded at 21:15 UTC.', REF, ['21:15 UTC|TIME|2025-08-13T21:15Z']],
    ['The rocket lifted off at 3pm GMT.', REF, ['3pm GMT|TIME|2025-08-13T15:00Z']],
    ['The offer expires at 5 p.m. EST, Nov. 6.', REF, ['5 p.m. EST, Nov. 6|TIME|2025-11-06T17:00-05:00']],
    ['Trading halts at noon ET.', REF, ['noon ET|TIME|2025-08-13T12:00-04:00']],
    ['Trading halts at noon ET.', '2025-01-15', ['noon ET|TIME|2025-01-15T12:00-05:00']],
    ['The attack began at 0735 GMT on Friday.', REF, ['0735 GMT|TIME|2025-08-08T07:35Z', 'Friday|DATE|2025-08-08']],
    ['The blast occurred at about 10:35 a.m. on Friday.', REF, ['10:35 a.m.|TIME|2025-08-08T10:35', 'Friday|DATE|2025-08-08']],
    // a US zone named in words: daylight saving unless "Standard Time" says otherwise
    ['Trading resumes at noon Eastern.', REF, ['noon Eastern|TIME|2025-08-13T12:00-04:00']],
    ['Trading resumes at noon Eastern.', '2025-01-15', ['noon Eastern|TIME|2025-01-15T12:00-05:00']],
    ['Polls close at 8 p.m. Pacific time.', REF, ['8 p.m. Pacific time|TIME|2025-08-13T20:00-07:00']],
    ['It starts at 9 a.m. Eastern Standard Time.', REF, ['9 a.m. Eastern Standard Time|TIME|2025-08-13T09:00-05:00']],
    // must not fire: the zone word begins a name, is in lower case, or follows a bare number
    ['He arrived at 10am Central London.', REF, ['10am|TIME|2025-08-13T10:00']],
    ['They met at 3pm eastern time.', REF, ['3pm|TIME|2025-08-13T15:00']],
    ['They signed 7 Eastern players.', REF, []],
    // must not fire: "et" and "est" are words in lower case; a year before GMT is a year
    ['See Article 10 et seq. of the treaty.', REF, []],
    ['The vote was held in 2015 GMT rules.', REF, ['2015|DATE|2015']],
    // a capitalized noon after a capitalized word is a name (BBC sport: "Jamie Noon is injured")
    ['Jamie Noon is another player on the sidelines.', REF, []],
  ])('%s (%s)', (text, ref, expected) => {
    expect(brief(text, ref)).toEqual(expected);
  });
});

describe('a day and month months away follow the tense of their clause', () => {
  it.each([
    ['He was last seen Nov. 3.', '2025-05-07', ['Nov. 3|DATE|2024-11-03']],
    ['The summit opens Nov. 3.', '2025-05-07', ['Nov. 3|DATE|2025-11-03']],
    // must not move: within three months the nearest day wins whatever the tense
    ['The company declared a dividend, payable Dec. 15.', '2025-10-26', ['Dec. 15|DATE|2025-12-15']],
  ])('%s (%s)', (text, ref, expected) => {
    expect(brief(text, ref)).toEqual(expected);
  });
});
