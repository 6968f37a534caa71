// authStore: who is signed in. The access token is in lib/token-storage, the refresh token in an
// httpOnly cookie; this store holds the user they belong to.
import { create } from 'zustand';
import * as authApi from '@/features/account/api';
import type { RegisterInput, User } from '@/features/account/types';
import { tokenStorage } from '@/lib/token-storage';

export interface AuthState {
  user: User | null;
  isAuthenticated: boolean;
  isLoading: boolean;
  /** False until the first fetchUser has settled, so pages do not flash "signed out". */
  initialized: boolean;
  /**
   * True from a sign-out until the page it leads to has loaded, so pages for signed-in users wait
   * for that page instead of sending the shopper to sign in.
   */
  signingOut: boolean;
  fetchUser: () => Promise<User | null>;
  login: (email: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  register: (input: RegisterInput) => Promise<User>;
  verifyEmail: (token: string) => Promise<string>;
  updateProfile: (fullName: string) => Promise<User>;
  /** Keeps the session alive after a password change, which revokes every refresh token. */
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  /** Forgets the user locally (tokens are cleared by the caller or the API client). */
  reset: () => void;
}

export const useAuthStore = create<AuthState>()((set, get) => ({
  user: null,
  isAuthenticated: false,
  isLoading: false,
  initialized: false,
  signingOut: false,

  async fetchUser() {
    if (!tokenStorage.hasSession()) {
      set({ user: null, isAuthenticated: false, initialized: true });
      return null;
    }
    set({ isLoading: true });
    try {
      const user = await authApi.fetchMe();
      set({ user, isAuthenticated: true });
      return user;
    } catch (error: unknown) {
      set({ user: null, isAuthenticated: false });
      if (tokenStorage.hasSession()) {
        // Not an auth failure (the API client clears tokens on those): the API is unreachable.
        throw error;
      }
      return null;
    } finally {
      set({ isLoading: false, initialized: true });
    }
  },

  async login(email, password) {
    set({ isLoading: true });
    try {
      const tokens = await authApi.login({ email, password });
      tokenStorage.setAccessToken(tokens);
      const user = await authApi.fetchMe();
      set({ user, isAuthenticated: true, initialized: true, signingOut: false });
      return user;
    } catch (error: unknown) {
      tokenStorage.clear();
      set({ user: null, isAuthenticated: false });
      throw error;
    } finally {
      set({ isLoading: false });
    }
  },

  async logout() {
    const hadSession = tokenStorage.hasSession();
    tokenStorage.clear();
    set({ user: null, isAuthenticated: false, signingOut: true });
    if (hadSession) {
      try {
        await authApi.logout();
      } catch (error: unknown) {
        // The local session is gone either way; the token expires on its own.
        console.warn('Logout could not revoke the refresh token', error);
      }
    }
  },

  async register(input) {
    set({ isLoading: true });
    try {
      return await authApi.register(input);
    } finally {
      set({ isLoading: false });
    }
  },

  async verifyEmail(token) {
    const { message } = await authApi.verifyEmail(token);
    return message;
  },

  async updateProfile(fullName) {
    const user = await authApi.updateMe(fullName);
    set({ user });
    return user;
  },

  async changePassword(currentPassword, newPassword) {
    const email = get().user?.email;
    await authApi.changePassword({ current_password: currentPassword, new_password: newPassword });
    if (email !== undefined) {
      tokenStorage.setAccessToken(await authApi.login({ email, password: newPassword }));
    }
  },

  reset() {
    set({ user: null, isAuthenticated: false, isLoading: false, initialized: true });
  },
}));

/**
 * Whether someone is signed in, once the session restored at page load is known. Until then a
 * signed-in customer looks like a guest, so anything that acts for them waits for this.
 */
export function sessionKnown(): Promise<boolean> {
  const { initialized, isAuthenticated } = useAuthStore.getState();
  if (initialized) return Promise.resolve(isAuthenticated);
  return new Promise((resolve) => {
    const unsubscribe = useAuthStore.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve(state.isAuthenticated);
    });
  });
}
