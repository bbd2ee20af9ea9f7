import type { EventName } from '@shared/ipc/channels';
import { events, type EventPayload } from '@shared/ipc/contract';

export type EventSink = (event: EventName, payload: unknown) => void;

/** Main-to-renderer events, validated against the contract before they leave main. */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Adds a destination (the Electron windows, or the harness's page). Returns a remover. */
  connect(sink: EventSink): () => void;
}

export function createEventBus(): EventBus {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      const checked = events[event].parse(payload);
      for (const sink of sinks) sink(event, checked);
    },
    connect(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
