import { useRef, useState } from 'react';
import type { Problem, RoadmapLibrary } from '../../shared';
import { useLibraryEntries } from '../state/use-library-entries';
import { useUiStore } from '../state/ui-store';

/** The roadmap list folded away: a strip that opens it again. */
export function CollapsedRoadmapList() {
  return (
    <nav className="roadmap-list collapsed" aria-label="Roadmaps">
      <button
        type="button"
        className="panel-toggle"
        aria-label="Show roadmap list"
        aria-expanded={false}
        title="Show the roadmap list"
        onClick={() => useUiStore.getState().setSidebarCollapsed(false)}
      >
        »
      </button>
    </nav>
  );
}

interface RoadmapListProps {
  library: RoadmapLibrary;
  currentId: string | null;
  onOpen: (id: string) => void;
  onCreate: (kind: 'empty' | 'sample') => void;
  /** Resolves to the problems to show, or null once renamed. */
  onRename: (id: string, title: string) => Promise<readonly Problem[] | null>;
  onDelete: (id: string) => void;
  /** Opens the dialog to join a roadmap someone shares. */
  onJoin: () => void;
  /** Opens a .waymark file (a dialog in the desktop app, a file picker in a browser). */
  onOpenFile: () => void;
  /** Import CSV: a Jira export, a roadmap tool's, a spreadsheet. */
  onImport: () => void;
  /** What went wrong with the last file or join, for the person to read. */
  notice: string | null;
}

/** The sidebar list of roadmaps: switch, rename, delete, and start a new one. */
export function RoadmapList({
  library,
  currentId,
  onOpen,
  onCreate,
  onRename,
  onDelete,
  onJoin,
  onOpenFile,
  onImport,
  notice,
}: RoadmapListProps) {
  const entries = useLibraryEntries(library);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const cancelRename = useRef(false);
  const [renameError, setRenameError] = useState<{ id: string; message: string } | null>(null);
  return (
    <nav className="roadmap-list" aria-label="Roadmaps">
      <div className="brand">
        Waymark
        <button
          type="button"
          className="panel-toggle"
          aria-label="Hide roadmap list"
          aria-expanded={true}
          title="Hide the roadmap list (more room for the timeline)"
          onClick={() => useUiStore.getState().setSidebarCollapsed(true)}
        >
          «
        </button>
      </div>
      <div className="list-actions">
        <button type="button" onClick={() => onCreate('empty')}>
          New roadmap
        </button>
        <button type="button" className="secondary" onClick={() => onCreate('sample')}>
          New sample
        </button>
        <button type="button" className="secondary" onClick={onJoin}>
          Join…
        </button>
        <button type="button" className="secondary" onClick={onOpenFile}>
          Open…
        </button>
        <button
          type="button"
          className="secondary"
          title="Import a CSV file: a Jira export, a roadmap tool's export, or any spreadsheet (you can also drop it on the window)"
          onClick={onImport}
        >
          Import…
        </button>
      </div>
      {notice && (
        <p className="list-notice" role="alert">
          {notice}
        </p>
      )}
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.id === currentId ? 'current' : undefined}>
            {renaming === entry.id ? (
              <>
                <input
                  aria-label={`New name for ${entry.title}`}
                  aria-invalid={renameError?.id === entry.id || undefined}
                  defaultValue={entry.title}
                  autoFocus
                  onBlur={async (event) => {
                    const title = event.target.value;
                    if (cancelRename.current || title === entry.title) {
                      cancelRename.current = false;
                      setRenaming(null);
                      setRenameError(null);
                      return;
                    }
                    const problems = await onRename(entry.id, title);
                    if (problems) {
                      setRenameError({ id: entry.id, message: problems.map((problem) => problem.message).join(' ') });
                      return;
                    }
                    setRenaming(null);
                    setRenameError(null);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') event.currentTarget.blur();
                    if (event.key === 'Escape') {
                      cancelRename.current = true;
                      event.currentTarget.blur();
                    }
                  }}
                />
                {renameError?.id === entry.id && (
                  <div className="rename-error" role="alert">
                    {renameError.message}
                  </div>
                )}
              </>
            ) : (
              <button
                type="button"
                className="roadmap-open"
                aria-current={entry.id === currentId ? 'page' : undefined}
                onClick={() => onOpen(entry.id)}
                title={library.syncOf(entry.id) ? 'Shared: syncs with a host' : undefined}
              >
                {entry.title}
                {library.syncOf(entry.id) && (
                  <span className="shared-tag" aria-hidden="true">
                    Shared
                  </span>
                )}
              </button>
            )}
            {confirming === entry.id ? (
              <span className="confirm" role="group" aria-label={`Delete ${entry.title}?`}>
                <span>Delete?</span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    setConfirming(null);
                    onDelete(entry.id);
                  }}
                >
                  Delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <span className="row-actions">
                <button
                  type="button"
                  className="link"
                  aria-label={`Rename ${entry.title}`}
                  onClick={() => setRenaming(entry.id)}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link"
                  aria-label={`Delete ${entry.title}`}
                  onClick={() => setConfirming(entry.id)}
                >
                  Delete
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {entries.length === 0 && <p className="muted small">No roadmaps yet. Start one above.</p>}
    </nav>
  );
}
