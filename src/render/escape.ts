/**
 * Terminal safety. Article text may carry control characters, ANSI escape sequences or bidi
 * overrides; printed raw they could move the cursor, change colors, set the window title or reorder
 * what the reader sees. Human-readable renderers show them escaped (`\x1b`, `\u202e`) instead.
 */

/** C0 controls (tab and LF included: they would break cells), DEL, C1 controls, line/paragraph
 * separators and the bidi embedding/override/isolate characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `keepLines`: leave LF and tab as they are (a page that lays out paragraphs); the rest is still escaped. */
export function escapeControl(text: string, options: { keepLines?: boolean } = {}): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n') return options.keepLines ? c : '\\n';
    if (c === '\t') return options.keepLines ? c : '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Characters JSON.stringify leaves raw that a terminal may still act on; `\uXXXX` is equally valid JSON. */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with DEL, C1, separators and bidi controls escaped too (the parsed value is unchanged). */
export function stringifySafe(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML page (element content or a quoted attribute): markup is shown, never run; controls as above. */
export function escapeHtml(text: string, options: { keepLines?: boolean } = {}): string {
  return escapeControl(text, options).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
