import { powerMonitor } from 'electron';
import type { PowerEvents } from '../power/powerEvents';

/** Electron's powerMonitor behind Mend's PowerEvents interface. Use after `app.whenReady()`. */
export function powerMonitorEvents(): PowerEvents {
  return {
    on(event, listener) {
      powerMonitor.on(event as 'suspend', listener);
      return () => {
        powerMonitor.off(event as 'suspend', listener);
      };
    },
  };
}
