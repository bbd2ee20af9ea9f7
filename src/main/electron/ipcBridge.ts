import { BrowserWindow, ipcMain } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '@shared/ipc/channels';
import type { Dispatch } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/eventBus';

/** Carries `mend:invoke` calls into the dispatcher and the bus's events out to every window. */
export function connectIpc(dispatch: Dispatch, bus: EventBus): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const window = BrowserWindow.fromWebContents(event.sender);
    return dispatch(channel, input, {
      frameUrl: frame?.url ?? '',
      isMainFrame: frame !== null && frame !== undefined && frame === event.sender.mainFrame,
      windowId: window?.id ?? null,
    });
  });
  bus.connect((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(IPC_EVENT, name, payload);
    }
  });
}
