'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The stock of one product, edited in the table: saved on Enter or when focus leaves the field,
 * only if the value changed; Escape puts the saved value back.
 */
export function StockEditor({
  value,
  productName,
  onSave,
}: {
  value: number;
  productName: string;
  onSave: (stock: number) => Promise<boolean>;
}) {
  const [text, setText] = useState(String(value));
  const [busy, setBusy] = useState(false);
  // One save at a time: Enter saves, and the blur that may follow must not save again.
  const saving = useRef(false);
  useEffect(() => setText(String(value)), [value]);

  const valid = /^\d{1,9}$/.test(text.trim());
  const commit = async () => {
    if (!valid) {
      setText(String(value));
      return;
    }
    const next = Number(text.trim());
    if (next === value || saving.current) return;
    saving.current = true;
    setBusy(true);
    try {
      if (!(await onSave(next))) setText(String(value));
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  const low = value <= 5;
  return (
    <input
      type="number"
      min={0}
      step={1}
      inputMode="numeric"
      value={text}
      aria-label={`Stock of ${productName}`}
      aria-invalid={!valid || undefined}
      readOnly={busy}
      aria-busy={busy || undefined}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        } else if (event.key === 'Escape') {
          setText(String(value));
        }
      }}
      className={`h-9 w-20 rounded-md border px-2 text-right text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/40 read-only:opacity-60 ${
        low
          ? 'border-amber-500 bg-amber-50 text-amber-900'
          : 'border-slate-300 bg-white text-slate-900'
      }`}
    />
  );
}
