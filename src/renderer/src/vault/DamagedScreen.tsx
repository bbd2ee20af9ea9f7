import type { VaultStatus } from '../../../shared/ipc/contract';

/** A calm explanation when a vault file is damaged. Mend never starts over on its own. */
export function DamagedScreen({ status, onShowSafety }: { status: VaultStatus; onShowSafety(): void }) {
  const what = status.damage?.file === 'key' ? 'the key file that unlocks your journal' : 'your journal file';
  return (
    <main className="centered" aria-labelledby="damaged-title">
      <h1 id="damaged-title">Mend needs your help</h1>
      <section className="card stack">
        <p>Mend could not read {what}. It may be damaged or missing.</p>
        <p>Nothing has been changed or deleted. Mend will not create a new, empty journal over your old one.</p>
      </section>
      <button type="button" className="link safety-link" onClick={onShowSafety}>
        If you are not safe
      </button>
    </main>
  );
}
