// The team's members as the vault holds them (one synced record per member device).
import { MEMBER_PREFIX, type MemberData } from '../../../shared/domain/team';
import { settingsPayloadOf } from '../../../shared/storage/records';
import type { RecordStore } from '../recordStore';

/** The team's members (removed ones included, for "Bearbeitet von"), by name. */
export function teamMembers(store: RecordStore): ({ deviceId: string } & MemberData)[] {
  const members: ({ deviceId: string } & MemberData)[] = [];
  for (const record of store.all('settings')) {
    if (!record.id.startsWith(MEMBER_PREFIX)) continue;
    const member = settingsPayloadOf('member', record)?.data;
    if (member) members.push({ deviceId: record.id.slice(MEMBER_PREFIX.length), ...member });
  }
  return members.sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
