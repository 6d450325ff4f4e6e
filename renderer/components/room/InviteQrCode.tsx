import { useEffect, useState } from 'react';
import QRCode from 'qrcode/lib/browser.js';

/**
 * The invite as a QR code, for a phone or a laptop's camera across the
 * table. Drawn as SVG into a data: image (the CSP allows img-src data:), so
 * no markup is ever injected into the page.
 */
export function InviteQrCode({ invite, roomName }: { readonly invite: string; readonly roomName: string }) {
  const [source, setSource] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    QRCode.toString(invite, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }).then(
      (svg) => {
        if (!current) return;
        setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
        setFailed(false);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [invite]);

  if (failed) return <p className="hint">The invite is too long to draw as a QR code; copy the code instead.</p>;
  if (source === null) return null;
  return <img className="invite-qr" src={source} width={200} height={200} alt={`QR code of the invite to ${roomName}`} />;
}
