import { describe, expect, it } from 'vitest';
import { EntityResolver } from '../../../server/load/resolve.js';

describe('EntityResolver', () => {
  it('folds a name known as another entity’s acronym into it, and records the merge', () => {
    const r = new EntityResolver([{ id: 'organization:harbour-police-department', type: 'Organization', name: 'Harbour Police Department', aliases: ['HPD'] }]);
    const res = r.resolve({ type: 'Organization', name: 'HPD' }, 'd2');
    expect(res.id).toBe('organization:harbour-police-department');
    expect(res.merge).toMatchObject({ name: 'HPD', documentId: 'd2', reason: expect.stringContaining('Harbour Police Department') });
  });

  it('resolves spelling variants to the same id without a merge', () => {
    const r = new EntityResolver();
    const a = r.resolve({ type: 'Location', name: 'U.S.' }, 'd1');
    const b = r.resolve({ type: 'Location', name: 'US' }, 'd2');
    expect(b).toEqual({ id: a.id });
  });

  it('keeps an ambiguous name apart', () => {
    const r = new EntityResolver([
      { id: 'organization:metro-police-service', type: 'Organization', name: 'Metro Police Service', aliases: ['MPS'] },
      { id: 'organization:ministry-of-public-safety', type: 'Organization', name: 'Ministry of Public Safety', aliases: ['MPS'] },
    ]);
    const res = r.resolve({ type: 'Organization', name: 'MPS' }, 'd3');
    expect(res).toEqual({ id: 'organization:mps' });
  });

  it('does not merge people on a shared surname, nor things of different types', () => {
    const r = new EntityResolver([{ id: 'person:li-wei', type: 'Person', name: 'Li Wei', aliases: ['Li'] }]);
    expect(r.resolve({ type: 'Person', name: 'Li' }, 'd4').id).toBe('person:li');
    expect(r.resolve({ type: 'Organization', name: 'Li Wei' }, 'd4').id).toBe('organization:li-wei');
  });
});
