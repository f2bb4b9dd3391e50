// The analyst's corrections (seeds/curation.yaml): validated with errors that
// name the line, applied to each document's extraction at every load, so a
// reload reproduces the curated graph. `kg extract` never applies them.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema, RELATION_PROPERTIES } from '../ontology/index.js';

const Reason = z.string().trim().min(3, 'give a reason: who decided this, and why');
const EntityRef = z.object({ name: z.string().min(1), type: EntityTypeSchema.optional() }).strict();

/** One rule about an entity: retype, rename (a merge into another name), add aliases, or drop it. */
export const EntityRuleSchema = z.object({
  match: EntityRef,
  /** Only in these documents: renaming there alone splits a name shared by two different things. */
  documents: z.array(z.string().min(1)).min(1).optional(),
  rename: z.string().min(1).optional(),
  type: EntityTypeSchema.optional(),
  aliases: z.array(z.string().min(1)).optional(),
  remove: z.literal(true).optional(),
  reason: Reason,
}).strict().refine((r) => r.rename || r.type || r.aliases || r.remove, { message: 'say what to change: rename, type, aliases or remove' });
export type EntityRule = z.infer<typeof EntityRuleSchema>;

export const AddRelationSchema = z.object({
  document: z.string().min(1),
  source: EntityRef.required({ type: true }),
  type: RelationTypeSchema,
  target: EntityRef.required({ type: true }),
  /** The exact sentence of the document that states it: the fact keeps its evidence. */
  evidence: z.string().min(1),
  properties: z.partialRecord(z.enum(RELATION_PROPERTIES), z.string()).optional(),
  reason: Reason,
}).strict();
export type AddRelation = z.infer<typeof AddRelationSchema>;

export const RemoveRelationSchema = z.object({
  source: z.string().min(1),
  type: RelationTypeSchema,
  target: z.string().min(1),
  documents: z.array(z.string().min(1)).min(1).optional(),
  reason: Reason,
}).strict();
export type RemoveRelation = z.infer<typeof RemoveRelationSchema>;

export const CurationSchema = z.object({
  version: z.literal(1),
  entities: z.array(EntityRuleSchema).default([]),
  relations: z.object({
    add: z.array(AddRelationSchema).default([]),
    remove: z.array(RemoveRelationSchema).default([]),
  }).strict().default({ add: [], remove: [] }),
}).strict();
export type Curation = z.infer<typeof CurationSchema>;

export interface LoadedCuration {
  curation: Curation;
  /** Content of the file, hashed into each document's hash so an edit reapplies everywhere. */
  text: string;
  /** Line of each rule, for messages ("rule at line 12 matched nothing"). */
  lineOf: (path: (string | number)[]) => number | null;
}

export class CurationError extends Error {
  override name = 'CurationError';
}

export const EMPTY_CURATION: LoadedCuration = {
  curation: { version: 1, entities: [], relations: { add: [], remove: [] } }, text: '', lineOf: () => null,
};

export function parseCuration(text: string, file = 'curation.yaml'): LoadedCuration {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (path: (string | number)[]) => {
    for (let p = path; p.length >= 0; p = p.slice(0, -1)) {
      const node = p.length === 0 ? doc.contents : doc.getIn(p, true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
      if (p.length === 0) return null;
    }
    return null;
  };
  const [yamlError] = doc.errors;
  if (yamlError) {
    throw new CurationError(`${file}:${lines.linePos(yamlError.pos[0]).line}: ${yamlError.message.split('\n')[0]}`);
  }
  const parsed = CurationSchema.safeParse(doc.toJS() ?? { version: 1 });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
      return `${file}:${lineOf(path) ?? 1}: ${path.join('.') || '(top)'}: ${i.message}`;
    });
    throw new CurationError(problems.join('\n'));
  }
  return { curation: parsed.data, text, lineOf };
}

export async function readCuration(path: string): Promise<LoadedCuration> {
  return parseCuration(await readFile(path, 'utf8'), path);
}
