// Pure text helpers for the details panels: how a relation reads from one of
// its ends, which parts of an evidence sentence to mark, how numbers read.

/** How an edge reads from `fromId`: outgoing edges use the label, incoming ones the inverse label. */
export function relationPhrase(
  edge: { source: string; target: string; symmetric: boolean },
  fromId: string,
  rel: { label: string; inverseLabel: string } | undefined,
  fallback: string,
): { phrase: string; otherId: string; outgoing: boolean } {
  const outgoing = edge.source === fromId;
  const otherId = outgoing ? edge.target : edge.source;
  if (!rel) return { phrase: fallback, otherId, outgoing };
  return { phrase: outgoing || edge.symmetric ? rel.label : rel.inverseLabel, otherId, outgoing };
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into runs, marking every case-insensitive occurrence of any
 * term (longest first, so "Hu Binchen" wins over "Hu"). Rendered with text
 * nodes and <mark>, never as HTML.
 */
export function highlightSegments(text: string, terms: string[]): Segment[] {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text.length === 0) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Relation properties in a fixed reading order, skipping empty ones. */
export function propertyRows(properties: Partial<Record<string, string>>): Array<[string, string]> {
  const order = ['role', 'action', 'status', 'date', 'start', 'end'];
  const keys = Object.keys(properties).sort((a, b) => rank(order, a) - rank(order, b));
  return keys.flatMap((k) => {
    const value = properties[k];
    return value ? [[k, value] as [string, string]] : [];
  });
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}
