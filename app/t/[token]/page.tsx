import type { Metadata } from 'next';
import { CustomerPage, LinkExpired, LinkNotFound } from '@/components/customer/customer-page';
import { LiveTracking } from '@/components/customer/live-tracking';
import { getTrackingView } from '@/lib/server/tracking/get-tracking-view';

export const metadata: Metadata = { title: 'Your visit', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function TrackingPage({ params }: PageProps<'/t/[token]'>) {
  const { token } = await params;
  const view = await getTrackingView(token);
  if (view.state === 'missing') return <LinkNotFound />;
  if (view.state === 'expired') return <LinkExpired />;
  return (
    <CustomerPage title="Your visit">
      <LiveTracking token={token} initial={view} />
    </CustomerPage>
  );
}
