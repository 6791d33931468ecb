/**
 * Is this an HTML page rather than article text? Fed as text, a page gives hundreds of junk
 * "quotes" (attribute values) and names (markup words), so such an input is refused with a hint.
 * A page is text that starts with a DOCTYPE or an `<html>` tag (after blanks and comments), or in
 * which tags take a high share of the characters; an article quoting a few tags is not one.
 */
import { InputError } from '../errors.js';

/** The opening of an HTML document: `<!DOCTYPE html`, `<html`, optionally after an XML declaration or comments. */
const PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
/** Elements of web pages (an article that embeds its own markup, such as `<tweet>`, is still text). */
const HTML_ELEMENTS = [
  'a', 'article', 'aside', 'b', 'body', 'br', 'button', 'div', 'em', 'footer', 'form', 'h[1-6]', 'head', 'header', 'hr', 'i', 'iframe',
  'img', 'input', 'li', 'link', 'main', 'meta', 'nav', 'noscript', 'ol', 'option', 'p', 'path', 'picture', 'script', 'section', 'select',
  'source', 'span', 'strong', 'style', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr', 'ul',
];
/** A start or end tag of one of those: `<p>`, `</div>`, `<a href="…">`, `<br/>`. */
const TAG = new RegExp(`</?(?:${HTML_ELEMENTS.join('|')})(?:\\s[^<>]{0,2000})?/?>`, 'gi');
/** Tags must be at least this many… */
const MIN_TAGS = 10;
/** …and cover at least this share of the characters (sampled from the first 64 KB). */
const MIN_TAG_SHARE = 0.2;
const SNIFF_LENGTH = 64 * 1024;

export function looksLikeHtml(text: string): boolean {
  const sniff = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  if (PAGE_START.test(sniff)) return true;
  let tags = 0;
  let tagChars = 0;
  for (const match of sniff.matchAll(TAG)) {
    tags++;
    tagChars += match[0].length;
  }
  return tags >= MIN_TAGS && tagChars / sniff.length >= MIN_TAG_SHARE;
}

export function htmlInputError(): InputError {
  return new InputError(
    'HTML_INPUT',
    'looks like an HTML page, not article text',
    'extract the article text first, e.g. with `pandoc -f html -t plain page.html` or `lynx -dump -nolist page.html`',
  );
}
