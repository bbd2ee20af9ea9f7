import { BrowserWindow, ipcMain } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '@shared/ipc/channels';
import type { Dispatch } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/eventBus';
import { senderOfEvent } from '../ipc/senderOfEvent';

/** Carries `mend:invoke` calls into the dispatcher and the bus's events out to every window. */
export function connectIpc(dispatch: Dispatch, bus: EventBus): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    const sender = senderOfEvent({
      senderFrame: event.senderFrame,
      mainFrame: event.sender.mainFrame,
      windowId: BrowserWindow.fromWebContents(event.sender)?.id ?? null,
    });
    return dispatch(channel, input, sender);
  });
  bus.connect((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(IPC_EVENT, name, payload);
    }
  });
}
