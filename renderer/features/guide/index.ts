// Wegweiser: the support offers of the network's organisations, the yearly check and the guide's outputs.
export { GuideTab } from './GuideTab';
