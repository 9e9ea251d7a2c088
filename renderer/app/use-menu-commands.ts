import { useEffect } from 'react';
import type { RoadmapSession } from '../state/roadmap-session';
import { MAIN_VIEWS, useUiStore, type MainView } from '../state/ui-store';

const isMainView = (name: string): name is MainView => (MAIN_VIEWS as readonly string[]).includes(name);
import { undoOrRedo } from './edit-history';
import { saveCopy } from './roadmap-files';

/** The desktop app's menu (absent in web mode): each command to what the window does for it. */
export function useMenuCommands(
  session: RoadmapSession | null,
  actions: { newRoadmap: () => void; openFile: () => void; duplicate: () => void; importFile: () => void },
): void {
  const { newRoadmap, openFile, duplicate, importFile } = actions;
  useEffect(() => {
    return window.waymark?.onMenuCommand((command) => {
      if (command === 'new-roadmap') newRoadmap();
      else if (command === 'open-file') openFile();
      else if (command === 'duplicate-roadmap') duplicate();
      else if (command === 'import-file') importFile();
      else if (command === 'export-pdf') useUiStore.setState({ exporting: true });
      else if (command === 'export-csv') useUiStore.setState({ exportingData: 'csv' });
      else if (command === 'export-json') useUiStore.setState({ exportingData: 'json' });
      else if (command.startsWith('show-')) {
        const view = command.slice('show-'.length);
        if (isMainView(view)) useUiStore.getState().showView(view);
      } else if (command === 'take-baseline') useUiStore.setState({ takingBaseline: true });
      else if (command === 'toggle-compare') {
        // On the timeline, where the comparison shows.
        const { comparing, showView } = useUiStore.getState();
        showView('timeline');
        useUiStore.setState({ comparing: !comparing, onlyChanged: false });
      } else if (command === 'save-copy') {
        if (session) void saveCopy(session, session.store.getSnapshot().meta.title);
      } else if (command === 'zoom-in') useUiStore.getState().zoomBy(1);
      else if (command === 'zoom-out') useUiStore.getState().zoomBy(-1);
      else if (command === 'zoom-reset') useUiStore.getState().resetZoom();
      else if (session && (command === 'undo' || command === 'redo')) undoOrRedo(session, command);
    });
  }, [session, newRoadmap, openFile, duplicate, importFile]);
}
