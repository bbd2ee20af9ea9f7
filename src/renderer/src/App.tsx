import { call, friendlyMessage } from './api';
import { Welcome } from './screens/Welcome';
import { useAsync } from './useAsync';

export function App() {
  const info = useAsync(() => call('app.info'), []);
  if (info.status === 'loading') return <p className="status" role="status">Opening Mend…</p>;
  if (info.status === 'error') return <p role="alert">{friendlyMessage(info.error)}</p>;
  return <Welcome info={info.value} />;
}
