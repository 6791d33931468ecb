/**
 * Units of measure for quantities: surface form (lower case; "/" and no spaces where written
 * glued, e.g. "km/h") → the unit written in the output. Multi-word forms are matched longest
 * first. Single letters ("m", "g", "t", "l") count only when glued to the digits or right after
 * them. Time words are not units here: "three weeks" counts weeks (see `TIME_UNITS`), except
 * ages ("five years old").
 */
import { table } from './table.js';
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
  // area
  'square metres': 'm²', 'square meters': 'm²', 'sq m': 'm²', m2: 'm²', 'm²': 'm²',
  'square kilometres': 'km²', 'square kilometers': 'km²', 'sq km': 'km²', km2: 'km²', 'km²': 'km²',
  'square miles': 'mi²', 'sq miles': 'mi²', 'square feet': 'ft²', 'sq ft': 'ft²',
  acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha',
  // weight
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg',
  g: 'g', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g',
  mg: 'mg', milligram: 'mg', milligrams: 'mg',
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
  cup: 'cup', cups: 'cup', tablespoon: 'tbsp', tablespoons: 'tbsp', tbsp: 'tbsp',
  teaspoon: 'tsp', teaspoons: 'tsp', tsp: 'tsp',
  // speed
  mph: 'mph', 'miles an hour': 'mph', 'miles per hour': 'mph',
  'km/h': 'km/h', kph: 'km/h', kmph: 'km/h', 'km/hr': 'km/h',
  'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'kilometres an hour': 'km/h',
  'km/ms': 'km/ms', 'meters per millisecond': 'm/ms', 'metres per millisecond': 'm/ms',
  'centimeters/millisecond': 'cm/ms', knot: 'kn', knots: 'kn',
  // temperature and angle
  '°c': '°C', '°f': '°F', '° c': '°C', '° f': '°F', '°': '°',
  'degrees celsius': '°C', 'degree celsius': '°C', 'degrees centigrade': '°C', 'degrees c': '°C', celsius: '°C',
  'degrees fahrenheit': '°F', 'degree fahrenheit': '°F', 'degrees farenheit': '°F', 'degrees f': '°F',
  fahrenheit: '°F', farenheit: '°F',
  degrees: '°', degree: '°', 'deg.': '°', deg: '°',
  rad: 'rad', radian: 'rad', radians: 'rad',
  // information, power, energy
  kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB', kilobytes: 'KB', megabytes: 'MB', gigabytes: 'GB', terabytes: 'TB',
  mbps: 'Mbps', kbps: 'kbps', gbps: 'Gbps', ghz: 'GHz', mhz: 'MHz',
  kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', megawatts: 'MW', gigawatts: 'GW', kilowatts: 'kW',
});

/** Units that are ambiguous as ordinary words and count only when glued to the digits ("5t", "7in"). */
export const GLUED_ONLY_UNITS: readonly string[] = ['t', 'l', 'g', 'mi', 'ha', 'gal', 'deg', 'in'];

/** Time words: "three weeks" counts weeks; "five years old" is an age (a quantity). */
export const TIME_UNITS: Readonly<Record<string, string>> = table({
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
});

/** Words after a time unit that make it an age: "five years old", "three years of age". */
export const AGE_MARKERS: readonly string[] = ['old', 'of age'];
