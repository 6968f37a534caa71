// Accounts' app types and the schemas that read them from the API.
import { z } from '@/lib/zod';

export const userRoleSchema = z.enum(['customer', 'admin']);
export type UserRole = z.output<typeof userRoleSchema>;

export const userSchema = z.object({
  id: z.number(),
  email: z.string(),
  full_name: z.string(),
  role: userRoleSchema,
  is_active: z.boolean(),
  is_verified: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type User = z.output<typeof userSchema>;

export interface RegisterInput {
  email: string;
  password: string;
  full_name: string;
}

export interface LoginInput {
  email: string;
  password: string;
}

export interface ChangePasswordInput {
  current_password: string;
  new_password: string;
}
