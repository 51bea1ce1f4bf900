import './accounts.messages.ts';
import { z } from 'zod';
import { ROLES } from '../platform/access.ts';

export const signInInput = z.object({
  email: z.string().trim().min(1, 'field.required').email('field.email'),
  password: z.string().min(1, 'field.required'),
  next: z.string().optional(),
});

export const accountInput = z
  .object({
    email: z.string().trim().min(1, 'field.required').max(254, 'field.email').email('field.email'),
    name: z.string().trim().min(1, 'field.required'),
    role: z.enum(ROLES, { message: 'field.choice' }),
    stateCode: z
      .string()
      .regex(/^[A-Z]{2}$/, 'field.stateCode')
      .optional(),
    password: z.string().min(12, 'field.passwordLength'),
  })
  .refine((a) => a.role !== 'delegate' || a.stateCode !== undefined, {
    path: ['stateCode'],
    message: 'field.delegateState',
  })
  .refine((a) => a.role === 'delegate' || a.stateCode === undefined, {
    path: ['stateCode'],
    message: 'field.stateOnlyForDelegate',
  });

export type AccountInput = z.infer<typeof accountInput>;
