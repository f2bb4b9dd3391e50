import { describe, expect, it } from 'vitest';
import { dateBounds, validity } from '../../../server/load/dates.js';

describe('dates', () => {
  it('widens partial dates to the days they cover', () => {
    expect(dateBounds('2021')).toEqual(['2021-01-01', '2021-12-31']);
    expect(dateBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateBounds('2021-11-23')).toEqual(['2021-11-23', '2021-11-23']);
    expect(dateBounds('January')).toBeNull();
  });

  it('derives the validity of a relation from start, end or date', () => {
    expect(validity({ start: '2019', end: '2021-06' })).toEqual({ validFrom: '2019-01-01', validTo: '2021-06-30' });
    expect(validity({ start: '2019' })).toEqual({ validFrom: '2019-01-01', validTo: null });
    expect(validity({ date: '2020-03' })).toEqual({ validFrom: '2020-03-01', validTo: '2020-03-31' });
    expect(validity({ date: 'last week' })).toEqual({ validFrom: null, validTo: null });
  });
});
