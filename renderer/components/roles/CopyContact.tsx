import { useEffect, useState } from 'react';

/**
 * A small "Copy" beside a phone number or an address. Its accessible name
 * says whose detail it copies ("Copy phone of Ana Lopez"), since a panel
 * shows several people's; on screen the place says it. The clipboard is
 * there only in a secure context; elsewhere it says to copy by hand.
 */
export function CopyContact({ text, what }: { readonly text: string; readonly what: string }) {
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

  return (
    <>
      <button type="button" className="copy-contact" aria-label={`Copy ${what}`} onClick={() => void copy()}>
        Copy
      </button>
      {/* Always in the page, so a screen reader hears it when it fills. */}
      <span role="status" className="copy-said">
        {said}
      </span>
    </>
  );
}
