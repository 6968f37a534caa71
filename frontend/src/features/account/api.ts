// Calls of /api/auth. The only place that knows these paths.
import { apiClient } from '@/lib/api-client';
import type { AccessToken } from '@/lib/token-storage';
import type {
  ChangePasswordInput,
  LoginInput,
  MessageResponse,
  RegisterInput,
  User,
} from '@/features/account/types';

export async function register(input: RegisterInput): Promise<User> {
  const { data } = await apiClient.post<User>('/auth/register', input, { skipAuth: true });
  return data;
}

/** Signs in: the web server keeps the refresh token as an httpOnly cookie, the body has the rest. */
export async function login(input: LoginInput): Promise<AccessToken> {
  const { data } = await apiClient.post<AccessToken>('/auth/login', input, { skipAuth: true });
  return data;
}

/** Revokes the refresh token of the cookie on the server, which also clears the cookie. */
export async function logout(): Promise<void> {
  await apiClient.post('/auth/logout', undefined, { skipAuth: true });
}

/** The signed-in user; on an expired session it clears the tokens without redirecting. */
export async function fetchMe(): Promise<User> {
  const { data } = await apiClient.get<User>('/auth/me', { silentAuthFailure: true });
  return data;
}

export async function updateMe(fullName: string): Promise<User> {
  const { data } = await apiClient.put<User>('/auth/me', { full_name: fullName });
  return data;
}

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await apiClient.post('/auth/change-password', input);
}

export async function verifyEmail(token: string): Promise<MessageResponse> {
  const { data } = await apiClient.get<MessageResponse>('/auth/verify-email', {
    params: { token },
    skipAuth: true,
  });
  return data;
}

export async function resendVerification(email: string): Promise<MessageResponse> {
  const { data } = await apiClient.post<MessageResponse>(
    '/auth/resend-verification',
    { email },
    { skipAuth: true },
  );
  return data;
}

export async function forgotPassword(email: string): Promise<MessageResponse> {
  const { data } = await apiClient.post<MessageResponse>(
    '/auth/forgot-password',
    { email },
    { skipAuth: true },
  );
  return data;
}

export async function resetPassword(token: string, newPassword: string): Promise<MessageResponse> {
  const { data } = await apiClient.post<MessageResponse>(
    '/auth/reset-password',
    { token, new_password: newPassword },
    { skipAuth: true },
  );
  return data;
}
