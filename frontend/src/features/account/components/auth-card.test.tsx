import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AuthCard } from '@/features/account/components/auth-card';

describe('AuthCard', () => {
  test('titles the page and offers the other way in under the card', () => {
    render(
      <AuthCard
        title="Sign in"
        footerLink={{ prompt: 'New here?', href: '/register', label: 'Create an account' }}
      >
        <form aria-label="Sign in form" />
      </AuthCard>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Create an account' });
    expect(link).toHaveAttribute('href', '/register');
    expect(link.parentElement).toHaveTextContent('New here? Create an account');
  });

  test('shows no footer without a link', () => {
    render(<AuthCard title="Confirm your email">Checking…</AuthCard>);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
