// HubSpot's official Node SDK against seqdesk-sandbox (node sdk-calls.js <baseUrl> <token>):
// the calls as the SDK makes them, with its defaults (after: '0' on search, empty cursors),
// must work on the sandbox as they do on HubSpot. Exits 1 naming the first call that did not.
'use strict';
const assert = require('node:assert/strict');
const hubspot = require('@hubspot/api-client');

const [basePath, accessToken] = process.argv.slice(2);
const client = new hubspot.Client({ accessToken, basePath, numberOfApiCallRetries: 0 });
const search = (after, limit = 100) => client.crm.contacts.searchApi.doSearch({
  filterGroups: [], properties: ['email'], limit, after, sorts: [],
});

async function main() {
  const first = await search('0');
  assert.ok(first.results.length === 100 && first.total > 100, 'search with after "0"');
  console.log(`contacts doSearch after '0': ${first.results.length} of ${first.total}`);
  const empty = await search('');
  assert.equal(empty.results[0].id, first.results[0].id, 'search with after ""');

  const seen = new Set();
  let after = '0';
  let pages = 0;
  while (after !== undefined) {
    const page = await search(after, 200);
    page.results.forEach((c) => seen.add(c.id));
    after = page.paging && page.paging.next ? page.paging.next.after : undefined;
    pages += 1;
  }
  assert.equal(seen.size, first.total, 'paging from "0" reaches every contact once');
  console.log(`paged from '0': ${pages} pages, ${seen.size} distinct contacts`);

  await assert.rejects(search('garbage'), (e) => e.code === 400, 'a garbage cursor is refused');
  console.log('garbage cursor: 400');

  const lists = await client.crm.lists.listsApi.doSearch({
    query: '', offset: 0, count: 20, additionalProperties: [],
  });
  assert.ok(lists.lists.length > 0, 'lists search from offset 0');
  const owners = await client.crm.owners.ownersApi.getPage(undefined, '', 3);
  assert.equal(owners.results.length, 3, 'owners with an empty cursor');
  const members = await client.crm.lists.membershipsApi.getPage(lists.lists[0].listId, '0',
                                                                undefined, 10);
  assert.ok(members.results.length > 0, 'list memberships with after "0"');
  console.log(`lists: ${lists.total}, owners page: ${owners.results.length}, ` +
              `members page: ${members.results.length}`);
}

main().catch((e) => {
  console.error('FAILED:', e.message, e.code || '', e.body ? JSON.stringify(e.body) : '');
  process.exit(1);
});
