import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { StatusPage } from '@/components/layout/status-page';

describe('StatusPage', () => {
  test('names what happened in its heading, then explains and leads on', () => {
    render(
      <StatusPage eyebrow="404" title="Page not found" actions={<a href="/">Go home</a>}>
        <p>It has moved.</p>
      </StatusPage>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('404')).toBeInTheDocument();
    expect(screen.getByText('It has moved.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go home' })).toHaveAttribute('href', '/');
  });
});
