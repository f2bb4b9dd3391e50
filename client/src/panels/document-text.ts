// Splits a document's text at every entity mention and at the evidence span,
// so the viewer can mark mentions and the evidence with text nodes only. Pure.

export interface Mention {
  entityId: string;
  name: string;
  type: string;
  start: number;
  end: number;
}

export interface TextRun {
  text: string;
  start: number;
  /** The mention this run is part of, if any. */
  mention?: Mention;
  /** The run lies inside the evidence span being read. */
  evidence: boolean;
}

/**
 * Runs covering `text` in order. Overlapping mentions keep the earlier (then
 * longer) one; offsets outside the text are clamped; the evidence span may cut through mentions.
 */
export function textRuns(text: string, mentions: Mention[], evidence?: { start: number; end: number }): TextRun[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const kept: Mention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const start = clamp(m.start);
    const end = clamp(m.end);
    if (end <= start || (kept.length > 0 && start < kept[kept.length - 1]!.end)) continue;
    kept.push({ ...m, start, end });
  }
  const ev = evidence ? { start: clamp(evidence.start), end: clamp(evidence.end) } : undefined;
  const cuts = new Set([0, text.length, ...kept.flatMap((m) => [m.start, m.end]), ...(ev ? [ev.start, ev.end] : [])]);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  let k = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    while (k < kept.length && kept[k]!.end <= start) k++;
    const mention = kept[k] && kept[k]!.start <= start && end <= kept[k]!.end ? kept[k] : undefined;
    runs.push({ text: text.slice(start, end), start, ...(mention ? { mention } : {}), evidence: ev !== undefined && start >= ev.start && end <= ev.end });
  }
  return runs;
}
