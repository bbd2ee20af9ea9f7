import { call, friendlyMessage } from '../api';
import { FirstWeeksCard } from '../program/FirstWeeksCard';
import { ProgramCallout } from '../program/ProgramCallout';
import { useAsync } from '../useAsync';
import { Welcome } from './Welcome';

/** The first screen after unlock. */
export function Home() {
  const info = useAsync(() => call('app.info'), []);
  if (info.status === 'loading') return <p role="status">One moment…</p>;
  if (info.status === 'error') return <p role="alert">{friendlyMessage(info.error)}</p>;
  return (
    <Welcome info={info.value}>
      <ProgramCallout />
      <FirstWeeksCard />
    </Welcome>
  );
}
