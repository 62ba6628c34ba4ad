// The inquiries feature's public entry: the list state's provider (placed by the app shell) and
// the way another screen opens the list filtered (the dashboard's drill-down).
export { InquiryListProvider, useShowInquiries } from './listState';
