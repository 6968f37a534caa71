import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ReviewForm } from '@/features/reviews/components/review-form';
import { testReview } from '@/features/reviews/test-review';
import { ApiError } from '@/lib/api-error';

const api = vi.hoisted(() => ({ createReview: vi.fn(), updateReview: vi.fn() }));
vi.mock('@/features/reviews/api', () => api);
vi.mock('react-hot-toast', () => ({ default: { success: vi.fn(), error: vi.fn() } }));

beforeEach(() => {
  api.createReview.mockReset();
  api.updateReview.mockReset();
});

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: '4 stars' }));
  await user.type(screen.getByLabelText('Title'), ' Bright ');
  await user.type(screen.getByLabelText('Your review'), 'Lights the desk.');
}

describe('ReviewForm', () => {
  test('the rating is a radio group of five stars', () => {
    render(<ReviewForm productId={3} review={null} onSaved={vi.fn()} />);
    const group = within(screen.getByRole('group', { name: /Your rating/ }));
    expect(group.getAllByRole('radio')).toHaveLength(5);
    for (const name of ['1 star', '2 stars', '3 stars', '4 stars', '5 stars']) {
      expect(group.getByRole('radio', { name })).not.toBeChecked();
    }
  });

  test('writes a review of the product and hands the saved one back', async () => {
    const saved = testReview({ title: 'Bright' });
    api.createReview.mockResolvedValue(saved);
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<ReviewForm productId={3} review={null} onSaved={onSaved} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Submit review' }));
    expect(api.createReview).toHaveBeenCalledWith(3, {
      rating: 4,
      title: 'Bright',
      body: 'Lights the desk.',
    });
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  test('edits one’s own review, starting from what it says', async () => {
    const review = testReview({ rating: 2 });
    api.updateReview.mockResolvedValue(review);
    const user = userEvent.setup();
    render(<ReviewForm productId={3} review={review} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByRole('radio', { name: '2 stars' })).toBeChecked();
    expect(screen.getByLabelText('Title')).toHaveValue('Sturdy and bright');
    await user.click(screen.getByRole('radio', { name: '5 stars' }));
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(api.updateReview).toHaveBeenCalledWith(11, {
      rating: 5,
      title: 'Sturdy and bright',
      body: 'Lights the whole desk.',
    });
  });

  test('asks for a rating, a title and a text before calling the API', async () => {
    const user = userEvent.setup();
    render(<ReviewForm productId={3} review={null} onSaved={vi.fn()} />);
    await user.type(screen.getByLabelText('Title'), '   ');
    await user.click(screen.getByRole('button', { name: 'Submit review' }));
    expect(await screen.findByText('Choose from 1 to 5 stars.')).toBeVisible();
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
    expect(api.createReview).not.toHaveBeenCalled();
  });

  test('puts the field messages of a 422 on their fields', async () => {
    api.createReview.mockRejectedValue(
      new ApiError(422, 'Invalid', { title: 'Use at most 120 characters.' }),
    );
    const user = userEvent.setup();
    render(<ReviewForm productId={3} review={null} onSaved={vi.fn()} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Submit review' }));
    expect(await screen.findByText('Use at most 120 characters.')).toBeVisible();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('shows a refusal (403, 409) above the fields', async () => {
    api.createReview.mockRejectedValue(
      new ApiError(409, 'You have already reviewed this product.'),
    );
    const user = userEvent.setup();
    render(<ReviewForm productId={3} review={null} onSaved={vi.fn()} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Submit review' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have already reviewed this product.',
    );
  });
});
