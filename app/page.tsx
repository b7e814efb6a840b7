import { redirect } from 'next/navigation';
import { currentUser, homeFor } from '@/lib/auth/current-user';

export default async function Home() {
  const user = await currentUser();
  redirect(user ? homeFor(user) : '/login');
}
