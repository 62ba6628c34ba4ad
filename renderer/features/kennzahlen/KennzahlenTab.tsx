// Kennzahlen: export this office's aggregate figures for a state-wide comparison, and compare the
// files of several offices. (Placeholder of the frame; built in its own feature.)
export function KennzahlenTab() {
  return null;
}
