// On a person: "Auskunft erstellen" (Art. 15: print view and JSON) and "Person löschen" (Art. 17),
// which re-keys the vault right after, so the erased data is unreadable in the storage files too.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { utf8Encode } from '../../../shared/crypto/bytes';
import type { AuskunftModel } from '../../../shared/dsgvo/auskunft';
import { personName } from '../../../shared/domain/network';
import { useSettings } from '../../data/hooks';
import { auskunftFor, erasePerson } from '../../data/retention';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTeamWideNote } from '../team';
import { DefinitionList } from '../../components/DefinitionList';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import { useRekey } from '../vault';

export function PersonDsgvoActions({ personId, onDeleted }: { personId: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const teamWideNote = useTeamWideNote();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [auskunft, setAuskunft] = useState<AuskunftModel | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  // The person's dialog stays (under the progress) until the re-keying ends and is closed.
  const rekey = useRekey((succeeded) => {
    dialogs.notify(t(succeeded ? 'erasure.done' : 'rekey.erasureFailed'));
    onDeleted();
  });
  const name = (() => {
    const model = auskunftFor(vault, personId);
    return model ? personName(model.person) : '';
  })();

  async function erase() {
    setConfirming(false);
    setFailed(false);
    try {
      await erasePerson(vault, personId);
    } catch {
      setFailed(true);
      return;
    }
    await rekey.rekey('erasure', t('rekey.reason.erasure'));
  }

  return (
    <Box sx={{ mr: 'auto', display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Button onClick={() => setAuskunft(auskunftFor(vault, personId))}>{t('auskunft.create')}</Button>
      <Button color="error" onClick={() => setConfirming(true)}>
        {t('erasure.delete')}
      </Button>
      {failed && (
        <Alert severity="error" role="alert">
          {t('erasure.failed')}
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('erasure.confirmTitle')}
        note={teamWideNote}
        text={t('erasure.confirmText', { name })}
        confirmLabel={t('erasure.confirm')}
        cancelLabel={t('erasure.cancel')}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
        destructive
      />
      {rekey.dialog}
      <Dialog open={!!auskunft} onClose={() => setAuskunft(null)} fullScreen aria-labelledby="auskunft-title">
        {auskunft && <AuskunftView model={auskunft} onClose={() => setAuskunft(null)} />}
      </Dialog>
    </Box>
  );
}

function AuskunftView({ model, onClose }: { model: AuskunftModel; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useSettings();
  const dialogs = useDialogs();
  const p = model.person;
  const name = personName(p);
  const none = <Typography color="text.secondary">{t('auskunft.none')}</Typography>;

  async function saveJson() {
    const fileName = `auskunft-${name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase() || 'person'}-${model.createdAt.slice(0, 10)}.json`;
    const data = utf8Encode(JSON.stringify(model, null, 2));
    if (await host.saveFile(fileName, data, [{ name: 'JSON', extensions: ['json'] }])) {
      dialogs.notify(t('auskunft.saved', { name: fileName }));
    }
  }

  return (
    <>
      <PrintOnlyDialog />
      <DialogTitle id="auskunft-title">{t('auskunft.title')}</DialogTitle>
      <DialogContent dividers tabIndex={0} role="region" aria-labelledby="auskunft-title">
        <Typography color="text.secondary" gutterBottom>
          {t('auskunft.createdAt', {
            date: fmt.dateTime(model.createdAt),
            office: settings.officeName || 'Anlaufstelle',
          })}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('auskunft.intro', { name })}</Typography>
        <Alert severity="warning" sx={{ mb: 2, displayPrint: 'none' }}>
          {t('auskunft.jsonWarning')}
        </Alert>

        <Typography variant="h6" component="h2" gutterBottom>
          {t('auskunft.person')}
        </Typography>
        <DefinitionList
          items={(
            [
              [t('network.person.firstName'), p.firstName],
              [t('network.person.lastName'), p.lastName],
              [t('network.person.function'), p.function],
              [t('network.person.organisation'), model.organisation?.name ?? ''],
              [t('network.person.phone'), p.phone],
              [t('network.person.mobile'), p.mobile],
              [t('network.person.email'), p.email],
              [t('network.person.address'), p.address],
              [t('network.person.languages'), p.languages.join(', ')],
              [t('network.person.notes'), p.notes],
              [t('auskunft.recordedAt'), fmt.date(p.createdAt)],
              [t('auskunft.changedAt'), fmt.date(p.changedAt)],
            ] as Array<[string, string]>
          ).map(([label, value]) => [label, value || '–'])}
        />

        {p.volunteer && (
          <>
            <Typography variant="h6" component="h2" sx={{ mt: 3 }} gutterBottom>
              {t('network.person.volunteer')}
            </Typography>
            <DefinitionList
              items={(
                [
                  [
                    t('network.person.area'),
                    labelOf(settings.lists.municipalities, p.volunteer.municipality),
                  ],
                  [
                    t('network.person.activeFrom'),
                    p.volunteer.activeFrom ? fmt.day(p.volunteer.activeFrom) : '',
                  ],
                  [
                    t('network.person.activeUntil'),
                    p.volunteer.activeUntil ? fmt.day(p.volunteer.activeUntil) : '',
                  ],
                  [
                    t('network.person.allowances'),
                    p.volunteer.allowances
                      .map((a) => `${fmt.month(a.month)}: ${fmt.euro(a.amountCents)}`)
                      .join(', '),
                  ],
                ] as Array<[string, string]>
              ).map(([label, value]) => [label, value || '–'])}
            />
          </>
        )}

        <Typography variant="h6" component="h2" sx={{ mt: 3 }} gutterBottom>
          {t('auskunft.consent')}
        </Typography>
        {model.consent ? (
          <DefinitionList
            items={[
              [t('auskunft.consentPurpose'), model.consent.purpose],
              [t('auskunft.consentGiven'), fmt.day(model.consent.givenOn)],
              [
                t('auskunft.consentWithdrawn'),
                model.consent.withdrawnOn ? fmt.day(model.consent.withdrawnOn) : '–',
              ],
            ]}
          />
        ) : (
          <Typography>{t('auskunft.consentNone')}</Typography>
        )}

        <Typography id="auskunft-inquiries" variant="h6" component="h2" sx={{ mt: 3 }} gutterBottom>
          {t('auskunft.inquiries')}
        </Typography>
        {model.inquiries.length === 0 ? (
          none
        ) : (
          <Table size="small" aria-labelledby="auskunft-inquiries">
            <TableHead>
              <TableRow>
                <TableCell>{t('auskunft.colDate')}</TableCell>
                <TableCell>{t('auskunft.colSubject')}</TableCell>
                <TableCell>{t('auskunft.colTopics')}</TableCell>
                <TableCell>{t('auskunft.colStatus')}</TableCell>
                <TableCell>{t('auskunft.colNotes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {model.inquiries.map((inq) => (
                <TableRow key={inq.id}>
                  <TableCell>{fmt.date(inq.receivedAt)}</TableCell>
                  <TableCell>{inq.subject}</TableCell>
                  <TableCell>
                    {inq.topics.map((id) => labelOf(settings.lists.topics, id)).join(', ')}
                  </TableCell>
                  <TableCell>{t(`inquiries.status.${inq.status}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{inq.notes}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}

        <Typography id="auskunft-followups" variant="h6" component="h2" sx={{ mt: 3 }} gutterBottom>
          {t('auskunft.followups')}
        </Typography>
        {model.followups.length === 0 ? (
          none
        ) : (
          <Table size="small" aria-labelledby="auskunft-followups">
            <TableHead>
              <TableRow>
                <TableCell>{t('auskunft.colDue')}</TableCell>
                <TableCell>{t('auskunft.colTitle')}</TableCell>
                <TableCell>{t('auskunft.colNotes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {model.followups.map((f) => (
                <TableRow key={f.id}>
                  <TableCell>{fmt.day(f.due)}</TableCell>
                  <TableCell>{f.title}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{f.notes}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}

        <Typography id="auskunft-activities" variant="h6" component="h2" sx={{ mt: 3 }} gutterBottom>
          {t('auskunft.activities')}
        </Typography>
        {model.activities.length === 0 ? (
          none
        ) : (
          <Table size="small" aria-labelledby="auskunft-activities">
            <TableHead>
              <TableRow>
                <TableCell>{t('auskunft.colDate')}</TableCell>
                <TableCell>{t('auskunft.colTitle')}</TableCell>
                <TableCell>{t('auskunft.colNotes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {model.activities.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{fmt.day(a.date)}</TableCell>
                  <TableCell>{a.title}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{a.notes}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions sx={{ displayPrint: 'none' }}>
        <Button onClick={() => void saveJson()}>{t('auskunft.saveJson')}</Button>
        <Button onClick={() => window.print()}>{t('auskunft.print')}</Button>
        <Button variant="contained" onClick={onClose}>
          {t('auskunft.close')}
        </Button>
      </DialogActions>
    </>
  );
}
