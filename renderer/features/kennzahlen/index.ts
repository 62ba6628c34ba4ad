export { KennzahlenTab } from './KennzahlenTab';
