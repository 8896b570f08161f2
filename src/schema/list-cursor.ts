/**
 * What a page-numbered list whose order has no readable sort value promises about its cursors
 * (docs/schema-design.md §5), appended to each such field's description.
 */
export const ID_CURSOR_NOTE =
  ' Cursors hold the item’s Crisp id: after one, the walk resumes right after that item, found ' +
  'on its page, the page before or a later page of the window, so items arriving or leaving ' +
  'elsewhere are neither repeated nor skipped. If the cursor’s own item left the list, the walk ' +
  'resumes at its position, which may repeat or skip an item.';
