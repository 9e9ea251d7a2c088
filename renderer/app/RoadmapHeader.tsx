import { updateRoadmap } from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { runCommand } from '../state/run-command';
import { TextField } from '../ui/fields';
import { useWindowSaveState } from './use-save-guard';
import { useState } from 'react';
import type { RoadmapLibrary } from '../../shared';
import { SyncStatus } from '../sync/SyncStatus';
import { ShareDialog } from '../sync/ShareDialog';
import { saveCopy } from './roadmap-files';
import { ExportDialog } from '../export/ExportDialog';
import { DataExportDialog } from '../export/DataExportDialog';
import { useUiStore } from '../state/ui-store';

/** The roadmap's title, editable in place; where it is saved and who shares it. */
export function RoadmapHeader({
  readOnly,
  library,
  focusTitle = false,
  onTitleFocused,
  onDuplicate,
}: {
  readOnly: boolean;
  library: RoadmapLibrary;
  focusTitle?: boolean;
  onTitleFocused?: () => void;
  /** Duplicates the roadmap as a new roadmap of its own (see duplicateRoadmap). */
  onDuplicate?: () => void;
}) {
  const [sharing, setSharing] = useState(false);
  const exporting = useUiStore((state) => state.exporting);
  const setExporting = (open: boolean) => useUiStore.setState({ exporting: open });
  const exportingData = useUiStore((state) => state.exportingData);
  const session = useSession();
  const title = useRoadmap((snapshot) => snapshot.meta.title);
  const saveState = useWindowSaveState();
  return (
    <header className="roadmap-header">
      <TextField
        label="Roadmap title"
        disabled={readOnly}
        autoFocus={focusTitle}
        onFocused={onTitleFocused}
        value={title}
        commit={(next) => {
          const outcome = runCommand(session.doc, updateRoadmap, { title: next });
          return outcome.ok ? null : outcome.problems;
        }}
      />
      <span className={`save-state ${saveState}`} role="status" aria-label="Save status">
        {saveState === 'saved' ? 'Saved on this device' : 'Saving…'}
      </span>
      <SyncStatus library={library} onShare={() => setSharing(true)} />
      <button type="button" className="secondary" onClick={() => void saveCopy(session, title)}>
        Save a copy
      </button>
      {onDuplicate && (
        <button
          type="button"
          className="secondary"
          disabled={readOnly}
          // Short on screen, where the title needs the room; the name says what it makes.
          aria-label="Duplicate as a new roadmap"
          title="Duplicate as a new roadmap: this one's content, with a history of its own (it never merges back)"
          onClick={onDuplicate}
        >
          Duplicate
        </button>
      )}
      <button type="button" className="secondary" onClick={() => setExporting(true)}>
        Export PDF…
      </button>
      <button
        type="button"
        className="secondary"
        title="Export CSV (spreadsheets, Jira, import back) or JSON (the whole roadmap)"
        onClick={() => useUiStore.setState({ exportingData: 'csv' })}
      >
        CSV/JSON…
      </button>
      {exporting && <ExportDialog library={library} onClose={() => setExporting(false)} />}
      {exportingData && (
        <DataExportDialog format={exportingData} onClose={() => useUiStore.setState({ exportingData: null })} />
      )}
      {sharing && <ShareDialog library={library} onClose={() => setSharing(false)} />}
    </header>
  );
}
