// Templates for recurring inquiries: chips that fill a new inquiry (also Alt+1 … Alt+9) and the
// question for a new template's name.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import CancelIcon from '@mui/icons-material/Cancel';
import { useTranslation } from 'react-i18next';
import { deleteTemplate, type InquiryTemplate } from '../../data/templates';
import { useVaultSession } from '../../data/VaultContext';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { formFields } from '../../components/form/fields';

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

export const TemplateNameDialog = formDialog(TemplateNameForm, {
  titleId: 'template-name-title',
  maxWidth: 'xs',
});

const templateNameSchema = z.object({
  name: z.string().trim().min(1, 'inquiries.templateNameRequired'),
});
const F = formFields<z.infer<typeof templateNameSchema>>();

function TemplateNameForm({
  onSave,
}: DialogOpen & {
  /** Saves the template and closes the dialog. */
  onSave: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(templateNameSchema), defaultValues: { name: '' } });
  // A failed save: FormDialogForm shows it.
  const submit = form.handleSubmit(({ name }) => onSave(name));
  return (
    <FormDialogForm title={t('inquiries.saveAsTemplate')} form={form} onSubmit={submit}>
      <F.Text name="name" label={t('inquiries.templateName')} autoFocus fullWidth margin="dense" />
    </FormDialogForm>
  );
}
