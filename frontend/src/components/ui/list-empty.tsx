// What a list shows when a page has no items: that nothing matches the filters (with a way to
// clear them), or that there is nothing yet (also what a list without such filters always says).
import type { ComponentType, ReactNode, SVGProps } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export interface ListEmptyProps {
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Whether the list is filtered (useUrlList's `filtered`). */
  filtered: boolean;
  onClear: () => void;
  /** Title and text when the filters match nothing, e.g. "No orders match". */
  noMatch?: { title: string; text: string; clearLabel?: string };
  /** Title and text when there are no items at all, and an optional way to add the first. */
  none: { title: string; text: string; action?: ReactNode };
}

export function ListEmpty({ icon, filtered, onClear, noMatch, none }: ListEmptyProps) {
  return filtered && noMatch ? (
    <EmptyState
      icon={icon}
      title={noMatch.title}
      action={
        <Button variant="secondary" onClick={onClear}>
          {noMatch.clearLabel ?? 'Clear the filters'}
        </Button>
      }
    >
      {noMatch.text}
    </EmptyState>
  ) : (
    <EmptyState icon={icon} title={none.title} action={none.action}>
      {none.text}
    </EmptyState>
  );
}
