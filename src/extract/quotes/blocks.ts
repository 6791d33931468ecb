/**
 * Quote blocks: the units inside which quotation marks pair. A block is a paragraph, or a line of
 * a paragraph when lines are not hard-wrapped (many sites separate paragraphs by single line
 * breaks). A line that continues in lower case is hard wrapping and stays in the same block.
 */
import type { ArticleDoc } from '../../doc/article.js';
import type { Span } from '../../types.js';

export function quoteBlocks(doc: ArticleDoc): Span[] {
  const { text } = doc;
  const blocks: Span[] = [];
  for (const p of doc.paragraphs) {
    let start = p.start;
    let i = text.indexOf('\n', p.start);
    while (i !== -1 && i < p.end) {
      let next = i + 1;
      while (next < p.end && /\s/.test(text[next]!)) next++;
      if (next < p.end && !/\p{Ll}/u.test(text[next]!)) {
        push(start, i);
        start = next;
      }
      i = text.indexOf('\n', next);
    }
    push(start, p.end);
  }
  return blocks;

  function push(a: number, b: number): void {
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) blocks.push({ start: a, end: b, text: text.slice(a, b) });
  }
}
