import { useClockSetting } from '../time/clockSetting.js';
import { zoneName } from '../time/format.js';
import { useNow } from '../time/useNow.js';

/**
 * The zone every time on screen is in, named, and the switch to UTC (kept
 * on this laptop). A toggle button: its name stays "UTC" and its pressed
 * state says which clock is read.
 */
export function ClockZoneSwitch() {
  const { zone, setZone } = useClockSetting();
  const now = useNow();
  const utc = zone === 'utc';
  return (
    <p className="clock-zone">
      <span>
        Times in <strong>{zoneName(now)}</strong>
      </span>{' '}
      <button type="button" className="quiet" aria-pressed={utc} onClick={() => setZone(utc ? 'local' : 'utc')} title={utc ? 'Show times in this laptop’s zone' : 'Show times in UTC'}>
        UTC
      </button>
    </p>
  );
}
