#pragma once

#include <QString>

namespace SeqDesk::Mcp {

class McpContext;
class ToolRegistry;

// The server's tools, one group per file. Each calls the use cases the wizard, seqdesk-cli
// and the rules call (nothing is reimplemented for MCP).
// CatalogTools.cpp: list_sequences (the mirror, synced first when older than 24 h),
// list_contact_lists (ListSearch).
void addCatalogTools(ToolRegistry &tools, McpContext *context);
// PreviewTool.cpp: preview_enrollment (ListMembersReader, the enrollment use case, the dry
// run), saved as a preview. StartTool.cpp: start_enrollment (the previewed contacts' job).
void addPreviewTool(ToolRegistry &tools, McpContext *context);
void addStartTool(ToolRegistry &tools, McpContext *context);
// JobTools.cpp: get_job, pause_job, resume_job, cancel_job (the journal, JobRunner).
void addJobTools(ToolRegistry &tools, McpContext *context);
// SummaryTool.cpp: enrollment_summary (AnalyticsStore, as the Analytics page).
void addSummaryTool(ToolRegistry &tools, McpContext *context);

// initialize's instructions: how an assistant uses the tools safely (McpHost.cpp).
QString serverInstructions();

} // namespace SeqDesk::Mcp
