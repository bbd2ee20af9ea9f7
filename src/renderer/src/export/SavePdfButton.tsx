import { useState } from 'react';
import { defaultPaper } from './exportForm';
import type { ExportResult } from '@shared/ipc/contract';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';

/**
 * One button that saves a small PDF (a step, a letter) through main's save dialog and the
 * sandboxed print window, then says where it went. `prepare` runs first (say, saving what is
 * being typed), so the paper holds the latest words.
 */
export function SavePdfButton({
  label,
  stepId,
  what,
  prepare,
}: {
  label: string;
  stepId: string;
  what: 'step' | 'item';
  prepare?: () => Promise<unknown>;
}) {
  const action = useBusyAction();
  const [result, setResult] = useState<ExportResult | null>(null);
  const channel = what === 'step' ? 'export.stepPdf' : 'export.itemPdf';
  return (
    <div className="save-pdf stack tight">
      <div className="row">
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              setResult(null);
              await prepare?.();
              setResult(await call(channel, { stepId, paper: defaultPaper(navigator.language) }));
            })
          }
        >
          {action.busy ? 'Preparing the PDF…' : label}
        </button>
      </div>
      <div aria-live="polite">
        {result?.status === 'saved' && (
          <p role="status">
            Saved <strong dir="auto">{result.name}</strong>. It is not encrypted: keep it somewhere private.
          </p>
        )}
        {result?.status === 'cancelled' && <p role="status">Nothing was saved.</p>}
      </div>
      <FieldError error={action.error} />
    </div>
  );
}
