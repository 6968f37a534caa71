// Dates and times as the shop shows them: one format for every page (orders, back-office tables).
const dateFormatter = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO timestamp as "Dec 7, 2026, 11:53 PM" in the reader's time zone; text that is no date as it is. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormatter.format(date);
}
