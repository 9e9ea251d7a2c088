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
import { useUiStore } from '../state/ui-store';

/** The roadmap's title, editable in place; where it is saved and who shares it. */
export function RoadmapHeader({
  readOnly,
  library,
  focusTitle = false,
  onTitleFocused,
}: {
  readOnly: boolean;
  library: RoadmapLibrary;
  focusTitle?: boolean;
  onTitleFocused?: () => void;
}) {
  const [sharing, setSharing] = useState(false);
  const exporting = useUiStore((state) => state.exporting);
  const setExporting = (open: boolean) => useUiStore.setState({ exporting: open });
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
      <button type="button" className="secondary" onClick={() => setExporting(true)}>
        Export PDF…
      </button>
      {exporting && <ExportDialog library={library} onClose={() => setExporting(false)} />}
      {sharing && <ShareDialog library={library} onClose={() => setSharing(false)} />}
    </header>
  );
}
