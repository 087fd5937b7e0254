/**
 * A few lines for writing HTML as strings, for the parts of a page that never change after the
 * server renders them: React places such a string with `dangerouslySetInnerHTML` and never
 * walks (hydrates) inside it. Every text and attribute value is escaped here, so content
 * can never become markup.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/** Text or an attribute value, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/** Attribute values: a string is written as given (escaped), `true` as an empty value, false or undefined not at all. */
export type Attributes = Record<string, string | boolean | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => ` ${name}="${value === true ? '' : escapeHtml(value as string)}"`)
    .join('');
}

/** An element: its tag, attributes and inner HTML (already HTML: escape text with `text`). */
export function el(tag: string, attrs: Attributes = {}, ...inner: string[]): string {
  return `<${tag}${attributes(attrs)}>${inner.join('')}</${tag}>`;
}

/** Text, escaped, as inner HTML. */
export function text(value: string): string {
  return escapeHtml(value);
}
