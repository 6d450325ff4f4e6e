import { describe, expect, it } from 'vitest';
import { median, nearestRank, p90 } from '../../../shared/trends/percentiles.js';

describe('median and 90th percentile', () => {
  it('gives the middle value, or the mean of the two middle ones', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('takes the 90th percentile by nearest rank, without interpolating', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(p90(ten)).toBe(9);
    expect(p90([...ten, 11])).toBe(10); // rank ceil(9.9) = 10
    expect(nearestRank([5, 7], 90)).toBe(7);
  });

  it('gives no 90th percentile below five times: it would only be the slowest', () => {
    expect(p90([1, 2, 3, 4])).toBeNull();
    expect(p90([1, 2, 3, 4, 50])).toBe(50);
  });
});
