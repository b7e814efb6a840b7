import { redirect } from 'next/navigation';

export default function ManageHome() {
  redirect('/manage/jobs');
}
