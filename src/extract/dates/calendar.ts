/** Integer calendar arithmetic (proleptic Gregorian, no time zones, no Date objects). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDays({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekdayOf(date: Ymd): number {
  const w = (toDays(date) + 3) % 7; // 1970-01-01 was a Thursday (3 with Monday = 0)
  return (w < 0 ? w + 7 : w) + 1;
}

/** ISO week-numbering year and week. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const days = toDays(date);
  const thursday = days - weekdayOf(date) + 4;
  const { y } = fromDays(thursday);
  const jan1 = toDays({ y, m: 1, d: 1 });
  return { year: y, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

export function daysInMonth(y: number, m: number): number {
  return toDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }) - toDays({ y, m, d: 1 });
}

export function parseYmd(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (date.m < 1 || date.m > 12 || date.d < 1 || date.d > daysInMonth(date.y, date.m)) return null;
  return date;
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const p4 = (n: number): string => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(4, '0');

export function formatYmd({ y, m, d }: Ymd): string {
  return `${p4(y)}-${p2(m)}-${p2(d)}`;
}
export function formatYm(y: number, m: number): string {
  return `${p4(y)}-${p2(m)}`;
}
export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${p4(year)}-W${p2(week)}`;
}
export { p4 as formatYear };
