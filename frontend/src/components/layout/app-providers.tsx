'use client';

// Client-side wiring shared by the storefront and the back office: toasts, the session bootstrap
// (user, then cart) and what happens when the API client reports an expired session.
import { useEffect, type ReactNode } from 'react';
import toast, { Toaster } from 'react-hot-toast';
import { useAuthStore } from '@/features/account/store';
import { useCartStore } from '@/features/cart/store';
import { onSessionExpired } from '@/lib/api-client';
import { errorMessage } from '@/lib/api-error';

export function loginPathWithReturn(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return here.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}

export function AppProviders({ children }: { children: ReactNode }) {
  useEffect(() => {
    const unregister = onSessionExpired(({ silent }) => {
      useAuthStore.getState().reset();
      useCartStore.getState().reset();
      if (!silent) {
        toast.error('Your session has expired. Please sign in again.', { id: 'session-expired' });
        window.location.assign(loginPathWithReturn());
      }
    });
    const bootstrap = async () => {
      try {
        await useAuthStore.getState().fetchUser();
      } catch (error: unknown) {
        toast.error(errorMessage(error), { id: 'bootstrap' });
      }
      try {
        await useCartStore.getState().fetchCart();
      } catch (error: unknown) {
        toast.error(errorMessage(error), { id: 'bootstrap-cart' });
      }
    };
    void bootstrap();
    return unregister;
  }, []);

  return (
    <>
      {children}
      <Toaster position="top-center" toastOptions={{ duration: 5000, className: 'text-sm' }} />
    </>
  );
}
