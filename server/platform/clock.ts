/** Source of the current time; injected so rules and tests can fix "now". */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that returns a fixed, movable instant (tests). */
export function fixedClock(start: Date): Clock & { set(d: Date): void; advanceMs(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => {
      current = new Date(d);
    },
    advanceMs: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A clock running `offsetMs` ahead of (or behind) its base; the offset can be changed while the server runs. */
export interface OffsetClock extends Clock {
  readonly offsetMs: number;
  setOffsetMs(ms: number): void;
  setOffsetDays(days: number): void;
}

/**
 * Development only (DEV_CLOCK): the base clock moved by an adjustable offset, so a browser test can let a
 * deadline pass. Never used in production (loadConfig refuses DEV_CLOCK there).
 */
export function offsetClock(base: Clock = systemClock): OffsetClock {
  let offset = 0;
  const setOffsetMs = (ms: number) => {
    if (!Number.isFinite(ms)) throw new RangeError(`clock offset must be a finite number of ms, got ${ms}`);
    offset = Math.trunc(ms);
  };
  return {
    now: () => new Date(base.now().getTime() + offset),
    get offsetMs() {
      return offset;
    },
    setOffsetMs,
    setOffsetDays: (days) => setOffsetMs(days * DAY_MS),
  };
}

/** Whether `clock` is an adjustable {@link offsetClock}. */
export function isOffsetClock(clock: Clock): clock is OffsetClock {
  return typeof (clock as Partial<OffsetClock>).setOffsetMs === 'function';
}
