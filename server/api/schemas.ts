// Schemas shared by several routes: the error body, ids, paging, list parameters.
import { z } from 'zod';

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Where a rejected query went wrong, when the engine says. */
    position: z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() }).optional(),
  }).meta({ example: { code: 'NODE_NOT_FOUND', message: 'No entity has this id.' } }),
});

/** Error answers a route documents next to its success body. */
export const errorResponses = {
  400: ErrorBodySchema,
  404: ErrorBodySchema,
  503: ErrorBodySchema,
} as const;

export const IdParamsSchema = z.object({
  id: z.string().min(1).max(512).meta({ description: 'An entity id as returned by search', example: 'person:hu-binchen' }),
});

/** A comma-separated query-string list ("Person,Location") checked item by item. */
export function csvList<T extends string>(item: z.ZodType<T, string>) {
  return z
    .string()
    .max(4096)
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0))
    .pipe(z.array(item).max(100));
}

export function limitSchema(max: number, fallback: number) {
  return z.coerce.number().int().min(1).max(max).default(Math.min(fallback, max));
}

/** "2021", "2021-11" or "2021-11-23"; widened to its first or last day by the route. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const EntityIdSchema = z.string().min(1).max(512);
