'use client';

// The dialog that downloads the orders of the list's status, within a date range, as CSV.
import { useState, type FormEvent } from 'react';
import toast from 'react-hot-toast';
import { ArrowDownTrayIcon } from '@heroicons/react/24/outline';
import { inputClasses } from '@/components/forms/text-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { exportOrdersCsv } from '@/features/admin-orders/api';
import { exportRangeProblem, type OrderQuery } from '@/features/admin-orders/filters';
import { ORDER_STATUS_LABELS } from '@/features/orders/types';
import { errorMessage } from '@/lib/api-error';
import { saveFile } from '@/lib/save-file';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function DateInput({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  /** The other end of the range ('' for none), which this day may not pass. */
  min?: string;
  max?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-1 ${inputClasses(false)}`}
      />
    </div>
  );
}

export function ExportDialog({
  open,
  onClose,
  status,
}: {
  open: boolean;
  onClose: () => void;
  status: OrderQuery['status'];
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const filter = { status, from: from || undefined, to: to || undefined };
    const invalid = exportRangeProblem(filter);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const file = await exportOrdersCsv(filter, today());
      saveFile(file.blob, file.filename);
      toast.success(`Saved ${file.filename}.`);
      onClose();
    } catch (error: unknown) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Export orders as CSV"
      description={
        <>
          One row per order item, for{' '}
          <strong>
            {status ? `${ORDER_STATUS_LABELS[status].toLowerCase()} orders` : 'all orders'}
          </strong>
          . Leave a date empty for no limit.
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <DateInput id="export-from" label="From" value={from} max={to} onChange={setFrom} />
          <DateInput id="export-to" label="To" value={to} min={from} onChange={setTo} />
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            <ArrowDownTrayIcon className="h-4 w-4" aria-hidden="true" />
            Download CSV
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
