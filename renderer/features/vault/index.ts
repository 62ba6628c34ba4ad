// The vault feature's public entry for other features: re-keying (a new vault key, all records
// re-sealed) runs from settings, retention and a person's erasure, with one progress dialog.
export {
  RekeyActions,
  RekeyProgressView,
  rekeyClosable,
  rekeyVisible,
  useRekey,
  useRekeyRun,
  type RekeyRun,
} from './RekeyProgressDialog';
