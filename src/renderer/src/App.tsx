import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { call, subscribe } from './api';
import { useAppCommands } from './desktop/useAppCommands';
import { hasUnsavedWork } from './shell/flushers';
import { holdForUnlock, isLockingHere } from './shell/heldWork';
import { LOCK_AND_HIDE_SHORTCUT, lockAndHide, lockNow, saveHeldWorkAndReload } from './shell/lockNow';
import { SafetyOpenerContext, type SafetySection } from './shell/safetyOpener';
import { useSafetyReturn } from './shell/useSafetyReturn';
import { SafetyPage } from './shell/SafetyPage';
import { Shell } from './shell/Shell';
import { useActivityReport } from './shell/useActivityReport';
import { useShortcut } from './shell/useShortcut';
import { useAsync } from './useAsync';
import { DamagedScreen } from './vault/DamagedScreen';
import { FinishSetup } from './vault/FinishSetup';
import { NewPassphraseScreen } from './vault/NewPassphraseScreen';
import { Onboarding } from './vault/Onboarding';
import { UnlockScreen } from './vault/UnlockScreen';
import { JournalChooser } from './journals/JournalChooser';
import { JournalLinks, suggestedName } from './journals/JournalLinks';
import { NewJournalScreen } from './journals/NewJournalScreen';
import { RemoveJournal } from './journals/RemoveJournal';
import { NotReady } from './components/NotReady';

/** A step outside the chosen journal's own screens: naming a new journal, removing one. */
type JournalStep = { kind: 'new' } | { kind: 'remove'; id: string } | null;

/** The journals, then (once one is chosen) that journal's vault status. */
async function loadStart() {
  const list = await call('journals.list');
  if (list.current === null) return { list, status: null };
  return { list, status: await call('vault.status') };
}


export function App() {
  const [generation, setGeneration] = useState(0);
  const [safety, setSafety] = useState<{ section: SafetySection | undefined } | null>(null);
  const showSafety = safety !== null;
  const [held, setHeld] = useState(false);
  const state = useAsync(loadStart, [generation]);
  const [journalStep, setJournalStep] = useState<JournalStep>(null);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const remember = useSafetyReturn(showSafety);
  const openSafetyAt = useCallback(
    (section?: SafetySection) => {
      remember();
      setSafety({ section });
    },
    [remember],
  );
  const closeSafety = useCallback(() => setSafety(null), []);
  const openSafety = useCallback(() => openSafetyAt(), [openSafetyAt]);
  const unlocked = state.status === 'ready' && state.value.status?.state === 'unlocked';

  const showingLockScreen =
    state.status === 'ready' && (state.value.status === null || state.value.status.state === 'locked');
  // Read by the event listeners below, which are registered once.
  const unlockedNow = useRef(unlocked);
  const lockScreenNow = useRef(showingLockScreen);
  useLayoutEffect(() => {
    unlockedNow.current = unlocked;
    lockScreenNow.current = showingLockScreen;
  });

  // Whatever locked the vault (idle, suspend, another window), drop every piece of state. A
  // page already showing the lock screen holds nothing, and reloading it again would throw
  // away a passphrase being typed; a page still asking for the status reloads to be sure.
  useEffect(
    () =>
      subscribe('vault.locked', () => {
        if (lockScreenNow.current) return;
        // Main locked first (suspend, its own idle lock, the screen-lock fallback) while an
        // editor still held unsaved words: keep them behind the lock screen and save them
        // after the unlock (see shell/heldWork.ts).
        if (!isLockingHere() && unlockedNow.current && hasUnsavedWork()) {
          holdForUnlock();
          setHeld(true);
          return;
        }
        window.location.reload();
      }),
    [],
  );
  // Main is about to lock (suspend, screen lock): save what is being typed, then lock.
  useEffect(
    () =>
      subscribe('vault.lockRequested', ({ reason }) => {
        if (unlockedNow.current) void lockNow(reason);
      }),
    [],
  );
  useActivityReport();
  useShortcut({ key: 's', mod: true, shift: true }, openSafety);
  useAppCommands({ unlocked, onSafety: openSafety });
  useShortcut(LOCK_AND_HIDE_SHORTCUT, () => {
    if (unlocked) void lockAndHide();
  });
  useShortcut({ key: 'l', mod: true }, () => {
    if (unlocked) void lockNow('shortcut');
  });

  // The screen underneath stays mounted (hidden) while the safety page is open, so what was
  // being typed, and the scroll position, are still there when the person goes back.
  return (
    <SafetyOpenerContext.Provider value={openSafetyAt}>
      <div hidden={showSafety} className="app-screen">
        {screen()}
      </div>
      {safety !== null && <SafetyPage onClose={closeSafety} unlocked={unlocked} section={safety.section} />}
    </SafetyOpenerContext.Provider>
  );

  function screen() {
  if (state.status !== 'ready') return <NotReady state={state} waiting="Opening Mend…" className="centered" />;

  const { list, status } = state.value;
  const names = list.journals.map((journal) => journal.name);
  // Each step reloads the page when a journal changes, so nothing of one stays in memory.
  const reload = () => window.location.reload();
  if (journalStep?.kind === 'new') {
    return (
      <NewJournalScreen
        suggestedName={suggestedName(names)}
        onCreated={reload}
        onCancel={() => setJournalStep(null)}
        onShowSafety={openSafety}
      />
    );
  }
  if (journalStep?.kind === 'remove') {
    return (
      <RemoveJournal
        id={journalStep.id}
        onRemoved={reload}
        onCancel={() => setJournalStep(null)}
        onShowSafety={openSafety}
      />
    );
  }
  if (status === null || list.current === null) {
    return (
      <JournalChooser
        list={list}
        onChosen={refresh}
        onCreate={() => setJournalStep({ kind: 'new' })}
        onRemove={(id) => setJournalStep({ kind: 'remove', id })}
        onShowSafety={openSafety}
      />
    );
  }
  // Another journal exists besides this one (which may be one still being set up).
  const others = list.journals.some((journal) => journal.id !== list.current?.id);
  const several = list.journals.length > 1;
  switch (status.state) {
    case 'none':
      return (
        <Onboarding onDone={refresh} onShowSafety={openSafety}>
          {others && <JournalLinks several />}
        </Onboarding>
      );
    case 'locked':
      return (
        <UnlockScreen
          retryAfterSeconds={status.retryAfterSeconds}
          onUnlocked={refresh}
          onShowSafety={openSafety}
          journalName={several ? list.current.name : null}
        >
          <JournalLinks several={several} onCreate={() => setJournalStep({ kind: 'new' })} />
        </UnlockScreen>
      );
    case 'damaged':
      return (
        <>
          <DamagedScreen status={status} onShowSafety={openSafety} />
          {several && <JournalLinks several />}
        </>
      );
    case 'unlocked':
      if (status.unlockedWith === 'recovery') return <NewPassphraseScreen onDone={refresh} onShowSafety={openSafety} />;
      if (!status.setupComplete) return <FinishSetup onDone={refresh} onShowSafety={openSafety} />;
      // The wrapper is always there, so holding keeps the Shell (and its editors) mounted.
      return (
        <>
          <div className="held-shell" hidden={held} inert={held}>
            <Shell
              onLock={() => void lockNow('manual')}
              onLockAndHide={() => void lockAndHide()}
              onShowSafety={openSafety}
            />
          </div>
          {held && (
            <UnlockScreen
              retryAfterSeconds={0}
              onUnlocked={() => void saveHeldWorkAndReload()}
              onShowSafety={openSafety}
            />
          )}
        </>
      );
  }
  }
}
