import { useLayoutEffect, type RefObject } from 'react';
import { useUiStore } from '../state/ui-store';

/** The inspector's width (as in app.css): wide enough for a key result's three numbers whole. */
export const INSPECTOR_WIDTH = 340;
/** The share of the window the timeline keeps: where the inspector beside it would leave less, it floats over it. */
export const MIN_TIMELINE_SHARE = 0.6;

/** Where the inspector goes: beside the canvas, or over its right side. */
export type InspectorPlacement = 'beside' | 'over';

/**
 * Beside the canvas while that leaves the timeline at least 60% of the window (a wide window, or the
 * roadmap list folded away), else over the canvas, so a laptop's timeline is not squeezed.
 */
export function useInspectorPlacement(body: RefObject<HTMLElement | null>): InspectorPlacement {
  const placement = useUiStore((state) => state.inspectorPlacement);
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const update = () =>
      useUiStore.setState({
        inspectorPlacement:
          element.clientWidth - INSPECTOR_WIDTH >= MIN_TIMELINE_SHARE * window.innerWidth ? 'beside' : 'over',
      });
    update();
    // The body is the window less the roadmap list: it changes with either.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [body]);
  return placement;
}
