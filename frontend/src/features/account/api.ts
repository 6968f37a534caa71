// Calls of /api/auth. The only place that knows these paths; answers are validated (types.ts).
import { apiClient } from '@/lib/api-client';
import { bodyOf, messageSchema, type Message } from '@/lib/api-schema';
import { accessTokenSchema, type AccessToken } from '@/lib/token-storage';
import {
  userSchema,
  type ChangePasswordInput,
  type LoginInput,
  type RegisterInput,
  type User,
} from '@/features/account/types';

export function register(input: RegisterInput): Promise<User> {
  return bodyOf(userSchema, apiClient.post('/auth/register', input, { skipAuth: true }));
}

/** Signs in: the web server keeps the refresh token as an httpOnly cookie, the body has the rest. */
export function login(input: LoginInput): Promise<AccessToken> {
  return bodyOf(accessTokenSchema, apiClient.post('/auth/login', input, { skipAuth: true }));
}

/** Revokes the refresh token of the cookie on the server, which also clears the cookie. */
export async function logout(): Promise<void> {
  await apiClient.post('/auth/logout', undefined, { skipAuth: true });
}

/** The signed-in user; on an expired session it clears the tokens without redirecting. */
export function fetchMe(): Promise<User> {
  return bodyOf(userSchema, apiClient.get('/auth/me', { silentAuthFailure: true }));
}

export function updateMe(fullName: string): Promise<User> {
  return bodyOf(userSchema, apiClient.put('/auth/me', { full_name: fullName }));
}

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await apiClient.post('/auth/change-password', input);
}

export function verifyEmail(token: string): Promise<Message> {
  return bodyOf(
    messageSchema,
    apiClient.get('/auth/verify-email', { params: { token }, skipAuth: true }),
  );
}

export function resendVerification(email: string): Promise<Message> {
  return bodyOf(
    messageSchema,
    apiClient.post('/auth/resend-verification', { email }, { skipAuth: true }),
  );
}

export function forgotPassword(email: string): Promise<Message> {
  return bodyOf(
    messageSchema,
    apiClient.post('/auth/forgot-password', { email }, { skipAuth: true }),
  );
}

export function resetPassword(token: string, newPassword: string): Promise<Message> {
  return bodyOf(
    messageSchema,
    apiClient.post(
      '/auth/reset-password',
      { token, new_password: newPassword },
      { skipAuth: true },
    ),
  );
}
