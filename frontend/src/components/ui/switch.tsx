'use client';

// An on/off control (role="switch") that saves at once, e.g. a product's "active" flag in a table.
export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Accessible name, e.g. "Active: Canvas Tote". */
  label: string;
  disabled?: boolean;
  busy?: boolean;
  /** Shows the label next to the switch instead of only to assistive technology. */
  showLabel?: boolean;
}

export function Switch({
  checked,
  onChange,
  label,
  disabled = false,
  busy = false,
  showLabel = false,
}: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-busy={busy || undefined}
      disabled={disabled || busy}
      onClick={() => onChange(!checked)}
      className="group inline-flex items-center gap-2 rounded-full text-sm text-slate-800 disabled:cursor-not-allowed disabled:opacity-60"
    >
      <span
        aria-hidden="true"
        className={`relative inline-flex h-6 w-11 shrink-0 rounded-full border-2 border-transparent transition-colors ${
          checked ? 'bg-brand-600' : 'bg-slate-500'
        }`}
      >
        <span
          className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${
            checked ? 'translate-x-5' : 'translate-x-0'
          }`}
        />
      </span>
      <span className={showLabel ? '' : 'sr-only'}>{label}</span>
    </button>
  );
}
