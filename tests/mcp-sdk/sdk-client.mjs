// The official MCP TypeScript SDK (Client + StdioClientTransport) drives seqdesk-cli --mcp
// against a running seqdesk-sandbox: list the tools, preview an enrollment of a HubSpot
// list's members, start it, poll get_job to the end, and check against the sandbox that
// every eligible contact was enrolled exactly once.
// Usage: node sdk-client.mjs <seqdesk-cli> <sandbox base URL> <token> <home>
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [cli, base, token, home] = process.argv.slice(2);
const sandbox = async (path) => (await fetch(new URL(path, base))).json();

const transport = new StdioClientTransport({
  command: cli,
  args: ['--mcp', '--base-url', base],
  env: {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: `${home}/data`,
    XDG_CONFIG_HOME: `${home}/config`,
    HUBSPOT_ACCESS_TOKEN: token,
  },
  stderr: 'inherit',
});
const client = new Client({ name: 'seqdesk-sdk-check', version: '1.0.0' });
await client.connect(transport);
console.log('connected:', client.getServerVersion(), client.getServerCapabilities());

const call = async (name, args = {}) => {
  const r = await client.callTool({ name, arguments: args });
  assert.ok(!r.isError, `${name} failed: ${r.content?.[0]?.text}`);
  assert.ok(r.structuredContent, `${name}: no structuredContent`);
  return r.structuredContent;
};

// 1. The tools.
const { tools } = await client.listTools();
const names = tools.map((t) => t.name).sort();
assert.deepEqual(names, ['cancel_job', 'enrollment_summary', 'get_job', 'list_contact_lists',
  'list_sequences', 'pause_job', 'preview_enrollment', 'resume_job', 'start_enrollment']);
for (const t of tools) assert.equal(t.inputSchema.type, 'object', t.name);
console.log('tools:', names.join(', '));

// 2. A sequence the sender can use, and the list of every kind of contact.
const summary = await sandbox('/_sandbox/summary');
const sender = summary.users.find((u) => u.role === 'primary').email;
const sequences = (await call('list_sequences', { status: 'active' })).sequences;
const ordered = [...sequences.filter((s) => s.ownerEmail === sender),
  ...sequences.filter((s) => s.ownerEmail !== sender)];
const { lists } = await call('list_contact_lists');
const list = lists.find((l) => l.size === 300);
assert.ok(list, 'no 300-member list (start the sandbox with --list-members 300)');

// 3. The preview (with progress), on the first sequence the sender can use.
let preview;
let sequence;
for (const s of ordered.slice(0, 5)) {
  const progress = [];
  const r = await client.callTool(
    { name: 'preview_enrollment', arguments: { sequenceId: s.id, senderEmail: sender, listId: list.id } },
    undefined, { onprogress: (p) => progress.push(p) });
  if (r.isError) continue;
  preview = r.structuredContent;
  sequence = s;
  assert.ok(progress.length > 0, 'no progress notifications for the preview');
  break;
}
assert.ok(preview, 'no sequence could be previewed');
assert.equal(preview.total, 300);
assert.ok(preview.wouldEnroll > 0 && preview.wouldEnroll < 300, `wouldEnroll ${preview.wouldEnroll}`);
assert.equal((await sandbox('/_sandbox/enrollments')).total, 0, 'a preview enrolled someone');
console.log(`preview ${preview.previewId}: ${preview.wouldEnroll} to enroll, ${preview.wouldSkip} skipped`);

// 4. Without confirm: true, nobody.
const refused = await client.callTool({ name: 'start_enrollment', arguments: { previewId: preview.previewId } });
assert.ok(refused.isError, 'start_enrollment without confirm was not refused');

// 5. Start, then poll get_job to the end.
const { jobId } = await call('start_enrollment', { previewId: preview.previewId, confirm: true });
let job;
for (let i = 0; i < 600; ++i) {
  job = await call('get_job', { jobId });
  if (job.state !== 'running' && job.state !== 'draft' && !job.runningHere) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
console.log(`job ${jobId}: ${job.state}`, job.counts);
assert.equal(job.state, 'completed');
assert.equal(job.counts.enrolled, preview.wouldEnroll);
assert.equal(job.counts.enrolled + job.counts.skipped, 300);

// 6. The sandbox: every eligible contact once, into that sequence, as that sender.
const accepted = (await sandbox('/_sandbox/enrollments')).results;
const perContact = new Map();
for (const e of accepted) {
  assert.equal(e.sequenceId, sequence.id);
  perContact.set(e.contactId, (perContact.get(e.contactId) ?? 0) + 1);
}
assert.equal(accepted.length, preview.wouldEnroll);
assert.equal(perContact.size, preview.wouldEnroll, 'a contact was enrolled twice');
for (const c of preview.contacts.filter((c) => c.outcome === 'enroll')) {
  assert.equal(perContact.get(c.contactId), 1, `contact ${c.contactId}`);
}
const totals = (await call('enrollment_summary', { sequenceId: sequence.id, days: 1 })).totals;
assert.equal(totals.enrolled, preview.wouldEnroll);

await client.close();
console.log(`ok: ${accepted.length} contacts enrolled once each through the official MCP SDK`);
