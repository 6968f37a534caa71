import { render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { EmailField, FullNameField, PhoneField } from '@/components/forms/contact-fields';

const registration = { name: 'field', onChange: vi.fn(), onBlur: vi.fn(), ref: vi.fn() };

describe('contact fields', () => {
  test('a full name is required and filled from the browser’s name', () => {
    render(<FullNameField registration={{ ...registration, name: 'full_name' }} />);
    const input = screen.getByLabelText('Full name');
    expect(input).toHaveAttribute('name', 'full_name');
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(input).toHaveAttribute('aria-required', 'true');
  });

  test('an email is a required email input that shows its error', () => {
    render(
      <EmailField
        registration={{ ...registration, name: 'email' }}
        error="Enter a valid email address."
      />,
    );
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('autocomplete', 'email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
  });

  test('a phone is an optional telephone input with its hint', () => {
    render(<PhoneField registration={{ ...registration, name: 'phone' }} />);
    const input = screen.getByLabelText('Phone');
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('autocomplete', 'tel');
    expect(input).not.toHaveAttribute('aria-required');
    expect(input).toHaveAccessibleDescription('Optional, for delivery questions.');
  });
});
