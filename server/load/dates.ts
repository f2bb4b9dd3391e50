// Turns the dates a relation states (start, end, date: "2021", "2021-11",
// "2021-11-23") into a full-date interval, so date windows compare as strings.

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a partial ISO date covers; null when it is not one. */
export function dateBounds(value: string | undefined): [string, string] | null {
  const m = value ? PARTIAL.exec(value.trim()) : null;
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (d && mo) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-${String(daysIn(year, Number(mo))).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** [validFrom, validTo]: start..end when given, else the span of `date`; an open end stays null. */
export function validity(props: { start?: string; end?: string; date?: string }): { validFrom: string | null; validTo: string | null } {
  const start = dateBounds(props.start);
  const end = dateBounds(props.end);
  const date = dateBounds(props.date);
  if (start || end) return { validFrom: start?.[0] ?? null, validTo: end?.[1] ?? null };
  if (date) return { validFrom: date[0], validTo: date[1] };
  return { validFrom: null, validTo: null };
}
