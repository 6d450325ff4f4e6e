import { useEffect, useState } from 'react';

/**
 * Copies `text` and says so beside the button. The clipboard is there only
 * in a secure context (the desktop app, or a peer on 127.0.0.1); elsewhere
 * the text is on screen to select by hand, and the button says that.
 *
 * `compact` is the small "Copy" beside a phone number or an address: its
 * accessible name still says whose detail it copies ("Copy phone of Ana
 * Lopez"), since a panel shows several people's; on screen the place says it.
 */
export function CopyButton({ text, what, compact = false }: { readonly text: string; readonly what: string; readonly compact?: boolean }) {
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (said === '') return;
    const timer = window.setTimeout(() => setSaid(''), 4_000);
    return () => window.clearTimeout(timer);
  }, [said]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied.');
    } catch {
      setSaid('Could not copy here: select it and copy it by hand.');
    }
  }

  // Always in the page, so a screen reader hears it when it fills.
  const saying = (
    <span role="status" className="copy-said">
      {said}
    </span>
  );
  if (compact) {
    return (
      <>
        <button type="button" className="copy-contact" aria-label={`Copy ${what}`} onClick={() => void copy()}>
          Copy
        </button>
        {saying}
      </>
    );
  }
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        Copy {what}
      </button>
      {saying}
    </span>
  );
}
