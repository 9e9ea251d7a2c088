import { updateRoadmap } from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { runCommand } from '../state/run-command';
import { TextField } from '../inspector/fields';
import { useWindowSaveState } from './use-save-guard';

/** The roadmap's title, editable in place. */
export function RoadmapHeader({ readOnly }: { readOnly: boolean }) {
  const session = useSession();
  const title = useRoadmap((snapshot) => snapshot.meta.title);
  const saveState = useWindowSaveState();
  return (
    <header className="roadmap-header">
      <TextField
        label="Roadmap title"
        disabled={readOnly}
        value={title}
        commit={(next) => {
          const outcome = runCommand(session.doc, updateRoadmap, { title: next });
          return outcome.ok ? null : outcome.problems;
        }}
      />
      <span className={`save-state ${saveState}`} role="status" aria-label="Save status">
        {saveState === 'saved' ? 'Saved on this device' : 'Saving…'}
      </span>
    </header>
  );
}
