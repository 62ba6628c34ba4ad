// Templates for recurring inquiries: chips that fill a new inquiry (also Alt+1 … Alt+9) and the
// question for a new template's name.
import { useState } from 'react';
import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import CancelIcon from '@mui/icons-material/Cancel';
import { useTranslation } from 'react-i18next';
import { deleteTemplate, type InquiryTemplate } from '../../data/templates';
import { useVaultSession } from '../../data/VaultContext';

export function TemplateChips({
  templates,
  onApply,
  onDeleted,
}: {
  templates: readonly InquiryTemplate[];
  onApply: (index: number) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  if (templates.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2, alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {t('inquiries.templates')}:
      </Typography>
      {templates.slice(0, 9).map((template, i) => (
        <Tooltip key={template.id} title={t('inquiries.useTemplate', { name: template.name, n: i + 1 })}>
          <Chip
            label={`${template.name} · Alt+${i + 1}`}
            onClick={() => onApply(i)}
            onDelete={() => void deleteTemplate(vault, template.id).then(onDeleted)}
            deleteIcon={<CancelIcon titleAccess={t('inquiries.deleteTemplate', { name: template.name })} />}
            variant="outlined"
            tabIndex={-1}
          />
        </Tooltip>
      ))}
    </Stack>
  );
}

export function TemplateNameDialog({
  open,
  onCancel,
  onSave,
}: {
  open: boolean;
  onCancel: () => void;
  onSave: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const save = async () => {
    if (!name.trim()) {
      setError(true);
      return;
    }
    await onSave(name);
    setName('');
    setError(false);
  };
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="template-name-title" maxWidth="xs" fullWidth>
      <DialogTitle id="template-name-title">{t('inquiries.saveAsTemplate')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={t('inquiries.templateName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.stopPropagation();
              void save();
            }
          }}
          error={error}
          helperText={error ? t('inquiries.templateNameRequired') : undefined}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()}>
          {t('form.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
