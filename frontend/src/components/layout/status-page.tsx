// The page a shopper sees instead of the one asked for (an error, a missing page): what happened,
// then the ways on.
import type { ReactNode } from 'react';
import { Container } from '@/components/layout/container';

export interface StatusPageProps {
  /** The short line above the title, e.g. "404". */
  eyebrow: string;
  title: string;
  children: ReactNode;
  /** The buttons or links that lead on, in a centred row. */
  actions: ReactNode;
}

export function StatusPage({ eyebrow, title, children, actions }: StatusPageProps) {
  return (
    <Container className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">{eyebrow}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      {children}
      <div className="mt-8 flex justify-center gap-3">{actions}</div>
    </Container>
  );
}
