import { useState } from 'react';
import toast from 'react-hot-toast';
import { resendVerification } from '@/features/account/api';
import { errorMessage } from '@/lib/api-error';

/** Sends the email-verification link again and says how it went in a toast. */
export function useResendVerification(): {
  resending: boolean;
  resend: (email: string) => Promise<void>;
} {
  const [resending, setResending] = useState(false);
  const resend = async (email: string) => {
    setResending(true);
    try {
      await resendVerification(email);
      toast.success('We sent you a new verification link.');
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    } finally {
      setResending(false);
    }
  };
  return { resending, resend };
}
