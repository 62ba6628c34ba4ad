// Newsletter Integration: the issues, an issue's page with its sections, outputs and distribution list.
export { NewsletterTab } from './NewsletterTab';
