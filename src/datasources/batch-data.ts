import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { BatchPeopleSelectorRaw } from './people.ts';
import type { PeopleDataValue } from './people-detail.ts';

/**
 * The batch routes that write custom data or segments. Each path serves conversations and
 * contacts alike: the body's `sessions` or `people` key decides which.
 */

/** Which items a data or segments batch targets: `sessions`, or a `people` selector. */
export type BatchTargetRaw = { sessions: string[] } | { people: BatchPeopleSelectorRaw };

/**
 * PATCH /website/{website_id}/batch/data — website.batch.update_conversations_data with
 * `sessions`, website.batch.update_people_data with `people`.
 */
export async function batchUpdateData(
  crisp: CrispClient,
  websiteId: string,
  body: BatchTargetRaw & { data: Record<string, PeopleDataValue> },
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/data`, body);
}

/**
 * PATCH /website/{website_id}/batch/segments — website.batch.update_conversations_segments with
 * `sessions`, website.batch.update_people_segments with `people`.
 */
export async function batchUpdateSegments(
  crisp: CrispClient,
  websiteId: string,
  body: BatchTargetRaw & { segments: string[] },
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/segments`, body);
}
