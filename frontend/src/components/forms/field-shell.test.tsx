import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { FieldShell } from '@/components/forms/field-shell';

describe('FieldShell', () => {
  test('labels the control it frames and leaves it valid without an error', () => {
    render(<FieldShell label="City">{(control) => <input {...control} />}</FieldShell>);
    const input = screen.getByLabelText('City');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-required');
  });

  test('describes the control by its hint and its error, and marks it invalid', () => {
    render(
      <FieldShell label="Postal code" id="postal" hint="As on your letters." error="Enter a code.">
        {(control) => <input {...control} />}
      </FieldShell>,
    );
    const input = screen.getByLabelText('Postal code');
    expect(input).toHaveAttribute('id', 'postal');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('As on your letters. Enter a code.');
  });

  test('marks a required control for sight and for assistive technology', () => {
    const { container } = render(
      <FieldShell label="Country" required>
        {(control) => <select {...control} />}
      </FieldShell>,
    );
    expect(screen.getByLabelText('Country')).toHaveAttribute('aria-required', 'true');
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('*');
  });

  test('marks a control of a group invalid while the group shows the message', () => {
    render(
      <FieldShell label="Min" invalid>
        {(control) => <input {...control} />}
      </FieldShell>,
    );
    const input = screen.getByLabelText('Min');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});
