import { describe, expect, it } from 'vitest';
import { reviewBaselineName } from './baseline';

describe('reviewBaselineName', () => {
  it('names the fiscal quarter of the day, as the timeline does', () => {
    expect(reviewBaselineName('2027-01-15')).toBe('Q1 2027 review');
    expect(reviewBaselineName('2027-12-31')).toBe('Q4 2027 review');
    // A year from April: May 2027 is in FY2028's first quarter, March 2027 in FY2027's last.
    expect(reviewBaselineName('2027-05-02', 4)).toBe('Q1 FY2028 review');
    expect(reviewBaselineName('2027-03-31', 4)).toBe('Q4 FY2027 review');
  });
});
