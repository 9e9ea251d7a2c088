import { useEffect, useState } from 'react';
import { useClock } from './session-context';

/** Today's date; re-renders when the local day changes, so the today line moves at midnight. */
export function useToday(): string {
  const clock = useClock();
  const [, setDayChanges] = useState(0);
  useEffect(() => {
    let shown = clock.today();
    // A check a minute is cheap and survives sleep, time-zone and clock changes.
    const timer = setInterval(() => {
      if (clock.today() === shown) return;
      shown = clock.today();
      setDayChanges((count) => count + 1);
    }, 60_000);
    return () => clearInterval(timer);
  }, [clock]);
  return clock.today();
}
