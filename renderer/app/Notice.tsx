import { useUiStore } from '../state/ui-store';

/** The reason the last canvas action was refused, until dismissed. */
export function Notice() {
  const notice = useUiStore((state) => state.notice);
  if (!notice) return null;
  return (
    <span className="notice" role="alert">
      {notice}
      <button type="button" className="link" aria-label="Dismiss" onClick={() => useUiStore.getState().notify(null)}>
        ×
      </button>
    </span>
  );
}
