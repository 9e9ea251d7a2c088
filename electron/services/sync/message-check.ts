import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

// Hocuspocus' message layout: document name, message type, then for sync messages a sync step and its data.
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Whether a peer's message is safe to hand to Hocuspocus: a sync message must carry a Yjs update that
 * decodes (anything else is left to Hocuspocus, which checks it). A malformed update would otherwise throw
 * deep inside the sync and leave the socket open; the host closes the socket instead.
 */
export function carriesValidUpdate(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return true;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return true;
    Y.decodeUpdate(decoding.readVarUint8Array(decoder));
    return true;
  } catch {
    return false;
  }
}
