import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, IPC_EVENT, IPC_INVOKE } from '@shared/ipc/channels';
import { EXPOSED_NAME } from '@shared/ipc/api';
import { buildApi } from './buildApi';

// Only the transport lives here; buildApi (which the test harness injects as is) does the rest.
const api = buildApi(
  CHANNELS,
  EVENTS,
  (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  (deliver) => {
    ipcRenderer.on(IPC_EVENT, (_event, name: unknown, payload: unknown) => deliver(name, payload));
  },
);

contextBridge.exposeInMainWorld(EXPOSED_NAME, api);
