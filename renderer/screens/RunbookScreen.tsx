/** One runbook: its steps, critical path and drills. (Being built.) */
export function RunbookScreen({ runbookId }: { readonly runbookId: string }) {
  return <h1>{runbookId}</h1>;
}
