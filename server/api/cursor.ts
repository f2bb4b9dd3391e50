// Opaque page cursors: clients pass back what they were given, and a
// tampered or foreign cursor is a 400 rather than a wrong page.
import { z } from 'zod';

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

const Decoded = z.object({ o: z.number().int().min(0).max(1_000_000) });

/** A query-string field holding a cursor, parsed to the offset it stands for. */
export const CursorSchema = z.string().max(200).transform((value, ctx) => {
  try {
    return Decoded.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))).o;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this server gave out' });
    return z.NEVER;
  }
});
