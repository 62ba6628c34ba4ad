// Veranstaltungsreihen (Interkulturelle Woche): the list of series, a series' page with its
// contributions, milestones and outputs.
export { EventsTab } from './EventsTab';
