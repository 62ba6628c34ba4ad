// Newsletter Integration: the list of issues ("Nr. 2/2026", period, last change) with "Neue Ausgabe";
// with an `id`, that issue's own page.
import { useState } from 'react';
import {
  Button,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { issueLabel } from '../../../shared/outreach/newsletterIssue';
import { useFormat } from '../../components/useFormat';
import { useOutreachFile } from '../../data/hooks';
import { routes, type Navigate } from '../../routing/routes';
import { IssueDialog } from './IssueDialog';
import { IssuePage } from './IssuePage';

export function NewsletterTab({ id, navigate }: { id?: string; navigate: Navigate }) {
  if (id) return <IssuePage id={id} navigate={navigate} />;
  return <IssueList navigate={navigate} />;
}

function IssueList({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { newsletters } = useOutreachFile();
  const [creating, setCreating] = useState(false);
  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('newsletter.listTitle')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('newsletter.newIssue')}
        </Button>
      </Stack>
      {newsletters.length === 0 ? (
        <Typography color="text.secondary">{t('newsletter.empty')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('newsletter.listTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('newsletter.columns.issue')}</TableCell>
                <TableCell>{t('newsletter.columns.period')}</TableCell>
                <TableCell>{t('newsletter.columns.changed')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {newsletters.map((n) => (
                <TableRow key={n.id} hover>
                  <TableCell>
                    <Link
                      component="button"
                      type="button"
                      data-focus-key={n.id}
                      onClick={() => navigate(routes.newsletterIssue(n.id))}
                    >
                      {issueLabel(n)}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {fmt.dayRange({ from: n.from, to: n.to })}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(n.changedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <IssueDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(newId) => {
          setCreating(false);
          navigate(routes.newsletterIssue(newId));
        }}
      />
    </Paper>
  );
}
