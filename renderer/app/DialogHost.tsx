// The app-wide dialogs (quick capture, follow-up, organisation, person, activity) and the toast:
// opened from anywhere through `useDialogs()`, rendered once here.
import { useMemo, useState, type ReactNode } from 'react';
import { Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  DialogsContext,
  type Dialogs,
  type FollowupDialogRequest,
  type NotifyMessage,
} from '../components/dialogs';
import { ActivityDialog } from '../features/activities/ActivityDialog';
import { FollowupDialog } from '../features/followups/FollowupDialog';
import { InquiryFormDialog } from '../features/inquiries/InquiryFormDialog';
import { OrganisationDialog } from '../features/network/OrganisationDialog';
import { PersonDialog } from '../features/network/PersonDialog';
import { routes, type Navigate } from '../routing/routes';

type InquiryDialogState = { open: false } | { open: true; id: string | undefined };
type FollowupDialogState = { open: false } | ({ open: true } & FollowupDialogRequest);
type EntityDialogState = { open: false } | { open: true; id?: string; organisationId?: string };

export function DialogHost({ navigate, children }: { navigate: Navigate; children: ReactNode }) {
  const { t } = useTranslation();
  const [inquiryDialog, setInquiryDialog] = useState<InquiryDialogState>({ open: false });
  const [followupDialog, setFollowupDialog] = useState<FollowupDialogState>({ open: false });
  const [orgDialog, setOrgDialog] = useState<EntityDialogState>({ open: false });
  const [personDialog, setPersonDialog] = useState<EntityDialogState>({ open: false });
  const [activityDialog, setActivityDialog] = useState<EntityDialogState>({ open: false });
  const [snack, setSnack] = useState<{ message: string | NotifyMessage; key: number } | null>(null);

  const dialogs: Dialogs = useMemo(
    () => ({
      // Ctrl+N or the menu while "Neue Anfrage" is open keeps what is typed there.
      newInquiry: () => setInquiryDialog((d) => (d.open ? d : { open: true, id: undefined })),
      editInquiry: (id) => setInquiryDialog({ open: true, id }),
      followup: (request) => setFollowupDialog({ open: true, ...request }),
      organisation: (request) => setOrgDialog({ open: true, ...request }),
      person: (request) => setPersonDialog({ open: true, ...request }),
      activity: (request) => setActivityDialog({ open: true, ...request }),
      notify: (message) => setSnack({ message, key: Date.now() }),
    }),
    [],
  );

  return (
    <DialogsContext.Provider value={dialogs}>
      {children}
      <InquiryFormDialog
        open={inquiryDialog.open}
        inquiryId={inquiryDialog.open ? inquiryDialog.id : undefined}
        onClose={() => setInquiryDialog({ open: false })}
        onSaved={() => {
          setInquiryDialog({ open: false });
          dialogs.notify({ key: 'inquiries.saved' });
        }}
      />
      <FollowupDialog
        open={followupDialog.open}
        {...(followupDialog.open && followupDialog.id ? { followupId: followupDialog.id } : {})}
        {...(followupDialog.open && followupDialog.inquiryId ? { inquiryId: followupDialog.inquiryId } : {})}
        {...(followupDialog.open && followupDialog.title ? { title: followupDialog.title } : {})}
        onClose={() => setFollowupDialog({ open: false })}
        onSaved={() => {
          setFollowupDialog({ open: false });
          dialogs.notify({ key: 'followups.saved' });
        }}
      />
      <OrganisationDialog
        open={orgDialog.open}
        {...(orgDialog.open && orgDialog.id ? { organisationId: orgDialog.id } : {})}
        onClose={() => setOrgDialog({ open: false })}
        onSaved={(org) => {
          setOrgDialog({ open: false });
          dialogs.notify({ key: 'network.saved' });
          if (!(orgDialog.open && orgDialog.id)) navigate(routes.organisation(org.id));
        }}
      />
      <PersonDialog
        open={personDialog.open}
        {...(personDialog.open && personDialog.id ? { personId: personDialog.id } : {})}
        {...(personDialog.open && personDialog.organisationId
          ? { organisationId: personDialog.organisationId }
          : {})}
        onClose={() => setPersonDialog({ open: false })}
        onSaved={() => {
          setPersonDialog({ open: false });
          dialogs.notify({ key: 'network.saved' });
        }}
      />
      <ActivityDialog
        open={activityDialog.open}
        {...(activityDialog.open && activityDialog.id ? { activityId: activityDialog.id } : {})}
        onClose={() => setActivityDialog({ open: false })}
        onSaved={(saved, withFollowup) => {
          setActivityDialog({ open: false });
          dialogs.notify(
            saved.length > 1
              ? { key: 'activities.savedSeries', params: { count: saved.length } }
              : { key: 'activities.saved' },
          );
          if (withFollowup && saved[0]) dialogs.followup({ title: saved[0].title });
        }}
      />
      <Snackbar
        key={snack?.key}
        open={!!snack}
        autoHideDuration={4000}
        onClose={() => setSnack(null)}
        message={
          snack &&
          (typeof snack.message === 'string'
            ? snack.message
            : t(snack.message.key, snack.message.params ?? {}))
        }
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </DialogsContext.Provider>
  );
}
