// The network's data (organisations, persons, activities), re-exported from the modules that do the
// work, so features import it from one place.
export { contactsForExport } from './contactExport';
export { importContacts, ImportRecordError, type ImportDecision, type ImportOptions } from './contactImport';
export {
  displayPerson,
  getActivity,
  getOrganisation,
  getPerson,
  listActivities,
  listOrganisations,
  listPersons,
  saveActivities,
  saveOrganisation,
  savePerson,
  toActivity,
  toOrganisation,
  toPerson,
} from './networkRecords';
export { lastContactsOf } from './lastContacts';
export { linkReferralTexts, linksOfOrganisation, removeOrganisation } from './organisationLinks';
