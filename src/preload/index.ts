import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, IPC_EVENT, IPC_INVOKE } from '@shared/ipc/channels';
import { EXPOSED_NAME } from '@shared/ipc/api';
import { buildApi } from './buildApi';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(IPC_EVENT, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const api = buildApi(
  CHANNELS,
  EVENTS,
  (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
);

contextBridge.exposeInMainWorld(EXPOSED_NAME, api);
