// Escaping for XML 1.0 text and attribute values, shared by GraphML and GEXF.

// XML 1.0 cannot carry these code points even as character references, so they become U+FFFD.
// (Lone surrogates are included: they cannot be encoded as UTF-8 either.)
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Tab, LF and CR as character references: parsers normalise the literal ones (CR to LF, and
// all three to spaces in attribute values), which would change the value on a round trip.
const SPECIAL: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

export function xmlEscape(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => SPECIAL[c] ?? c);
}

/** ` name="value"` for each defined attribute, in order. */
export function xmlAttrs(attrs: Record<string, string | number | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

export function xmlNumber(value: number): string {
  // NaN and Infinity are not numbers in XML Schema's sense; no attribute we export has them.
  return Number.isFinite(value) ? String(value) : '0';
}
