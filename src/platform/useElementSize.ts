import { useLayoutEffect, useState, type RefObject } from 'react';

/** The content size of an element, kept current with a ResizeObserver. */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  fallback = { width: 800, height: 600 },
) {
  const [size, setSize] = useState(fallback);
  // Measured before the first paint, so the first picture is drawn once, at its real size.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        setSize({ width: Math.round(r.width), height: Math.round(r.height) });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
