/**
 * The catalogue ids each fidelity test file proves through the official Node client (`crisp-api`):
 * every id listed here must answer that file's calls with a success, and the file asserts so in its
 * last test. test/fidelity-scope.test.ts checks that the lists together cover the seed scope
 * (catalogue/seed-scope.txt) plus the plugin connect and media routes, each id in one list only;
 * each route typed later joins the list of the fidelity file that proves it.
 * Files may call more routes than they list (abort deletion, operator availabilities, website
 * connect endpoints); the lists name what the seed scope asks for.
 */

/** test/fidelity-conversation.e2e.test.ts: conversation and conversation batch routes, messages aside. */
export const conversationScope = [
  'website.batch.read_conversations',
  'website.batch.remove_conversations',
  'website.batch.resolve_conversations',
  'website.conversation.assign_routing',
  'website.conversation.block',
  'website.conversation.change_state',
  'website.conversation.check_exists',
  'website.conversation.create',
  'website.conversation.get',
  'website.conversation.get_block_status',
  'website.conversation.get_metas',
  'website.conversation.get_routing',
  'website.conversation.get_state',
  'website.conversation.initiate',
  'website.conversation.list',
  'website.conversation.list_events',
  'website.conversation.list_files',
  'website.conversation.list_pages',
  'website.conversation.remove',
  'website.conversation.request_transcript',
  'website.conversation.update_metas',
] as const;

/**
 * test/fidelity-conversation-more.e2e.test.ts: the agent's other conversation routes (message
 * removal, unread mark, open state, inbox, originals, relations, participants, verification,
 * requests).
 */
export const conversationMoreScope = [
  'website.conversation.get_original_message',
  'website.conversation.get_participants',
  'website.conversation.get_relations',
  'website.conversation.get_verify_status',
  'website.conversation.mark_unread',
  'website.conversation.redeem_identity_verification_link',
  'website.conversation.remove_message',
  'website.conversation.report',
  'website.conversation.request_binding_purge',
  'website.conversation.request_feedback',
  'website.conversation.request_identity_verification',
  'website.conversation.request_tool_call',
  'website.conversation.save_participants',
  'website.conversation.schedule_reminder',
  'website.conversation.update_inbox',
  'website.conversation.update_open_state',
  'website.conversation.update_verify_status',
] as const;

/** test/fidelity-message.e2e.test.ts: message routes of a conversation. */
export const messageScope = [
  'website.conversation.compose',
  'website.conversation.get_message',
  'website.conversation.get_messages',
  'website.conversation.mark_delivered',
  'website.conversation.mark_read',
  'website.conversation.send_message',
  'website.conversation.update_message',
] as const;

/** test/fidelity-directory.e2e.test.ts: websites, settings, operators, visitors. */
export const directoryScope = [
  'website.availability.get_status',
  'website.base.check_exists',
  'website.base.create',
  'website.base.delete',
  'website.base.get',
  'website.operator.change_membership',
  'website.operator.get',
  'website.operator.invite',
  'website.operator.list',
  'website.operator.list_last_active',
  'website.operator.unlink',
  'website.settings.get',
  'website.settings.update',
  'website.visitors.count',
  'website.visitors.get_session_from_token',
  'website.visitors.list',
] as const;

/** test/fidelity-upload.e2e.test.ts: upload URLs and animation lists, answered over RTM. */
export const uploadScope = ['bucket.url.generate', 'media.animation.list'] as const;

/** test/fidelity-helpdesk.e2e.test.ts: every helpdesk (Knowledge Base) route. */
export const helpdeskScope = [
  'website.helpdesk.check',
  'website.helpdesk.delete',
  'website.helpdesk.domain.change.request',
  'website.helpdesk.domain.resolve',
  'website.helpdesk.domain.setup.generate',
  'website.helpdesk.export.articles',
  'website.helpdesk.feedback.list',
  'website.helpdesk.feedback.ratings.map',
  'website.helpdesk.history.change.cancel',
  'website.helpdesk.history.change.resolve',
  'website.helpdesk.history.changes.list',
  'website.helpdesk.import.external',
  'website.helpdesk.initialize',
  'website.helpdesk.locale.add',
  'website.helpdesk.locale.check',
  'website.helpdesk.locale.delete',
  'website.helpdesk.locale.resolve',
  'website.helpdesk.locales.list',
  'website.helpdesk.page.entity.resolve',
  'website.helpdesk.page.list',
  'website.helpdesk.redirection.add',
  'website.helpdesk.redirection.check',
  'website.helpdesk.redirection.delete',
  'website.helpdesk.redirection.resolve',
  'website.helpdesk.redirections.list',
  'website.helpdesk.refresh.request',
  'website.helpdesk.resolve',
  'website.helpdesk.settings.resolve',
  'website.helpdesk.settings.save',
  'website.helpdesk.tree.content.resolve',
  'website.helpdesk.tree.content.save',
  'website.helpdesk.tree.list',
  'website.helpdesk.tree.metadata.resolve',
  'website.helpdesk.tree.metadata.update',
  'website.helpdesk.tree.page.resolve',
  'website.helpdesk.tree.path.create',
  'website.helpdesk.tree.path.delete',
  'website.helpdesk.tree.path.resolve',
  'website.helpdesk.tree.path.update',
] as const;

/** test/fidelity-people.e2e.test.ts: people routes, batch removal included. */
export const peopleScope = [
  'website.batch.remove_people',
  'website.people.add_event',
  'website.people.add_profile',
  'website.people.check_profile_exists',
  'website.people.get_data',
  'website.people.get_profile',
  'website.people.get_statistics',
  'website.people.get_subscription',
  'website.people.list_conversations',
  'website.people.list_events',
  'website.people.list_profiles',
  'website.people.list_suggested_segments',
  'website.people.remove_profile',
  'website.people.save_data',
  'website.people.save_profile',
  'website.people.update_data',
  'website.people.update_profile',
  'website.people.update_subscription',
] as const;

/**
 * test/fidelity-directory.e2e.test.ts: the plugin connect routes. Not in the seed scope, but the
 * gateway depends on them (readiness, `Query.websites`, RTM discovery).
 */
export const pluginConnectScope = [
  'plugin.connect.account.get',
  'plugin.connect.session.check',
  'plugin.connect.websites.list_all',
  'plugin.connect.websites.list_since',
  'plugin.connect.endpoints.get',
] as const;

/** test/fidelity-workspace.e2e.test.ts: inboxes, teams, and the team-wide operator routes. */
export const workspaceScope = [
  'website.availability.list_operators',
  'website.inbox.batch_order',
  'website.inbox.check_exists',
  'website.inbox.create',
  'website.inbox.delete',
  'website.inbox.get',
  'website.inbox.list',
  'website.inbox.save',
  'website.operator.flush_last_active',
  'website.operator.send_email',
  'website.teams.check_exists',
  'website.teams.create',
  'website.teams.delete',
  'website.teams.get',
  'website.teams.list',
  'website.teams.save',
] as const;

/**
 * test/fidelity-conversation-tools.e2e.test.ts: suggested segments and data keys, spam, co-browsing,
 * calls and widget actions of conversations.
 */
export const conversationToolScope = [
  'website.conversation.list_suggested_segments',
  'website.conversation.delete_suggested_segment',
  'website.conversation.list_suggested_data_keys',
  'website.conversation.delete_suggested_data_key',
  'website.conversation.list_spams',
  'website.conversation.get_spam_content',
  'website.conversation.submit_spam_decision',
  'website.conversation.list_browsing_sessions',
  'website.conversation.initiate_browsing_session',
  'website.conversation.send_browsing_action',
  'website.conversation.assist_browsing_session',
  'website.conversation.initiate_call',
  'website.conversation.get_ongoing_call',
  'website.conversation.abort_call',
  'website.conversation.transmit_call_signaling',
  'website.conversation.deliver_widget_button_action',
  'website.conversation.deliver_widget_data_fetch_action',
  'website.conversation.deliver_widget_data_edit_action',
] as const;

/** The ids of `scope` that no call answered with a success (an empty array when all did). */
export const uncovered = (scope: readonly string[], succeeded: ReadonlySet<string>) =>
  scope.filter((id) => !succeeded.has(id));
