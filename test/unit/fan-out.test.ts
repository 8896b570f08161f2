import { describe, expect, test } from 'vitest';
import { createFanOut } from '../../src/rtm/fan-out.ts';

const receivers = (count: number) =>
  Array.from({ length: count }, () => {
    const got: unknown[] = [];
    return { got, push: (value: unknown) => void got.push(value) };
  });
const batchOf = (targets: ReturnType<typeof receivers>, value: unknown) =>
  targets.flatMap((r) => [r, value]);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('fan-out', () => {
  test('a fan-out within one slice is delivered at once', () => {
    const targets = receivers(3);
    createFanOut(3).deliver(batchOf(targets, 'a'));
    expect(targets.map((r) => r.got)).toEqual([['a'], ['a'], ['a']]);
  });

  test('a larger one goes a slice per turn, and a later event never overtakes an earlier one', async () => {
    const targets = receivers(5);
    const fanOut = createFanOut(2);
    fanOut.deliver(batchOf(targets, 'a'));
    fanOut.deliver(batchOf(targets.slice(0, 3), 'b'));
    expect(targets.map((r) => r.got.length)).toEqual([1, 1, 0, 0, 0]);
    await nextTurn();
    expect(targets.map((r) => r.got.length)).toEqual([1, 1, 1, 1, 0]);
    for (let i = 0; i < 3; i++) await nextTurn();
    expect(targets.map((r) => r.got)).toEqual([['a', 'b'], ['a', 'b'], ['a', 'b'], ['a'], ['a']]);
  });
});
