type Waiter = { at: number; seq: number; release: () => void };

/**
 * Lets every job's story run as its own async function while their steps happen in one
 * global time order: a step waits until it is the earliest step any story is waiting to
 * take. So job numbers, event ids and outbox rows come out in the order a real month
 * would have produced them, and only one operation runs at a time.
 */
export class StoryScheduler {
  private readonly waiting: Waiter[] = [];
  private active = 0;
  private seq = 0;
  private failed = false;

  constructor(private readonly onRelease: (at: Date) => void) {}

  /** Runs each story under the scheduler; rejects on the first story that fails. */
  async run(stories: (() => Promise<void>)[]): Promise<void> {
    this.active += stories.length;
    await Promise.all(
      stories.map(async (story) => {
        try {
          await story();
        } catch (error) {
          // Stop releasing steps, so no story goes on writing after the seed has failed.
          this.failed = true;
          throw error;
        } finally {
          this.active--;
          this.pump();
        }
      }),
    );
  }

  /** Resolves when `at` is the earliest moment any story is waiting for; the clock then reads `at`. */
  turn(at: Date): Promise<void> {
    return new Promise((release) => {
      this.waiting.push({ at: at.getTime(), seq: this.seq++, release });
      this.active--;
      this.pump();
    });
  }

  private pump(): void {
    if (this.failed || this.active > 0 || this.waiting.length === 0) return;
    let next = 0;
    for (let i = 1; i < this.waiting.length; i++) {
      const w = this.waiting[i]!;
      const best = this.waiting[next]!;
      if (w.at < best.at || (w.at === best.at && w.seq < best.seq)) next = i;
    }
    const [waiter] = this.waiting.splice(next, 1);
    this.active++;
    this.onRelease(new Date(waiter!.at));
    waiter!.release();
  }
}
