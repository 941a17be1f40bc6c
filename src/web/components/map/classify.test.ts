import { describe, expect, it } from 'vitest';
import { classColours, classify, classOf, equalInterval, fixedBreaks, parseBreaks, quantiles } from './classify.js';

describe('legend classes', () => {
  it('equal interval: k classes of the same width from min to max', () => {
    expect(equalInterval([0, 10, 3, 7, null], 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(equalInterval([12.5, 50], 3)).toEqual([12.5, 25, 37.5, 50]);
    expect(equalInterval([4, 4, 4], 5)).toEqual([4, 4]);
    expect(equalInterval([], 5)).toEqual([]);
    expect(equalInterval([null, undefined, Number.NaN], 5)).toEqual([]);
  });

  it('quantiles: about as many units in each class, by hand', () => {
    // 10 values, 5 classes: breaks at ranks 2, 4, 6, 8 of the sorted values (0-based).
    const v = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    const b = quantiles(v, 5);
    expect(b).toEqual([1, 3, 5, 7, 9, 10]);
    const counts = [0, 0, 0, 0, 0];
    for (const x of v) counts[classOf(x, b)]++;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
    // 4 classes of 6 values: ranks ⌈1.5⌉=2, 3, ⌈4.5⌉=5.
    expect(quantiles([10, 20, 30, 40, 50, 60], 4)).toEqual([10, 30, 40, 60]);
  });

  it('quantiles: ties give fewer classes, never an empty one', () => {
    const v = [0, 0, 0, 0, 0, 0, 1, 2];
    const b = quantiles(v, 4);
    expect(b).toEqual([0, 1, 2]);
    for (let i = 0; i < b.length - 1; i++) expect(v.some((x) => classOf(x, b) === i)).toBe(true);
    expect(quantiles([3, 3], 4)).toEqual([3, 3]);
  });

  it('fixed breaks: the chosen ones, extended to the data', () => {
    expect(fixedBreaks([2, 55], [10, 20, 50])).toEqual([2, 10, 20, 50, 55]);
    expect(fixedBreaks([12, 18], [20, 10, 10])).toEqual([10, 20]);
    expect(fixedBreaks([], [5, 1])).toEqual([1, 5]);
    expect(classify('fixed', [1, 30], 5, [10, 20])).toEqual([1, 10, 20, 30]);
  });

  it('puts each value in its class: lower break included, the top class closed', () => {
    const b = [0, 10, 20, 30];
    expect([0, 9.99, 10, 19, 20, 30].map((x) => classOf(x, b))).toEqual([0, 0, 1, 1, 2, 2]);
    expect([-1, 31, null, undefined, Number.NaN].map((x) => classOf(x, b))).toEqual([-1, -1, -1, -1, -1]);
    expect(classOf(5, [5, 5])).toBe(0);
  });

  it('reads fixed breaks typed with a decimal comma or point', () => {
    expect(parseBreaks('5; 12,5; 20')).toEqual([5, 12.5, 20]);
    expect(parseBreaks('5 12.5  20')).toEqual([5, 12.5, 20]);
    expect(parseBreaks('')).toEqual([]);
    expect(parseBreaks('5; mười')).toBeNull();
    expect(parseBreaks('1.000.000')).toBeNull();
  });

  it('colours classes light to dark', () => {
    expect(classColours(7)).toHaveLength(7);
    expect(classColours(3)).toEqual(['#edf8e9', '#74c476', '#005a32']);
    expect(classColours(0)).toEqual([]);
  });
});
