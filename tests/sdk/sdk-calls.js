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

  await writeLists(first.results.slice(0, 4).map((c) => c.id), lists.lists);
}

// The lists the SDK writes (crm.lists.write): create a MANUAL list, change its members with
// add, remove and addAndRemove, read them back; HubSpot's refusals come back as 400s.
async function writeLists(ids, demoLists) {
  const byNumber = (a, b) => Number(a) - Number(b);
  const sorted = (list) => [...(list || [])].sort(byNumber);
  const created = await client.crm.lists.listsApi.create({
    name: 'SDK check: hand-picked', objectTypeId: '0-1', processingType: 'MANUAL',
  });
  const { listId } = created.list;
  assert.equal(created.list.processingType, 'MANUAL', 'create answers the new list');
  await assert.rejects(client.crm.lists.listsApi.create({
    name: 'SDK check: hand-picked', objectTypeId: '0-1', processingType: 'MANUAL',
  }), (e) => e.code === 400 && e.body.subCategory === 'ILS.DUPLICATE_LIST_NAMES',
  'a second list of that name is refused');

  const added = await client.crm.lists.membershipsApi.add(listId, [...ids.slice(0, 3), '1']);
  assert.deepEqual(sorted(added.recordsIdsAdded), sorted(ids.slice(0, 3)), 'add: recordsIdsAdded');
  assert.deepEqual(added.recordIdsMissing, ['1'], 'add: an unknown id is missing');
  const removed = await client.crm.lists.membershipsApi.remove(listId, [ids[0]]);
  assert.deepEqual(removed.recordIdsRemoved, [ids[0]], 'remove: recordIdsRemoved');
  const changed = await client.crm.lists.membershipsApi.addAndRemove(listId, {
    recordIdsToAdd: [ids[3]], recordIdsToRemove: [ids[1]],
  });
  assert.deepEqual(changed.recordsIdsAdded, [ids[3]], 'addAndRemove: added');
  assert.deepEqual(changed.recordIdsRemoved, [ids[1]], 'addAndRemove: removed');

  const page = await client.crm.lists.membershipsApi.getPage(listId, undefined, undefined, 100);
  assert.deepEqual(page.results.map((m) => m.recordId), sorted([ids[2], ids[3]]),
                   'the members read back');
  assert.ok(page.results.every((m) => m.membershipTimestamp instanceof Date));
  const one = await client.crm.lists.listsApi.getById(listId);
  assert.equal(Number(one.list.size), 2, 'getById: the size follows');

  const dynamic = demoLists.find((l) => l.processingType === 'DYNAMIC' && l.objectTypeId === '0-1');
  await assert.rejects(client.crm.lists.membershipsApi.add(dynamic.listId, [ids[0]]),
                       (e) => e.code === 400, 'a DYNAMIC list refuses hand-made changes');
  console.log(`list ${listId} created; members after add, remove, addAndRemove: ` +
              `${page.results.map((m) => m.recordId).join(', ')}; DYNAMIC list refused`);
}

main().catch((e) => {
  console.error('FAILED:', e.message, e.code || '', e.body ? JSON.stringify(e.body) : '');
  process.exit(1);
});
