import type { JobStatus } from '@/lib/domain/statuses';
import type { DemoProvider } from './demo-cast';
import type { JobStory } from './demo-story';
import type { Trade } from './demo-work';

/** The provider whose trade fits the job, and the one whose doesn't (for a wrong first offer). */
export type StoryContext = { right: DemoProvider; other: DemoProvider };

/** A kind of job history, told `count` times; the seed checks each job ends in `expect`. */
export type Scenario = {
  name: string;
  count: number;
  expect: JobStatus;
  /** Fixed for stories that need one provider; otherwise drawn. */
  trade?: Trade;
  /** A direct job of Bolt Plumbing instead of an Acme job. */
  direct?: boolean;
  /** Keep the address in Central Texas (the today board, direct jobs). */
  central?: boolean;
  run: (s: JobStory, c: StoryContext) => Promise<unknown>;
};

