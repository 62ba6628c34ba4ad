// The retention feature's public entry: the notice on "Heute" and the anonymisation progress that
// the settings' "Löschfristen" section shares with it.
export { AnonymisingDialog, anonymisationCounts, anonymisationCountsText } from './AnonymisationProgress';
export { RetentionNotice } from './RetentionNotice';
export { useDueForRetention } from './useDueForRetention';
