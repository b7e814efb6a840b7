import { getTrackingView } from '@/lib/server/tracking/get-tracking-view';

/** The tracking page polls this for its live status; the token is the only credential. */
export async function GET(_request: Request, { params }: RouteContext<'/api/tracking/[token]'>): Promise<Response> {
  const { token } = await params;
  const view = await getTrackingView(token);
  return Response.json(view, { status: view.state === 'missing' ? 404 : 200, headers: { 'cache-control': 'no-store' } });
}
