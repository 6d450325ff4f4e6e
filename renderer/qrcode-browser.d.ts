/**
 * The browser build of the `qrcode` package, the only part the UI uses.
 * Its own types (@types/qrcode) describe the Node build and bring Node's
 * types with them, which the DOM-only renderer must not see.
 */
declare module 'qrcode/lib/browser.js' {
  interface SvgOptions {
    readonly type: 'svg';
    readonly errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    /** Quiet zone around the code, in modules. */
    readonly margin?: number;
    readonly color?: { readonly dark?: string; readonly light?: string };
  }
  const QRCode: {
    toString(text: string, options: SvgOptions): Promise<string>;
  };
  export default QRCode;
}
