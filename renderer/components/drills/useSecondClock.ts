import { useEffect, useState } from 'react';

/**
 * The time now, to the second, while `running`: a drill's stopwatch counts
 * seconds, where the app's shared clock (useNow) ticks twice a minute. Only
 * the drill banner asks for it, so each caller keeps its own timer.
 */
export function useSecondClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}
