import { call } from '../api';
import { useAsync } from '../useAsync';

/** Which Mend this is, for someone reporting a problem; it used to sit on Home. */
export function AboutLine() {
  const info = useAsync(() => call('app.info'), []);
  if (info.status !== 'ready') return null;
  return (
    <p className="quiet about-line">
      {info.value.name} version {info.value.version}. Mend is not a substitute for therapy or counselling.
    </p>
  );
}
