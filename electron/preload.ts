import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { handlerChannel, MENU_COMMAND_CHANNEL } from './ipc/channels';
import type { MenuCommand } from './menu-commands';
import type { WaymarkBridge } from './preload-api';

// A thin bridge and nothing else: every check happens in main (ipc/invoke-handler.ts). Typed as
// WaymarkBridge, which handler-api.ts ties to the handler map, so a missing wrapper fails to compile.
const bridge: WaymarkBridge = {
  app: {
    getInfo: () => ipcRenderer.invoke(handlerChannel('app', 'getInfo')),
  },
  sync: {
    share: (roadmapId, title) => ipcRenderer.invoke(handlerChannel('sync', 'share'), roadmapId, title),
    info: (roadmapId) => ipcRenderer.invoke(handlerChannel('sync', 'info'), roadmapId),
    rotateCode: (roadmapId) => ipcRenderer.invoke(handlerChannel('sync', 'rotateCode'), roadmapId),
    removePeer: (roadmapId, peerId) => ipcRenderer.invoke(handlerChannel('sync', 'removePeer'), roadmapId, peerId),
    peers: (roadmapId) => ipcRenderer.invoke(handlerChannel('sync', 'peers'), roadmapId),
    stopSharing: (roadmapId) => ipcRenderer.invoke(handlerChannel('sync', 'stopSharing'), roadmapId),
  },
  discovery: {
    hosts: () => ipcRenderer.invoke(handlerChannel('discovery', 'hosts')),
  },
  files: {
    saveCopy: (bytes, suggestedName) => ipcRenderer.invoke(handlerChannel('files', 'saveCopy'), bytes, suggestedName),
    open: () => ipcRenderer.invoke(handlerChannel('files', 'open')),
    savePdf: (bytes, suggestedName) => ipcRenderer.invoke(handlerChannel('files', 'savePdf'), bytes, suggestedName),
    saveExport: (bytes, suggestedName, format) =>
      ipcRenderer.invoke(handlerChannel('files', 'saveExport'), bytes, suggestedName, format),
  },
  onMenuCommand(callback) {
    // The IPC event object stays here: handing it to the page would leak ipcRenderer.
    const listener = (_event: IpcRendererEvent, command: MenuCommand) => callback(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('waymark', bridge);
