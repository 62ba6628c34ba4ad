// The chosen Berichtsprofil's actions: edit, copy as a new profile, share as a JSON file, import one,
// take a built-in profile back to how it ships, delete an own one. (Placeholder of the frame.)
import type { ReportProfile } from '../../../../shared/report/reportProfiles';

export function ProfileActions(_props: {
  /** The profile shown now (stored or built-in). */
  profile: ReportProfile;
  /** Every profile to choose from (availableProfiles). */
  profiles: readonly ReportProfile[];
  /** Shows another profile (after a copy or an import). */
  onSelect: (profileId: string) => void;
}) {
  return null;
}
