import type { Nodes, PhrasingContent, Root, Text } from 'mdast';
import { remark } from 'remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import { isWide } from '../text/width';

/**
 * Markdown as Chinese editors type it, read into a syntax tree (mdast):
 * - CommonMark with GFM (tables, strikethrough, autolinks), `~` alone is no strikethrough
 *   (`3~5万` stays as typed);
 * - emphasis beside full-width punctuation closes as meant (`**王明：**先说`, `**“慢”**字`):
 *   remark-cjk-friendly, the rule GitLab uses, instead of CommonMark's flanking rule that
 *   leaves the asterisks on the page;
 * - a line the editor only wrapped leaves no space between two wide characters
 *   (`百分之六十的\n湿度` is `百分之六十的湿度`); between Latin words it is one space.
 */
const processor = remark()
  .use(remarkCjkFriendly)
  .use(remarkGfm, { singleTilde: false })
  // Its own strikethrough tokenizer takes the option too (it defaults to single tildes).
  .use(remarkCjkFriendlyGfmStrikethrough, { singleTilde: false });

/** The syntax tree of `markdown`, with wrapped lines joined (see `joinWrappedLines`). */
export function parseMarkdown(markdown: string): Root {
  const tree = processor.parse(markdown);
  joinWrappedLines(tree);
  return tree;
}

/** A soft line break inside text, with the spaces around it. */
const SOFT_BREAK = /[ \t]*\n[ \t]*/g;

/** The text nodes of phrasing content in reading order; images, breaks and code end a stretch. */
function textStretches(nodes: PhrasingContent[], stretches: Text[][]): void {
  for (const node of nodes) {
    if (node.type === 'text') stretches.at(-1)?.push(node);
    else if ('children' in node) textStretches(node.children as PhrasingContent[], stretches);
    else stretches.push([]);
  }
}

/**
 * Joins the lines an editor wrapped inside a paragraph, heading or table cell: a soft break
 * between two wide characters (Han, full-width punctuation, “”‘’, …, —; see `isWide`) is
 * removed with the spaces around it, in whichever text nodes they stand (`**重点**\n继续`);
 * any other soft break becomes one space. Hard breaks (two spaces or `\` at a line's end) stay.
 */
export function joinWrappedLines(tree: Nodes): void {
  if (tree.type === 'paragraph' || tree.type === 'heading' || tree.type === 'tableCell') {
    const stretches: Text[][] = [[]];
    textStretches(tree.children, stretches);
    for (const stretch of stretches) joinStretch(stretch);
    return;
  }
  if ('children' in tree) for (const child of tree.children) joinWrappedLines(child as Nodes);
}

function joinStretch(nodes: Text[]): void {
  nodes.forEach((node, i) => {
    if (!node.value.includes('\n')) return;
    node.value = node.value.replace(SOFT_BREAK, (match, offset: number, value: string) => {
      const before = value.slice(0, offset) || lastText(nodes, i);
      const after = value.slice(offset + match.length) || firstText(nodes, i);
      return isWide(lastChar(before)) && isWide(after) ? '' : ' ';
    });
  });
}

const lastChar = (text: string) => [...text].at(-1) ?? '';

function lastText(nodes: Text[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (nodes[k]?.value) return nodes[k]?.value as string;
  return '';
}

function firstText(nodes: Text[], i: number): string {
  for (let k = i + 1; k < nodes.length; k++) if (nodes[k]?.value) return nodes[k]?.value as string;
  return '';
}
