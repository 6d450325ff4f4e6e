import type { UpdateDeliveryCounts } from '../../../../shared/outreach/delivery-counts.js';

/** "3 delivered · 5 pending · 1 failed", as words and a small bar drawn beside them (never the bar alone). */
export function DeliveryProgress({ counts }: { readonly counts: UpdateDeliveryCounts }) {
  const total = counts.delivered + counts.pending + counts.failed;
  const words = `${counts.delivered} delivered · ${counts.pending} pending · ${counts.failed} failed`;
  const share = (count: number) => `${total === 0 ? 0 : (count / total) * 100}%`;
  return (
    <span className="delivery-progress">
      <span className="delivery-bar" aria-hidden="true">
        <span className="delivery-bar-delivered" style={{ width: share(counts.delivered) }} />
        <span className="delivery-bar-failed" style={{ width: share(counts.failed) }} />
      </span>
      <span className="delivery-words">{total === 0 ? 'Nobody on its list yet' : words}</span>
    </span>
  );
}
