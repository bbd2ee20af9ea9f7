import type { ProgramForUi, ProgramState } from '@shared/ipc/contract';
import { formatDayWithWeekday } from '@shared/dates';
import { call } from '../api';
import { useAsync } from '../useAsync';
import { FirstWeeksLink } from './FirstWeeksLink';
import { HomeCheckin } from './HomeCheckin';
import { HomeProgram } from './HomeProgram';
import { RecentEntries } from './RecentEntries';
import './home.css';
import { NotReady } from '../components/NotReady';

export interface HomeData {
  today: string;
  state: ProgramState;
  content: ProgramForUi;
}

/**
 * The first screen after unlock is today: the day's check-in, where to continue in the
 * program, the last few journal entries, and how far each path has come. Everything on it
 * leads somewhere; nothing is there only to decorate.
 */
export function Home() {
  // "Today" is main's (tracker.summary): the renderer's clock may differ from it.
  const loaded = useAsync(
    () =>
      Promise.all([call('tracker.summary'), call('program.state'), call('program.content')]).then(
        ([summary, state, content]): HomeData => ({ today: summary.today, state, content }),
      ),
    [],
  );
  if (loaded.status !== 'ready') return <NotReady state={loaded} className="screen" />;
  const data = loaded.value;
  return (
    <main className="screen stack home" aria-labelledby="home-title">
      <header className="home-head">
        <h1 id="home-title">Today</h1>
        <p className="quiet">{formatDayWithWeekday(data.today, { month: 'short' })}</p>
      </header>
      <FirstWeeksLink state={data.state} />
      <div className="home-grid">
        <HomeCheckin today={data.today} tracks={data.state.tracks} />
        <HomeProgram data={data} />
      </div>
      <RecentEntries />
      <p className="quiet">Mend is not a substitute for therapy or counselling.</p>
    </main>
  );
}
