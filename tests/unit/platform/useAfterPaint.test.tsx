import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../../src/platform/useAfterPaint';

describe('useAfterPaint', () => {
  it('gives the first value at once and later ones after the next paint, together', async () => {
    const renders: [number, string][] = [];
    const { result, rerender } = renderHook(
      ({ n, s }: { n: number; s: string }) => {
        const a = useAfterPaint(n);
        const b = useAfterPaint(s);
        renders.push([a, b]);
        return [a, b] as const;
      },
      { initialProps: { n: 1, s: 'one' } },
    );
    expect(result.current).toEqual([1, 'one']);
    act(() => rerender({ n: 2, s: 'two' }));
    // Not yet: the page paints first.
    expect(result.current).toEqual([1, 'one']);
    await waitFor(() => expect(result.current).toEqual([2, 'two']));
    // Both values arrived in the same render: no render showed one new and one old.
    expect(renders.some(([a, b]) => (a === 2) !== (b === 'two'))).toBe(false);
  });

  it('skips a value that was replaced before the paint', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ n }: { n: number }) => {
        const v = useAfterPaint(n);
        seen.push(v);
        return v;
      },
      { initialProps: { n: 1 } },
    );
    act(() => rerender({ n: 2 }));
    act(() => rerender({ n: 3 }));
    await waitFor(() => expect(result.current).toBe(3));
    expect(seen).not.toContain(2);
  });
});
