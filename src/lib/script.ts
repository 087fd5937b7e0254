import 'server-only';
import * as OpenCC from 'opencc-js';
import type { Script } from './locale';
import { PROTECTED_TERMS } from './terms';

/** A name or term and the traditional form it must have. */
export type Term = readonly [simplified: string, traditional: string];

type Convert = (text: string) => string;

let toTaiwan: Convert | undefined;

/**
 * OpenCC's Taiwan standard, character forms only (`cn` → `tw`, never `twp`: no vocabulary
 * swaps such as 数据 → 資料). Built once per process; its dictionaries stay on the server.
 */
function taiwan(): Convert {
  toTaiwan ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTaiwan;
}

/** First code point of the Private Use Area, where placeholders for protected terms are taken. */
const PUA_START = 0xe000;
const PUA_END = 0xf8ff;

/**
 * Builds a converter from the canonical simplified text to `script`.
 *
 * Protected terms (the project dictionary, then `terms`, e.g. the people an article names)
 * come out exactly as given: each is swapped for a placeholder OpenCC leaves alone, the rest
 * is converted with phrase context, and the placeholders become the given traditional forms.
 * Longer terms win over shorter ones they contain. Text already in the Private Use Area passes
 * through untouched. For `zh-hans` the converter returns its input.
 */
export function converterFor(script: Script, terms: readonly Term[] = []): Convert {
  if (script === 'zh-hans') return (text) => text;
  const convert = taiwan();
  const all = [...PROTECTED_TERMS, ...terms]
    .filter(([simplified]) => simplified !== '')
    .sort((a, b) => b[0].length - a[0].length);
  if (all.length === 0) return convert;
  const pattern = new RegExp(
    all.map(([s]) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  const traditional = new Map(all.map(([s, t]) => [s, t]));

  return (text) => {
    if (text === '') return text;
    // Placeholders are PUA code points the text does not already use.
    const used = new Set([...text].filter((ch) => ch >= '\uE000' && ch <= '\uF8FF'));
    const slots = new Map<string, string>(); // placeholder → traditional form
    const slotOf = new Map<string, string>(); // term → placeholder
    let next = PUA_START;
    const held = text.replace(pattern, (term) => {
      let slot = slotOf.get(term);
      if (slot === undefined) {
        while (used.has(String.fromCharCode(next))) next++;
        if (next > PUA_END) throw new Error('too many protected terms in one text');
        slot = String.fromCharCode(next++);
        slotOf.set(term, slot);
        slots.set(slot, traditional.get(term) as string);
      }
      return slot;
    });
    return convert(held).replace(/[\uE000-\uF8FF]/g, (ch) => slots.get(ch) ?? ch);
  };
}

/**
 * Converts one text to `script` with the project dictionary. For many texts of one article,
 * build a converter once with `converterFor`.
 */
export function toScript(text: string, script: Script): string {
  return converterFor(script)(text);
}
