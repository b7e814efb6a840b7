import 'server-only';
import { routeJobChange, type LiveMessage } from '@/lib/domain/change-audiences';
import { logEvent } from '../log';
import { getTrackingView, type TrackingView } from '../tracking/get-tracking-view';
import { subscribeToJobChanges, type JobChange } from './job-change-hub';
import { loadJobAudience } from './load-job-audience';

/** One open server-sent-events response. */
export type LiveStream = {
  /** The groups it belongs to (change-audiences.ts audienceKey). */
  audiences: string[];
  /** Whose stream it is, for the per-owner cap: `user:<id>` or `token:<tracking token>`. */
  owner: string;
  /** For a customer's tracking stream: its link, to build the view it is sent. */
  trackingToken?: string;
  job?: (message: LiveMessage) => void;
  visit?: (view: TrackingView) => void;
  /** Ends the response; `reason` tells the client why (a newer stream took its place). */
  end: (reason?: 'superseded') => void;
};

type Registry = { byAudience: Map<string, Set<LiveStream>>; byOwner: Map<string, LiveStream[]>; listening?: Promise<unknown> };

// One registry per process, whichever bundle loads this module.
const holder = globalThis as typeof globalThis & { __fieldlineLiveStreams?: Registry };
const registry: Registry = (holder.__fieldlineLiveStreams ??= { byAudience: new Map(), byOwner: new Map() });

/**
 * How many live streams one user (or one tracking link) may hold on this instance. A newer one
 * closes the oldest, so a person's current tab always gets updates while a script opening a
 * thousand cannot make this instance do a thousand times the work.
 */
export function maxStreamsPerOwner(): number {
  const configured = Number(process.env.FIELDLINE_MAX_STREAMS_PER_USER);
  return Number.isInteger(configured) && configured > 0 ? configured : 5;
}

function pushTo(audience: string, send: (stream: LiveStream) => void): void {
  for (const stream of registry.byAudience.get(audience) ?? []) {
    try {
      send(stream);
    } catch (error) {
      console.error(error);
    }
  }
}

async function pushVisit(audience: string): Promise<void> {
  const [first] = registry.byAudience.get(audience) ?? [];
  if (!first?.trackingToken) return;
  // Built once for everyone watching this visit, not once per open page.
  const view = await getTrackingView(first.trackingToken);
  pushTo(audience, (stream) => stream.visit?.(view));
}

/** Routes one change to its audiences: the work is per audience that has streams here, never per stream. */
async function deliver(change: JobChange): Promise<void> {
  if (change.kind === 'resync') {
    for (const audience of registry.byAudience.keys()) {
      if (audience.startsWith('visit:')) await pushVisit(audience);
      else pushTo(audience, (stream) => stream.job?.({}));
    }
    return;
  }
  const facts = change.partial ? { ...change, ...(await loadJobAudience(change.jobId)) } : change;
  for (const { audience, message } of routeJobChange(facts)) {
    if (!registry.byAudience.has(audience)) continue;
    if (audience.startsWith('visit:')) await pushVisit(audience);
    else pushTo(audience, (stream) => stream.job?.(message));
  }
}

function remove(stream: LiveStream): void {
  for (const audience of stream.audiences) {
    const streams = registry.byAudience.get(audience);
    streams?.delete(stream);
    if (streams?.size === 0) registry.byAudience.delete(audience);
  }
  const owned = registry.byOwner.get(stream.owner)?.filter((s) => s !== stream) ?? [];
  if (owned.length > 0) registry.byOwner.set(stream.owner, owned);
  else registry.byOwner.delete(stream.owner);
}

/** Starts delivering committed changes to `stream`; returns the function that stops it. */
export async function openLiveStream(stream: LiveStream): Promise<() => void> {
  registry.listening ??= subscribeToJobChanges((change) => {
    void deliver(change).catch((error: unknown) => logEvent('live.delivery_failed', { message: error instanceof Error ? error.message : String(error) }));
  }).catch((error: unknown) => {
    registry.listening = undefined;
    throw error;
  });
  await registry.listening;

  const owned = [...(registry.byOwner.get(stream.owner) ?? []), stream];
  while (owned.length > maxStreamsPerOwner()) {
    const oldest = owned.shift()!;
    remove(oldest);
    oldest.end('superseded');
  }
  registry.byOwner.set(stream.owner, owned);
  for (const audience of stream.audiences) {
    const streams = registry.byAudience.get(audience) ?? new Set();
    streams.add(stream);
    registry.byAudience.set(audience, streams);
  }
  return () => remove(stream);
}

/** For tests and benchmarks: how many streams this instance holds. */
export function openStreamCount(): number {
  return [...registry.byOwner.values()].reduce((n, streams) => n + streams.length, 0);
}
