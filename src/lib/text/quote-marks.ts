import type { Script } from './scripts';

/**
 * Quotation marks as each script's readers read them. Simplified Chinese prints “ ” and ‘ ’;
 * Taiwan's and Hong Kong's publications print 「 」 and, nested, 『 』 (the Ministry of
 * Education's punctuation manual; CNA, 聯合報, 明報 and RTHK do so). The content is written
 * with “”‘’, and the quotation finder reads it so; traditional text is given corner marks last.
 */

/** The opening and closing quotation marks of a script. */
export function quoteMarks(script: Script): { open: string; close: string } {
  return script === 'zh-hans' ? { open: '“', close: '”' } : { open: '「', close: '」' };
}

/** Opening and closing marks of either style, for text that may be in any script. */
export const OPENING_MARKS = '“‘「『';
export const CLOSING_MARKS = '”’」』';

const LATIN = /\p{Script=Latin}/u;

/**
 * “ ” → 「 」 and ‘ ’ → 『 』, one character for one, so offsets stay. An apostrophe is not a
 * quotation mark and stays: ’ between two Latin letters (O’Brien, it’s), or a ’ that closes no
 * ‘ (the students’ union). A text with no curly marks comes back as it was.
 */
export function toCornerQuotes(text: string): string {
  let single = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '“') out += '「';
    else if (ch === '”') out += '」';
    else if (ch === '‘') {
      single += 1;
      out += '『';
    } else if (ch === '’') {
      const apostrophe =
        (LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) || single === 0;
      if (apostrophe) out += ch;
      else {
        single -= 1;
        out += '』';
      }
    } else out += ch;
  }
  return out;
}
