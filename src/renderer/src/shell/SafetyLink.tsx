/**
 * "If you are not safe": in the shell's top bar and at the foot of every full-window screen
 * outside it (unlock, setup, recovery, journals), so the safety page is one click away
 * wherever the person is.
 */
export function SafetyLink({ onShow }: { onShow(): void }) {
  return (
    <button type="button" className="link safety-link" onClick={onShow}>
      If you are not safe
    </button>
  );
}
