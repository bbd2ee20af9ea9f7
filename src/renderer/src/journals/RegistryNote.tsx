/**
 * What anyone at this computer account can learn without a passphrase, said plainly wherever
 * several journals come up (the chooser, creating one, settings). docs/security.md says the same.
 */
export function RegistryNote() {
  return (
    <details className="registry-note">
      <summary>What others using this computer can see</summary>
      <p>
        Each journal is locked with its own passphrase. Without it, nobody can read what is inside, and one
        journal’s passphrase never opens another.
      </p>
      <p>
        Anyone using this computer account can see how many journals there are and the names you gave them.
        Choose names that say only what you are happy for others to see.
      </p>
      <p>
        The strongest separation is a separate user account on this computer for each person.
      </p>
    </details>
  );
}
