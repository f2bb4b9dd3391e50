// The extraction format (shared/docs/extraction-format.md) as zod schemas:
// what `kg extract --json` prints, what the scorer reads and the loader takes.
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '../ontology/index.js';

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** The sentence or clause stating a relation; `text` is exactly `document.text.slice(start, end)`. */
export const EvidenceSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpanSchema>;

export const ExtractedEntitySchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  mentions: z.array(MentionSchema).optional(),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntitySchema>;

export const RelationPropertiesSchema = z.record(z.string(), z.string());
export type RelationProperties = z.infer<typeof RelationPropertiesSchema>;

export const ExtractedRelationSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  type: RelationTypeSchema,
  properties: RelationPropertiesSchema.optional(),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(EvidenceSpanSchema).min(1),
  /** Which extraction rule found it; stored with the evidence (not part of the scored contract). */
  method: z.string().optional(),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelationSchema>;

export const ExtractedDocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  published: z.string().nullable().optional(),
  entities: z.array(ExtractedEntitySchema),
  relations: z.array(ExtractedRelationSchema),
});
export type ExtractedDocument = z.infer<typeof ExtractedDocumentSchema>;

export const ExtractionOutputSchema = z.object({ documents: z.array(ExtractedDocumentSchema) });
export type ExtractionOutput = z.infer<typeof ExtractionOutputSchema>;
