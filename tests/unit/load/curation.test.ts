import { describe, expect, it } from 'vitest';
import { CurationError, parseCuration } from '../../../server/load/curation.js';
import { curate } from '../../../server/load/curate.js';
import type { ExtractedDocument } from '../../../server/ingest/format.js';

const text = 'Ana Ruiz met officers of the HPD in Lisbon. The Harbour Police Department (HPD) opened a bureau.';
const doc = (): ExtractedDocument => ({
  id: 'd1',
  entities: [
    { id: 'ana', type: 'Person', name: 'Ana Ruiz', aliases: [] },
    { id: 'hpd', type: 'Organization', name: 'HPD', aliases: [] },
    { id: 'lisbon', type: 'Organization', name: 'Lisbon', aliases: [] },
  ],
  relations: [{ source: 'ana', target: 'hpd', type: 'MEMBER_OF', evidence: [{ start: 0, end: 43, text: text.slice(0, 43) }] }],
});

describe('parseCuration', () => {
  it('names the line of a bad rule', () => {
    const yaml = 'version: 1\nentities:\n  - match: { name: X }\n    rename: Y\n    reason: ok then\n  - match: { name: Z, type: Planet }\n    reason: because\n    type: Location\n';
    expect(() => parseCuration(yaml, 'c.yaml')).toThrow(CurationError);
    try { parseCuration(yaml, 'c.yaml'); } catch (e) { expect(String(e)).toMatch(/c\.yaml:6: entities\.1\.match\.type/); }
  });

  it('insists on a reason and on a change', () => {
    expect(() => parseCuration('version: 1\nentities:\n  - match: { name: X }\n    rename: Y\n')).toThrow(/reason/);
    expect(() => parseCuration('version: 1\nentities:\n  - match: { name: X }\n    reason: just because\n')).toThrow(/rename, type, aliases or remove/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => parseCuration('version: 1\nentities: [\n', 'c.yaml')).toThrow(/c\.yaml:\d+:/);
  });
});

describe('curate', () => {
  const { curation } = parseCuration(`version: 1
entities:
  - match: { name: HPD, type: Organization }
    rename: Harbour Police Department
    reason: the acronym stands for the department
  - match: { name: Lisbon }
    type: Location
    reason: a city, not a body
relations:
  add:
    - document: d1
      source: { name: Harbour Police Department, type: Organization }
      type: LOCATED_IN
      target: { name: Lisbon, type: Location }
      evidence: "The Harbour Police Department (HPD) opened a bureau."
      reason: stated in the second sentence
    - document: d1
      source: { name: Ana Ruiz, type: Person }
      type: MET_WITH
      target: { name: Tom Lee, type: Person }
      evidence: "not in the text"
      reason: a typo in a rule
  remove:
    - { source: Ana Ruiz, type: MEMBER_OF, target: Harbour Police Department, reason: "she met them, she is not one of them" }
`);

  it('renames with a recorded merge, retypes, adds and removes relations', () => {
    const out = curate(doc(), text, curation);
    const hpd = out.document.entities.find((e) => e.id === 'hpd')!;
    expect(hpd).toMatchObject({ name: 'Harbour Police Department', aliases: ['HPD'] });
    expect(out.merges.get('hpd')).toEqual([{ name: 'HPD', type: 'Organization', documentId: 'd1', reason: 'the acronym stands for the department' }]);
    expect(out.document.entities.find((e) => e.id === 'lisbon')!.type).toBe('Location');
    expect(out.document.relations.map((r) => r.type)).toEqual(['LOCATED_IN']);
    const added = out.document.relations[0]!;
    expect(text.slice(added.evidence[0]!.start, added.evidence[0]!.end)).toBe(added.evidence[0]!.text);
    expect(added.method).toBe('curation');
    expect(out.problems).toEqual(['relations.add.1: its evidence is not in document d1 word for word']);
    expect(out.applied.sort()).toEqual(['entities.0', 'entities.1', 'relations.add.0', 'relations.remove.0']);
  });

  it('leaves other documents alone and never changes its input', () => {
    const input = { ...doc(), id: 'other' };
    const copy = structuredClone(input);
    const out = curate(input, text, { ...curation, entities: curation.entities.map((r) => ({ ...r, documents: ['d1'] })) });
    expect(input).toEqual(copy);
    expect(out.document.entities.find((e) => e.id === 'hpd')!.name).toBe('HPD');
  });
});
