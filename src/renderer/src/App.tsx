import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { call, friendlyMessage, subscribe } from './api';
import { useAppCommands } from './desktop/useAppCommands';
import { LOCK_AND_HIDE_SHORTCUT, lockAndHide, lockNow } from './shell/lockNow';
import { SafetyOpenerContext, type SafetySection } from './shell/safetyOpener';
import { useSafetyReturn } from './shell/useSafetyReturn';
import { SafetyPage } from './shell/SafetyPage';
import { Shell } from './shell/Shell';
import { useShortcut } from './shell/useShortcut';
import { useAsync } from './useAsync';
import { DamagedScreen } from './vault/DamagedScreen';
import { FinishSetup } from './vault/FinishSetup';
import { NewPassphraseScreen } from './vault/NewPassphraseScreen';
import { Onboarding } from './vault/Onboarding';
import { UnlockScreen } from './vault/UnlockScreen';


export function App() {
  const [generation, setGeneration] = useState(0);
  const [safety, setSafety] = useState<{ section: SafetySection | undefined } | null>(null);
  const showSafety = safety !== null;
  const state = useAsync(() => call('vault.status'), [generation]);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const remember = useSafetyReturn(showSafety);
  const openSafety = useCallback(
    (section?: SafetySection) => {
      remember();
      setSafety({ section });
    },
    [remember],
  );
  const closeSafety = useCallback(() => setSafety(null), []);
  const openSafetyPage = useCallback(() => openSafety(), [openSafety]);
  const unlocked = state.status === 'ready' && state.value.state === 'unlocked';

  const showingLockScreen = state.status === 'ready' && state.value.state === 'locked';
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
        if (!lockScreenNow.current) window.location.reload();
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
  useShortcut({ key: 's', mod: true, shift: true }, openSafetyPage);
  useAppCommands({ unlocked, onSafety: openSafetyPage });
  useShortcut(LOCK_AND_HIDE_SHORTCUT, () => {
    if (unlocked) void lockAndHide();
  });
  useShortcut({ key: 'l', mod: true }, () => {
    if (unlocked) void lockNow('shortcut');
  });

  // The screen underneath stays mounted (hidden) while the safety page is open, so what was
  // being typed, and the scroll position, are still there when the person goes back.
  return (
    <SafetyOpenerContext.Provider value={openSafety}>
      <div hidden={showSafety} className="app-screen">
        {screen()}
      </div>
      {safety !== null && <SafetyPage onClose={closeSafety} unlocked={unlocked} section={safety.section} />}
    </SafetyOpenerContext.Provider>
  );

  function screen() {
  if (state.status === 'loading') return <p className="status centered" role="status">Opening Mend…</p>;
  if (state.status === 'error') return <p role="alert" className="centered">{friendlyMessage(state.error)}</p>;

  const status = state.value;
  switch (status.state) {
    case 'none':
      return <Onboarding onDone={refresh} onShowSafety={openSafetyPage} />;
    case 'locked':
      return <UnlockScreen retryAfterSeconds={status.retryAfterSeconds} onUnlocked={refresh} onShowSafety={openSafetyPage} />;
    case 'damaged':
      return <DamagedScreen status={status} onShowSafety={openSafetyPage} />;
    case 'unlocked':
      if (status.unlockedWith === 'recovery') return <NewPassphraseScreen onDone={refresh} onShowSafety={openSafetyPage} />;
      if (!status.setupComplete) return <FinishSetup onDone={refresh} onShowSafety={openSafetyPage} />;
      return <Shell onLock={() => void lockNow('manual')} onLockAndHide={() => void lockAndHide()} onShowSafety={openSafetyPage} />;
  }
  }
}
