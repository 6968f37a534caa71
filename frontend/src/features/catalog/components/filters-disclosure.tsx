'use client';

import { useState, type ReactNode } from 'react';
import { AdjustmentsHorizontalIcon } from '@heroicons/react/24/outline';

/** On phones the filters fold away behind a button; from `lg` up they are always shown. */
export function FiltersDisclosure({ active, children }: { active: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 lg:p-5">
      <button
        type="button"
        className="flex w-full items-center justify-between text-sm font-semibold text-slate-900 lg:hidden"
        aria-expanded={open}
        aria-controls="product-filters"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="flex items-center gap-2">
          <AdjustmentsHorizontalIcon className="h-5 w-5" aria-hidden="true" />
          Filters{active ? ' (active)' : ''}
        </span>
        <span aria-hidden="true">{open ? '−' : '+'}</span>
      </button>
      <h2 className="mb-4 hidden text-base font-semibold lg:block">Filters</h2>
      <div id="product-filters" className={`${open ? 'mt-4 block' : 'hidden'} lg:mt-0 lg:block`}>
        {children}
      </div>
    </div>
  );
}
