// One follow-up in a list: a checkbox to mark it done, its title (opens it), due day, who, inquiry.
import { useState } from 'react';
import { Checkbox, Link, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { labelOf, type CategoryEntry } from '../../../shared/domain/categories';
import type { Followup } from '../../../shared/domain/followup';
import { useFormat } from '../../components/useFormat';

interface Props {
  followup: Followup;
  teamMembers: readonly CategoryEntry[];
  inquirySubject?: string;
  overdue?: boolean;
  onToggle: (done: boolean) => void;
  onOpen: () => void;
  onOpenInquiry?: () => void;
  /** What the app made the follow-up for (a funding deadline's Vorhaben), as a link. */
  sourceLink?: { label: string; onOpen: () => void };
}

export function FollowupItem({
  followup,
  teamMembers,
  inquirySubject,
  overdue,
  onToggle,
  onOpen,
  onOpenInquiry,
  sourceLink,
}: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // Shows the click at once; the list regroups when the write has committed (parents key by status).
  const [pending, setPending] = useState<boolean | null>(null);
  const done = pending ?? followup.status === 'erledigt';
  return (
    <ListItem disableGutters divider>
      <ListItemIcon sx={{ minWidth: 44 }}>
        <Checkbox
          edge="start"
          checked={done}
          onChange={(e) => {
            setPending(e.target.checked);
            onToggle(e.target.checked);
          }}
          slotProps={{
            input: {
              'aria-label': done
                ? t('followups.reopen', { title: followup.title })
                : t('followups.markDone', { title: followup.title }),
            },
          }}
        />
      </ListItemIcon>
      <ListItemText
        disableTypography
        primary={
          <Link
            component="button"
            type="button"
            onClick={onOpen}
            sx={{ textAlign: 'left', textDecoration: done ? 'line-through' : undefined }}
          >
            {followup.title}
          </Link>
        }
        secondary={
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Typography
              variant="body2"
              color={overdue ? 'error' : 'text.secondary'}
              sx={{ fontWeight: overdue ? 600 : undefined }}
            >
              {t('followups.dueOn', { date: fmt.day(followup.due) })}
            </Typography>
            {followup.assignee && (
              <Typography variant="body2" color="text.secondary">
                {labelOf(teamMembers, followup.assignee)}
              </Typography>
            )}
            {inquirySubject && onOpenInquiry && (
              <Link
                component="button"
                type="button"
                variant="body2"
                onClick={onOpenInquiry}
                sx={{ textAlign: 'left' }}
              >
                {t('followups.fields.inquiry')}: {inquirySubject}
              </Link>
            )}
            {sourceLink && (
              <Link
                component="button"
                type="button"
                variant="body2"
                onClick={sourceLink.onOpen}
                sx={{ textAlign: 'left' }}
              >
                {sourceLink.label}
              </Link>
            )}
          </Stack>
        }
      />
    </ListItem>
  );
}
