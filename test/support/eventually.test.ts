import { describe, expect, it } from 'vitest';
import { eventually } from './eventually';

describe('eventually', () => {
  it('returns once a condition holds, and not before', async () => {
    let calls = 0;
    await eventually(() => ++calls === 3);
    expect(calls).toBe(3);
  });

  it('retries a failing expectation until it passes', async () => {
    let value = 0;
    await eventually(async () => expect(++value).toBeGreaterThan(2));
    expect(value).toBe(3);
  });

  it('fails with what it waited for, or with the check’s last error', async () => {
    await expect(eventually(() => false, 'Ben to join', 60)).rejects.toThrow('Timed out waiting for Ben to join');
    await expect(eventually(() => expect(1).toBe(2), 'one', 60)).rejects.toThrow('expected 1 to be 2');
  });
});
