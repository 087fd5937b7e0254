import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from './markdown';

/** Something in an article that will not render as its editor typed it. */
export type Finding = {
  /** 1-based line and column in the Markdown given. */
  line: number;
  column: number;
  rule:
    | 'year-list'
    | 'setext-heading'
    | 'tilde-range'
    | 'literal-markdown'
    | 'wide-space-emphasis'
    | 'raw-html';
  message: string;
};

/** Literal Markdown a reader would see: emphasis that did not close, a link or image half typed. */
const LITERAL = /\*\*|__|\]\(|!\[/;

/** An ordered list starting at this number or more is a year the editor typed at a line's start. */
const YEAR_LIKE = 1000;

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/**
 * What will not render as typed in an article body (Markdown as content/ holds it, without its
 * front matter; `lineOffset` is added to every line so findings point into the whole file):
 * - `2019. 那年…` at a line's start: an ordered list that starts at 2019;
 * - a line of `---` or `===` right under a paragraph: that paragraph becomes a heading;
 * - `~~` between numbers (`3~~5万`): strikethrough, not a range;
 * - a full-width space inside `**`: the bold does not open or close;
 * - `**`, `__`, `](`, `![` left in the text a reader sees;
 * - raw HTML, which the site drops.
 * An empty body has no findings.
 */
export function checkMarkdown(markdown: string, lineOffset = 0): Finding[] {
  const findings: Finding[] = [];
  const lines = markdown.split('\n');
  const add = (rule: Finding['rule'], line: number, column: number, message: string) =>
    findings.push({ rule, line: line + lineOffset, column, message });
  const tree: Root = parseMarkdown(markdown);
  walk(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    if (node.type === 'list' && node.ordered && (node.start ?? 1) >= YEAR_LIKE) {
      add(
        'year-list',
        start.line,
        start.column,
        `"${node.start}." at the start of a line is a numbered list starting at ${node.start}; write ${node.start}年 or ${node.start}\\.`,
      );
    }
    if (node.type === 'heading' && node.position && node.position.end.line > start.line) {
      const underline = lines[node.position.end.line - 1]?.trim() ?? '';
      add(
        'setext-heading',
        node.position.end.line,
        1,
        `"${underline}" under a line makes that line a heading; leave a blank line before it for a section break, or write ***`,
      );
    }
    if (node.type === 'delete' && node.position) {
      const before = markdown.slice(0, node.position.start.offset).match(/\d$/);
      const after = markdown.slice(node.position.end.offset).match(/^\d/);
      const inner = markdown.slice(node.position.start.offset, node.position.end.offset);
      if ((before || /^~~\d/.test(inner)) && (after || /\d~~$/.test(inner))) {
        add('tilde-range', start.line, start.column, '"~~" between numbers strikes them through; write one ~ or 至');
      }
    }
    if (node.type === 'text' && LITERAL.test(node.value)) {
      const found = node.value.match(LITERAL)?.[0] ?? '';
      add('literal-markdown', start.line, start.column, `"${found}" shows on the page as typed: ${node.value.trim().slice(0, 30)}`);
    }
    if (node.type === 'html') {
      add('raw-html', start.line, start.column, `raw HTML is dropped from the page: ${node.value.slice(0, 30)}`);
    }
  });
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/\*\*\u3000|\u3000\*\*/g)) {
      add('wide-space-emphasis', i + 1, m.index + 1, 'a full-width space inside ** keeps the bold from opening or closing');
    }
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
