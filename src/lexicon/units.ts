/**
 * Units of measure for quantities: surface form (lower case; "/" and no spaces where written
 * glued, e.g. "km/h") → the unit written in the output. Multi-word forms are matched longest
 * first. Single letters ("m", "g", "t", "l") count only when glued to the digits or right after
 * them. Time words are not units here: "three weeks" counts weeks (see `TIME_UNITS`), except
 * ages ("five years old").
 */
import { GENERATED_UNIT_NAMES, GENERATED_UNIT_SYMBOLS } from './generated/units.js';
import { asMap, properPrefixes, table } from './table.js';
export const UNITS: Readonly<Record<string, string>> = table({
  // length
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
  mm: 'mm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm',
  dm: 'dm', decimetre: 'dm', decimetres: 'dm', decimeter: 'dm', decimeters: 'dm',
  mile: 'mi', miles: 'mi', mi: 'mi',
  foot: 'ft', feet: 'ft', ft: 'ft',
  inch: 'in', inches: 'in',
  yard: 'yd', yards: 'yd', yd: 'yd', yds: 'yd',
  'nautical miles': 'nmi', picometer: 'pm', picometers: 'pm', picometre: 'pm', picometres: 'pm',
  'nautical mile': 'nmi', nm: 'nm', nanometre: 'nm', nanometres: 'nm', nanometer: 'nm', nanometers: 'nm',
  'µm': 'µm', micrometre: 'µm', micrometres: 'µm', micrometer: 'µm', micrometers: 'µm', micron: 'µm', microns: 'µm',
  'light year': 'ly', 'light years': 'ly', 'light-year': 'ly', 'light-years': 'ly', parsec: 'pc', parsecs: 'pc',
  furlong: 'fur', furlongs: 'fur',
  // area
  'square metres': 'm²', 'square meters': 'm²', 'sq m': 'm²', m2: 'm²', 'm²': 'm²',
  'square kilometres': 'km²', 'square kilometers': 'km²', 'sq km': 'km²', km2: 'km²', 'km²': 'km²',
  'square miles': 'mi²', 'sq miles': 'mi²', 'square feet': 'ft²', 'sq ft': 'ft²',
  'square metre': 'm²', 'square meter': 'm²', 'square kilometre': 'km²', 'square kilometer': 'km²',
  'square mile': 'mi²', 'sq mi': 'mi²', 'mi²': 'mi²', 'square foot': 'ft²', ft2: 'ft²', 'ft²': 'ft²',
  'square yard': 'yd²', 'square yards': 'yd²', 'sq yd': 'yd²', 'square inch': 'in²', 'square inches': 'in²', 'sq in': 'in²',
  'square centimetre': 'cm²', 'square centimetres': 'cm²', 'square centimeter': 'cm²', 'square centimeters': 'cm²',
  cm2: 'cm²', 'cm²': 'cm²',
  acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha',
  // weight
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg',
  g: 'g', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g',
  mg: 'mg', milligram: 'mg', milligrams: 'mg',
  milligramme: 'mg', milligrammes: 'mg', carat: 'ct', carats: 'ct',
  kilotonne: 'kt', kilotonnes: 'kt', kiloton: 'kt', kilotons: 'kt', megatonne: 'Mt', megatonnes: 'Mt', megaton: 'Mt', megatons: 'Mt',
  microgram: 'µg', micrograms: 'µg', microgramme: 'µg', microgrammes: 'µg', mcg: 'µg', 'µg': 'µg',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  oz: 'oz', ounce: 'oz', ounces: 'oz',
  t: 't', tonne: 't', tonnes: 't', ton: 't', tons: 't', 'metric tons': 't', 'metric tonnes': 't',
  // volume
  l: 'l', litre: 'l', litres: 'l', liter: 'l', liters: 'l',
  ml: 'ml', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml', milliliters: 'ml',
  gallon: 'gal', gallons: 'gal', gal: 'gal',
  barrel: 'bbl', barrels: 'bbl', bbl: 'bbl',
  'cubic feet': 'ft³', 'cubic metres': 'm³', 'cubic meters': 'm³',
  'cubic foot': 'ft³', 'cubic metre': 'm³', 'cubic meter': 'm³', m3: 'm³', 'm³': 'm³', 'ft³': 'ft³',
  'cubic inch': 'in³', 'cubic inches': 'in³', 'cubic yard': 'yd³', 'cubic yards': 'yd³',
  'cubic centimetre': 'cm³', 'cubic centimetres': 'cm³', 'cubic centimeter': 'cm³', 'cubic centimeters': 'cm³', cm3: 'cm³', 'cm³': 'cm³', cc: 'cm³',
  'cubic kilometre': 'km³', 'cubic kilometres': 'km³', 'cubic kilometer': 'km³', 'cubic kilometers': 'km³', 'km³': 'km³',
  pint: 'pt', pints: 'pt', quart: 'qt', quarts: 'qt', 'fluid ounce': 'fl oz', 'fluid ounces': 'fl oz', 'fl oz': 'fl oz',
  cl: 'cl', centilitre: 'cl', centilitres: 'cl', centiliter: 'cl', centiliters: 'cl',
  dl: 'dl', decilitre: 'dl', decilitres: 'dl', deciliter: 'dl', deciliters: 'dl',
  hectolitre: 'hl', hectolitres: 'hl', hectoliter: 'hl', hectoliters: 'hl',
  cup: 'cup', cups: 'cup', tablespoon: 'tbsp', tablespoons: 'tbsp', tbsp: 'tbsp',
  teaspoon: 'tsp', teaspoons: 'tsp', tsp: 'tsp',
  // speed
  mph: 'mph', 'miles an hour': 'mph', 'miles per hour': 'mph',
  'km/h': 'km/h', kph: 'km/h', kmph: 'km/h', 'km/hr': 'km/h',
  'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'kilometres an hour': 'km/h',
  'km/ms': 'km/ms', 'meters per millisecond': 'm/ms', 'metres per millisecond': 'm/ms',
  'centimeters/millisecond': 'cm/ms', knot: 'kn', knots: 'kn',
  'm/s': 'm/s', 'metres per second': 'm/s', 'meters per second': 'm/s', 'km/s': 'km/s',
  'kilometres per second': 'km/s', 'kilometers per second': 'km/s', 'ft/s': 'ft/s', 'feet per second': 'ft/s',
  'miles per second': 'mi/s',
  // temperature and angle
  '°c': '°C', '°f': '°F', '° c': '°C', '° f': '°F', '°': '°',
  '° celsius': '°C', '°celsius': '°C', '° centigrade': '°C', '° fahrenheit': '°F', '°fahrenheit': '°F',
  'degree centigrade': '°C', centigrade: '°C',
  'degrees celsius': '°C', 'degree celsius': '°C', 'degrees centigrade': '°C', 'degrees c': '°C', celsius: '°C',
  'degrees fahrenheit': '°F', 'degree fahrenheit': '°F', 'degrees farenheit': '°F', 'degrees f': '°F',
  fahrenheit: '°F', farenheit: '°F', celcius: '°C', 'degrees celcius': '°C',
  'deg celsius': '°C', 'deg c': '°C', 'deg fahrenheit': '°F', 'deg f': '°F',
  degrees: '°', degree: '°', 'deg.': '°', deg: '°',
  rad: 'rad', radian: 'rad', radians: 'rad',
  // information, power, energy
  kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB', kilobytes: 'KB', megabytes: 'MB', gigabytes: 'GB', terabytes: 'TB',
  kilobyte: 'KB', megabyte: 'MB', gigabyte: 'GB', terabyte: 'TB', pb: 'PB', petabyte: 'PB', petabytes: 'PB',
  byte: 'B', bytes: 'B', bits: 'bit', kilobit: 'kbit', kilobits: 'kbit', megabit: 'Mbit', megabits: 'Mbit',
  gigabit: 'Gbit', gigabits: 'Gbit', terabit: 'Tbit', terabits: 'Tbit',
  mbps: 'Mbps', kbps: 'kbps', gbps: 'Gbps', ghz: 'GHz', mhz: 'MHz',
  kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', megawatts: 'MW', gigawatts: 'GW', kilowatts: 'kW',
  watt: 'W', watts: 'W', kilowatt: 'kW', megawatt: 'MW', gigawatt: 'GW', 'kilowatt hours': 'kWh', 'kilowatt-hours': 'kWh',
  'kilowatt-hour': 'kWh', 'kilowatt hour': 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', horsepower: 'hp', hp: 'hp',
  joule: 'J', joules: 'J', kilojoule: 'kJ', kilojoules: 'kJ', kj: 'kJ',
  // trade and energy units of the news that no units library lists
  bpd: 'bbl/d', 'b/d': 'bbl/d', 'barrels a day': 'bbl/d', 'barrels per day': 'bbl/d',
  teu: 'TEU', teus: 'TEU', 'twenty-foot equivalent units': 'TEU',
});

/**
 * The unit written at a surface form: the hand table above first (lower case), then the
 * generated table from js-quantities: names in lower case ("megapascals"), symbols as written
 * ("MW", "kWh", "mSv"). `written` is the surface form with its case.
 */
export function unitOf(lower: string, written: string): string | undefined {
  const l = microSign(lower);
  return UNIT_NAMES.get(l) ?? UNIT_SYMBOLS.get(microSign(written));
}

/**
 * The tables of {@link unitOf} as Maps (see `asMap`: they are asked with words and joined words of
 * the text), the hand table winning over the generated one.
 */
const UNIT_NAMES: ReadonlyMap<string, string> = new Map([...Object.entries(GENERATED_UNIT_NAMES), ...Object.entries(UNITS)]);
const UNIT_SYMBOLS: ReadonlyMap<string, string> = asMap(GENERATED_UNIT_SYMBOLS);

const UNIT_NAME_PREFIXES = properPrefixes(UNIT_NAMES.keys());
const UNIT_SYMBOL_PREFIXES = properPrefixes(UNIT_SYMBOLS.keys());

/**
 * Some unit of {@link unitOf} is longer than this surface form and starts with it: the form may
 * be the first token of a unit written in several ("square" of "square metres", "km" of "km/h").
 * False for nearly every word after a number, which spares the joins of the longer forms.
 */
export function unitMayContinue(lower: string, written: string): boolean {
  return UNIT_NAME_PREFIXES.has(microSign(lower)) || UNIT_SYMBOL_PREFIXES.has(microSign(written));
}

/** The Greek mu ("μg") as the micro sign ("µg"), as the tables write it. */
function microSign(s: string): string {
  return s.includes('μ') ? s.replace(/μ/g, 'µ') : s;
}

/**
 * A unit that counts only when glued to the digits: the ambiguous words below, and short
 * lower-case symbols that only the generated table knows ("5bu", not "5 bu").
 */
export function isGluedOnlyUnit(lower: string, written: string): boolean {
  const l = microSign(lower);
  if (GLUED_ONLY_UNITS.includes(l)) return true;
  return !UNIT_NAMES.has(l) && written.length <= 2 && written === lower;
}

/** Units that are ambiguous as ordinary words and count only when glued to the digits ("5t", "7in"). */
export const GLUED_ONLY_UNITS: readonly string[] = ['t', 'l', 'g', 'mi', 'ha', 'gal', 'deg', 'in'];

/** Time words: "three weeks" counts weeks; "five years old" is an age (a quantity). */
export const TIME_UNITS: Readonly<Record<string, string>> = table({
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
});
/** TIME_UNITS as a Map (see `asMap`), for the number readers that ask it of words of the text. */
export const TIME_UNIT_OF: ReadonlyMap<string, string> = asMap(TIME_UNITS);

/** Words after a time unit that make it an age: "five years old", "three years of age". */
export const AGE_MARKERS: readonly string[] = ['old', 'of age'];
