// Checks a batch's references before anything is written, as the Kuzu adapter
// does: every relation and mention must name an entity (in the batch or stored),
// every mention a document, and every relation must join types its ontology
// entry allows. A bad batch throws and its transaction writes nothing.
import { allowsEndpoints, type EntityType } from '../../ontology/index.js';
import type { GraphBatch } from '../records.js';

/**
 * @param storedTypes type of each referenced entity already stored
 * @param storedDocuments referenced document ids already stored
 */
export function checkReferences(batch: GraphBatch, storedTypes: Map<string, EntityType>, storedDocuments: Set<string>): void {
  const batchTypes = new Map(batch.entities.map((e) => [e.id, e.type]));
  // A stored entity keeps its type, as upsert-entities keeps it.
  const typeOf = (id: string) => storedTypes.get(id) ?? batchTypes.get(id);
  for (const r of batch.relations) {
    const from = typeOf(r.source);
    const to = typeOf(r.target);
    if (!from || !to) throw new Error(`Relation ${r.id} refers to an unknown entity (${from ? r.target : r.source})`);
    if (!allowsEndpoints(r.type, from, to)) throw new Error(`Relation ${r.id}: ${r.type} does not join ${from} to ${to}`);
  }
  const batchDocuments = new Set(batch.documents.map((d) => d.id));
  for (const m of batch.mentions) {
    if (!typeOf(m.entityId)) throw new Error(`Mention of unknown entity ${m.entityId}`);
    if (!batchDocuments.has(m.documentId) && !storedDocuments.has(m.documentId)) {
      throw new Error(`Mention of ${m.entityId} in unknown document ${m.documentId}`);
    }
  }
}

/** Entity and document ids a batch refers to, to look up the stored ones. */
export function referencedIds(batch: GraphBatch): { entities: string[]; documents: string[] } {
  return {
    entities: [...new Set([
      ...batch.entities.map((e) => e.id), ...batch.relations.flatMap((r) => [r.source, r.target]), ...batch.mentions.map((m) => m.entityId),
    ])],
    documents: [...new Set(batch.mentions.map((m) => m.documentId))],
  };
}
