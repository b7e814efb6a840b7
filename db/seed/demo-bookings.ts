import { windowsOverlap } from '@/lib/domain/appointment-window';
import { zonedTimeToInstant } from '@/lib/domain/zoned-time';
import type { LocalVisit } from './demo-time';

type Span = { windowStart: Date; windowEnd: Date };

/** Which windows each technician is already booked for, so drawn visits don't double-book anyone. */
export class TechBookings {
  private readonly byTech = new Map<string, Span[]>();

  static span(visit: LocalVisit, timeZone: string): Span {
    return { windowStart: zonedTimeToInstant(visit.date, visit.windowStart, timeZone), windowEnd: zonedTimeToInstant(visit.date, visit.windowEnd, timeZone) };
  }

  isFree(techId: string, span: Span): boolean {
    return !(this.byTech.get(techId) ?? []).some((booked) => windowsOverlap(booked, span));
  }

  book(techId: string, span: Span): void {
    const list = this.byTech.get(techId) ?? [];
    list.push(span);
    this.byTech.set(techId, list);
  }
}
