import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { signInWithPassword, type SessionUser } from '@/lib/server/users/sign-in-with-password';
import { authSecret } from './secret';

export class AccountLockedError extends CredentialsSignin {
  code = 'locked';
}

declare module 'next-auth' {
  interface Session {
    userId: string;
    sessionVersion: number;
  }
}

type TokenClaims = { uid?: string; sv?: number };

function config(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
    pages: { signIn: '/login' },
    // A wrong password is an expected outcome, already logged as one JSON line by signInWithPassword.
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error(error);
      },
    },
    useSecureCookies: process.env.NODE_ENV === 'production' && process.env.AUTH_INSECURE_COOKIES !== '1',
    providers: [
      Credentials({
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials) {
          const result = await signInWithPassword(credentials);
          if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion } as SessionUser & { id: string };
          if (result.reason === 'locked') throw new AccountLockedError();
          return null;
        },
      }),
    ],
    callbacks: {
      // Only the user id and session version travel in the token; role and organization are
      // read from the database on every request, so changes apply at once.
      jwt({ token, user }) {
        const claims = token as typeof token & TokenClaims;
        if (user) {
          claims.uid = user.id;
          claims.sv = (user as unknown as SessionUser).sessionVersion;
        }
        return claims;
      },
      session({ session, token }) {
        const claims = token as typeof token & TokenClaims;
        session.userId = claims.uid ?? '';
        session.sessionVersion = claims.sv ?? -1;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
