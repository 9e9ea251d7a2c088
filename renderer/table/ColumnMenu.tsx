import { useEffect, useRef, useState } from 'react';
import { DEFAULT_COLUMN_SETTINGS, moveColumn, toggleColumn, type ColumnSettings } from './column-settings';
import { COLUMNS } from '../../shared';

/** The Columns menu: show or hide each column, move it left or right, or put them all back. */
export function ColumnMenu({
  settings,
  onChange,
}: {
  settings: ColumnSettings;
  onChange: (settings: ColumnSettings) => void;
}) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);
  return (
    <div
      className="table-column-menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button type="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && (
        <div className="table-column-popover" role="group" aria-label="Columns">
          <ul>
            {settings.order.map((id, index) => {
              const hidden = settings.hidden.includes(id);
              const { label } = COLUMNS[id];
              return (
                <li key={id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={!hidden}
                      disabled={id === 'title'}
                      onChange={() => onChange(toggleColumn(settings, id))}
                    />
                    {label}
                  </label>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Move ${label} left`}
                    disabled={hidden || index === 0}
                    onClick={() => onChange(moveColumn(settings, id, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Move ${label} right`}
                    disabled={hidden || index === settings.order.length - 1}
                    onClick={() => onChange(moveColumn(settings, id, 1))}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            className="link"
            onClick={() => onChange({ ...DEFAULT_COLUMN_SETTINGS, groupBy: settings.groupBy })}
          >
            Show all columns as they were
          </button>
          <p className="muted">Drag a column heading&apos;s right edge to resize it.</p>
        </div>
      )}
    </div>
  );
}
