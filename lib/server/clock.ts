import 'server-only';

let current: () => Date = () => new Date();

/** The time every operation stamps on its rows; the demo seed moves it to build past histories. */
export function now(): Date {
  return current();
}

export function setClock(clock: (() => Date) | null): void {
  current = clock ?? (() => new Date());
}
