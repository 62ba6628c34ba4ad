// What other parts of the app use from the Auswertung.
export { DashboardScreen } from './DashboardScreen';
export { WorkloadScreen } from './WorkloadScreen';
export { DashboardViewProvider } from './viewState';
