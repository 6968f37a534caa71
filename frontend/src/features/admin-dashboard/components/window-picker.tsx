'use client';

// The buttons that pick how many days of history the dashboard shows.
import { STATS_WINDOWS, type StatsWindow } from '@/features/admin-dashboard/chart-data';

export function WindowPicker({
  days,
  onChange,
}: {
  days: StatsWindow;
  onChange: (days: StatsWindow) => void;
}) {
  return (
    <div role="group" aria-label="Time window" className="inline-flex rounded-md shadow-sm">
      {STATS_WINDOWS.map((option, index) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === days}
          onClick={() => onChange(option)}
          className={`h-9 border px-3 text-sm font-medium ${
            index === 0 ? 'rounded-l-md' : '-ml-px'
          } ${index === STATS_WINDOWS.length - 1 ? 'rounded-r-md' : ''} ${
            option === days
              ? 'z-10 border-brand-600 bg-brand-600 text-white'
              : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
          }`}
        >
          {option} days
        </button>
      ))}
    </div>
  );
}
