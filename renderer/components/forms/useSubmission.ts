import { useRef, useState } from 'react';
import type { HoldfastError, Result } from '../../../shared/result.js';

/**
 * One submission at a time (a double Enter must not join or remove twice),
 * and the host's refusal kept for the form to show beside what was typed.
 */
export function useSubmission() {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<HoldfastError | null>(null);

  async function submit<T>(call: () => Promise<Result<T>>, onDone: (value: T) => void, onRefused?: (error: HoldfastError) => void) {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    const result = await call();
    busy.current = false;
    setPending(false);
    if (result.ok) {
      setRefusal(null);
      onDone(result.value);
    } else {
      setRefusal(result.error);
      onRefused?.(result.error);
    }
  }

  return { submit, pending, refusal, clearRefusal: () => setRefusal(null) };
}
