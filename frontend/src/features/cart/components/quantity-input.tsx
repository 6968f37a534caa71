'use client';

// The quantity of a cart line or of what Add to cart adds: a number input between a minus and a
// plus button, kept from 1 to `max` (the stock) whichever way it is changed.
import type { ComponentType, SVGProps } from 'react';
import { MinusIcon, PlusIcon } from '@heroicons/react/20/solid';

/** `next` brought into 1 … max; with no stock (max below 1) it stays at 1. */
export function clampQuantity(next: number, max: number): number {
  return Math.min(Math.max(1, next), Math.max(1, max));
}

/** The minus or the plus beside the input, rounded on its outer side. */
function StepButton({
  icon: Icon,
  label,
  side,
  disabled,
  onClick,
}: {
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  label: string;
  side: 'left' | 'right';
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`grid h-11 w-11 place-items-center ${side === 'left' ? 'rounded-l-md' : 'rounded-r-md'} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:text-slate-300`}
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
    >
      <Icon className="h-4 w-4" aria-hidden="true" />
    </button>
  );
}

export function QuantityInput({
  value,
  max,
  onChange,
  label,
  id,
  disabled = false,
}: {
  value: number;
  max: number;
  onChange: (value: number) => void;
  label: string;
  id: string;
  disabled?: boolean;
}) {
  return (
    <div className="flex items-center">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <StepButton
        icon={MinusIcon}
        label="Decrease quantity"
        side="left"
        disabled={disabled || value <= 1}
        onClick={() => onChange(clampQuantity(value - 1, max))}
      />
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const next = Number.parseInt(event.target.value, 10);
          if (Number.isInteger(next)) onChange(clampQuantity(next, max));
        }}
        className="h-11 w-16 border-y border-slate-300 text-center text-base text-slate-900 [appearance:textfield] focus:outline-none focus:ring-2 focus:ring-brand-600/40 [&::-webkit-inner-spin-button]:appearance-none"
      />
      <StepButton
        icon={PlusIcon}
        label="Increase quantity"
        side="right"
        disabled={disabled || value >= max}
        onClick={() => onChange(clampQuantity(value + 1, max))}
      />
    </div>
  );
}
