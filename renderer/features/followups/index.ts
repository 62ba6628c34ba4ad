// The follow-ups feature's public entry: one follow-up as a list item, also shown on "Heute".
export { FollowupItem } from './FollowupItem';
export { useFollowupSourceLink } from './sourceLink';
