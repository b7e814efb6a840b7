'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/auth/auth';

export type SignInState = { message: string | null; email: string };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  if (!email || !password) return { message: 'Enter your email and password.', email };
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'locked') {
      return { message: 'Too many failed attempts. Sign-in for this email is locked for 15 minutes.', email };
    }
    if (error instanceof AuthError) return { message: 'Wrong email or password.', email };
    throw error;
  }
  redirect('/');
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
