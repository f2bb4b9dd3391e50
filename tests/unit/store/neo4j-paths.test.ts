// Shortest paths in the Neo4j adapter without a server: the hop bound is a
// template value, so it must be a validated integer; everything else travels
// as parameters, with "no filter" spelled the way the statement reads it.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { ShortestPathQuery } from '../../../server/store/port.js';
import { pathParams, shortestPaths } from '../../../server/store/neo4j/paths.js';
import { fillTemplate, hopBound, MAX_HOPS_BOUND, shortestPathsStatement } from '../../../server/store/neo4j/templates.js';
import { fakeDriver } from './neo4j-fake.js';

const query = (over: Partial<ShortestPathQuery> = {}): ShortestPathQuery => ({
  from: 'a', to: 'b', all: false, limit: 5, maxHops: 4, direction: 'both', ...over,
});

describe('the hop bound', () => {
  it.each([4.5, 0, -1, Number.NaN, MAX_HOPS_BOUND + 1, '3', '3}) MATCH (n) DETACH DELETE n //', null])('refuses %s', (value) => {
    expect(() => hopBound(value)).toThrow(RangeError);
  });

  it('fills the selector and the bound, and nothing else', () => {
    const one = shortestPathsStatement(false, 3);
    expect(one).toMatch(/MATCH p = ANY SHORTEST \(:Entity \{id: \$from\}\)/);
    expect(one).toContain('){1,3}');
    expect(one).not.toMatch(/\{\{/);
    expect(shortestPathsStatement(true, MAX_HOPS_BOUND)).toMatch(/ALL SHORTEST[\s\S]*\)\{1,50\}/);
    expect(() => shortestPathsStatement(false, 2.5)).toThrow(RangeError);
  });

  it('keeps identifiers in the other templates plain', () => {
    expect(() => fillTemplate('{{type}}', { type: 'MET_WITH]->() DETACH DELETE' })).toThrow(/identifier/);
  });
});

describe('shortest path parameters', () => {
  it('spells "no filter" as the statement reads it', () => {
    const params = pathParams(query(), 1);
    expect(params).toMatchObject({
      from: 'a', to: 'b', direction: 'both', relTypes: null, avoidTypes: [], avoidNodes: [], avoidEdges: [],
      maxDegree: null, since: null, until: null, symmetric: ['MET_WITH', 'COOPERATES_WITH'],
    });
    expect(neo4j.isInt(params.limit)).toBe(true);
  });

  it('passes every constraint, integers as integers', () => {
    const params = pathParams(query({
      relTypes: ['MEMBER_OF'], avoidTypes: ['Location'], avoidNodes: ['hub'], avoidEdges: ['e1'], maxDegree: 20, since: '2020-01-01', until: '2021-12-31',
    }), 3);
    expect(params).toMatchObject({ relTypes: ['MEMBER_OF'], avoidTypes: ['Location'], avoidNodes: ['hub'], avoidEdges: ['e1'], since: '2020-01-01', until: '2021-12-31' });
    expect(String(params.maxDegree)).toBe('20');
    expect(neo4j.isInt(params.maxDegree)).toBe(true);
    expect(String(params.limit)).toBe('3');
  });
});

describe('shortestPaths', () => {
  it('answers nothing without asking when the endpoints are the same or no hop is allowed', async () => {
    const fake = fakeDriver([]);
    expect(await shortestPaths(fake.conn, query({ to: 'a' }))).toEqual([]);
    expect(await shortestPaths(fake.conn, query({ maxHops: 0 }))).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it('asks for one path, or all shortest up to the limit, in a READ session', async () => {
    const fake = fakeDriver([{ match: 'SHORTEST', rows: [{ nodeIds: ['a', 'x', 'b'], edgeIds: ['e1', 'e2'] }] }]);
    expect(await shortestPaths(fake.conn, query({ limit: 7 }))).toEqual([{ nodeIds: ['a', 'x', 'b'], edgeIds: ['e1', 'e2'] }]);
    expect(fake.calls[0]!.text).toContain('ANY SHORTEST');
    expect(String(fake.calls[0]!.params.limit)).toBe('1');
    await shortestPaths(fake.conn, query({ all: true, limit: 7, maxHops: 2 }));
    expect(fake.calls[1]!.text).toMatch(/ALL SHORTEST[\s\S]*\{1,2\}/);
    expect(String(fake.calls[1]!.params.limit)).toBe('7');
    expect(fake.sessions).toMatchObject([{ defaultAccessMode: neo4j.session.READ }, { defaultAccessMode: neo4j.session.READ }]);
  });

  it('refuses a date that is not YYYY-MM-DD before running anything', async () => {
    const fake = fakeDriver([]);
    await expect(shortestPaths(fake.conn, query({ since: '2021' }))).rejects.toThrow(/since must be an ISO date/);
    expect(fake.calls).toEqual([]);
  });

  it('refuses a non-integer hop bound before running anything', async () => {
    const fake = fakeDriver([]);
    await expect(shortestPaths(fake.conn, query({ maxHops: 2.5 }))).rejects.toThrow(RangeError);
    expect(fake.calls).toEqual([]);
  });
});
