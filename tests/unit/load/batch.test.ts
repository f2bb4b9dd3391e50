import { describe, expect, it } from 'vitest';
import { documentBatch, mergeBatches } from '../../../server/load/batch.js';
import type { ExtractedDocument } from '../../../server/ingest/format.js';

const text = 'Ana Ruiz, the director of the Harbour Police, met Tom Lee in Lisbon.';
const doc = (id: string) => ({ id, title: id, published: null, source: null, hash: 'h', text });
const extracted = (id: string): ExtractedDocument => ({
  id, title: id, published: null,
  entities: [
    { id: 'ana-ruiz', type: 'Person', name: 'Ana Ruiz', aliases: ['Ruiz'], mentions: [{ start: 0, end: 8 }] },
    { id: 'harbour-police', type: 'Organization', name: 'Harbour Police', aliases: [], mentions: [{ start: 30, end: 44 }] },
    { id: 'lisbon', type: 'Location', name: 'Lisbon', aliases: [], mentions: [{ start: 61, end: 67 }] },
  ],
  relations: [
    { source: 'ana-ruiz', target: 'harbour-police', type: 'HOLDS_POSITION', properties: { role: 'director', unknown: 'x' },
      confidence: 0.8, evidence: [{ start: 0, end: text.length, text }] },
    // Not allowed by the ontology: a person is not LOCATED_IN a place.
    { source: 'ana-ruiz', target: 'lisbon', type: 'LOCATED_IN', confidence: 0.5, evidence: [{ start: 0, end: text.length, text }] },
  ],
});

describe('documentBatch', () => {
  it('gives entities global ids, keeps known properties and the evidence with its document', () => {
    const { batch, dropped } = documentBatch(doc('d1'), extracted('d1'));
    expect(batch.entities.map((e) => e.id)).toEqual(['person:ana-ruiz', 'organization:harbour-police', 'location:lisbon']);
    expect(batch.relations).toHaveLength(1);
    const [rel] = batch.relations;
    expect(rel).toMatchObject({ source: 'person:ana-ruiz', target: 'organization:harbour-police', properties: { role: 'director' } });
    expect(rel?.evidence[0]).toMatchObject({ documentId: 'd1', start: 0, end: text.length, text });
    expect(dropped).toBe(1);
    expect(batch.mentions[0]).toEqual({ entityId: 'person:ana-ruiz', documentId: 'd1', spans: [0, 8] });
  });
});

describe('mergeBatches', () => {
  it('unites evidence of the same relation from two documents and keeps one record per id', () => {
    const merged = mergeBatches([documentBatch(doc('d1'), extracted('d1')).batch, documentBatch(doc('d2'), extracted('d2')).batch]);
    expect(merged.documents).toHaveLength(2);
    expect(merged.entities).toHaveLength(3);
    expect(merged.relations).toHaveLength(1);
    expect(merged.relations[0]?.evidence.map((e) => e.documentId)).toEqual(['d1', 'd2']);
    expect(merged.mentions).toHaveLength(6);
  });
});
