import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { XrmBridge } from '../../shared/ipc/api.ts';
import { EVENT_CHANNEL, buildBridge } from './build-bridge.ts';

/**
 * The whole preload: `window.xrm`, built from the contract. Runs sandboxed
 * with context isolation, so it is bundled into one CommonJS file that
 * requires nothing but `electron`.
 */
const bridge = buildBridge(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (listener) => {
    const wrapped = (_event: IpcRendererEvent, message: unknown): void => listener(message);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
) satisfies XrmBridge;

contextBridge.exposeInMainWorld('xrm', bridge);
