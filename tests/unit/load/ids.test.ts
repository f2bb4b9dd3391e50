import { describe, expect, it } from 'vitest';
import { entityId, relationId, slug } from '../../../server/load/ids.js';

describe('global ids', () => {
  it('give the same id to the same name however it is spelled', () => {
    expect(slug('Jürgen Stock')).toBe(slug('Jurgen  Stock'));
    expect(entityId('Location', "China's")).toBe(entityId('Location', 'China'));
    expect(entityId('Person', 'Ana Ruiz')).not.toBe(entityId('Organization', 'Ana Ruiz'));
  });

  it('name a symmetric relation the same whichever way round it was stated', () => {
    expect(relationId('MET_WITH', 'person:a', 'person:b')).toBe(relationId('MET_WITH', 'person:b', 'person:a'));
    expect(relationId('MEMBER_OF', 'person:a', 'organization:b')).not.toBe(relationId('MEMBER_OF', 'organization:b', 'person:a'));
  });

  it('never produce an empty slug', () => {
    expect(slug('—')).toBe('unnamed');
  });
});
