import { useEffect, useState } from 'react';

/**
 * Copies `text` and says so beside the button. The clipboard is there only
 * in a secure context (the desktop app, or a peer on 127.0.0.1); elsewhere
 * the text is on screen to select by hand, and the button says that.
 */
export function CopyButton({ text, what }: { readonly text: string; readonly what: string }) {
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
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        Copy {what}
      </button>
      {/* Always in the page, so a screen reader hears it when it fills. */}
      <span role="status" className="copy-said">
        {said}
      </span>
    </span>
  );
}
