'use client';

// The dialog that downloads the orders of the list's status, within a date range, as CSV.
import { useState, type FormEvent } from 'react';
import toast from 'react-hot-toast';
import { ArrowDownTrayIcon } from '@heroicons/react/24/outline';
import { TextField } from '@/components/forms/text-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useDialogAction } from '@/components/ui/use-dialog-action';
import { exportOrdersCsv } from '@/features/admin-orders/api';
import { exportRangeProblem, type OrderQuery } from '@/features/admin-orders/filters';
import { ORDER_STATUS_LABELS } from '@/features/orders/types';
import { saveFile } from '@/lib/save-file';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A day of the range; '' is no limit, and a bound of '' leaves the day free on that side. */
function DateField({
  value,
  min,
  max,
  onChange,
  ...field
}: {
  id: string;
  label: string;
  value: string;
  min?: string;
  max?: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      {...field}
      type="date"
      value={value}
      min={min || undefined}
      max={max || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
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
  const download = useDialogAction();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const filter = { status, from: from || undefined, to: to || undefined };
    const invalid = exportRangeProblem(filter);
    if (invalid) {
      download.setError(invalid);
      return;
    }
    await download.run(async () => {
      const file = await exportOrdersCsv(filter, today());
      saveFile(file.blob, file.filename);
      toast.success(`Saved ${file.filename}.`);
      onClose();
    });
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
        {download.error ? <Alert tone="error">{download.error}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField id="export-from" label="From" value={from} max={to} onChange={setFrom} />
          <DateField id="export-to" label="To" value={to} min={from} onChange={setTo} />
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={download.busy}>
            Cancel
          </Button>
          <Button type="submit" loading={download.busy}>
            <ArrowDownTrayIcon className="h-4 w-4" aria-hidden="true" />
            Download CSV
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
