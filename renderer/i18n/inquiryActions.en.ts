// English texts for acting on inquiries and follow-ups (see inquiryActions.de.ts).
import type { DeepStrings } from './deepStrings';
import type { inquiryActionsDe } from './inquiryActions.de';

export const inquiryActionsEn: DeepStrings<typeof inquiryActionsDe> = {
  inquiryActions: {
    close: 'Done',
    closeRow: 'Mark “{{subject}}” as done',
    closeTitle: 'Close inquiry',
    closeFollowups_one: 'Mark its 1 open follow-up done too?',
    closeFollowups_other: 'Mark its {{count}} open follow-ups done too?',
    closeAll: 'Yes',
    closeOnlyInquiry: 'No, only the inquiry',
    closed: 'Inquiry closed',
    closedWithFollowups_one: 'Inquiry and 1 follow-up closed',
    closedWithFollowups_other: 'Inquiry and {{count}} follow-ups closed',
    delete: 'Delete',
    deleteTitle: 'Delete inquiry?',
    deleteText: '“{{subject}}” will be deleted. This cannot be undone.',
    deleteTextFollowups_one: '“{{subject}}” will be deleted with its 1 follow-up. This cannot be undone.',
    deleteTextFollowups_other:
      '“{{subject}}” will be deleted with its {{count}} follow-ups. This cannot be undone.',
    deleted: 'Inquiry deleted',
    deleteFollowupTitle: 'Delete follow-up?',
    deleteFollowupText: '“{{title}}” will be deleted. This cannot be undone.',
    followupDeleted: 'Follow-up deleted',
    deleteFailed: 'Deleting failed. Nothing was changed.',
    createOrg: {
      title: 'Create a new organisation?',
      text: '“{{name}}” will be created as an organisation in the network and linked as referral target.',
      sameName: '“{{name}}” already exists – probably the same organisation.',
      create: 'Create',
      createAnyway: 'Create anyway',
      useExisting: 'Use existing',
    },
    assigneeFilter: 'Assigned to',
    assigneeAll: 'All',
    assigneeNone: 'Nobody assigned',
    assigneeEmpty: 'No open follow-ups for this choice',
  },
};
