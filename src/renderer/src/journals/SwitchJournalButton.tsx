import { call } from '../api';
import { useAsync } from '../useAsync';
import { switchJournal } from './switchJournal';

/** In the top bar when there is more than one journal: lock this one and go to the chooser. */
export function SwitchJournalButton() {
  const list = useAsync(() => call('journals.list'), []);
  if (list.status !== 'ready' || list.value.journals.length < 2) return null;
  return (
    <button type="button" className="link" onClick={() => void switchJournal('choose')}>
      Switch journal
    </button>
  );
}
