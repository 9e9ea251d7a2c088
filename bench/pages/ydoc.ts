import * as Y from 'yjs';
import { RoadmapStore, selectLanes } from '../../shared';

// The roadmap's Y.Doc alone, then with the app's read model over it, so the driver can weigh each on the
// JS heap (after GC) without the rest of the app.
let bytes: Uint8Array | null = null;
let doc: Y.Doc | null = null;
let store: RoadmapStore | null = null;
let lanes: unknown = null;

Object.assign(window, {
  benchDoc: {
    setUpdate(base64: string) {
      bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    },
    loadDoc() {
      doc = new Y.Doc();
      Y.applyUpdate(doc, bytes!);
      bytes = null;
      return doc.getMap('initiatives').size;
    },
    loadReadModel() {
      store = new RoadmapStore(doc!);
      lanes = selectLanes(store.getSnapshot());
      return Array.isArray(lanes) ? lanes.length : 0;
    },
  },
});
