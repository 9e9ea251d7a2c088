import { KeyboardSensor, PointerSensor } from '@dnd-kit/core';
import type { KeyboardEvent, PointerEvent } from 'react';

/** The element a canvas gesture starts on, if it starts one (bars, their edges, empty lane space). */
export function dragHandleOf(target: EventTarget | null): HTMLElement | null {
  const handle = target instanceof Element ? target.closest<HTMLElement>('[data-drag]') : null;
  // data-drag="none" marks things inside a lane that are not dragged yet (they only take clicks).
  return handle && handle.dataset.drag !== 'none' ? handle : null;
}

/** Pointer drags start only on bars, bar edges and empty lane space, with the main button. */
export class CanvasPointerSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: PointerEvent) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && dragHandleOf(nativeEvent.target) !== null,
    },
  ];
}

/** Enter or Space on a focused bar picks it up, like dnd-kit's keyboard sensor; arrows move; Enter drops. */
export class CanvasKeyboardSensor extends KeyboardSensor {
  static override activators = [
    {
      eventName: 'onKeyDown' as const,
      handler: ({ nativeEvent }: KeyboardEvent) =>
        (nativeEvent.code === 'Enter' || nativeEvent.code === 'Space') &&
        dragHandleOf(nativeEvent.target)?.dataset.drag === 'move',
    },
  ];
}
