#include "mcp/McpHost.h"

#include "cli/CliOptions.h"
#include "jobs/JobRunner.h"
#include "mcp/McpContext.h"
#include "mcp/McpServer.h"
#include "mcp/StdioTransport.h"
#include "mcp/ToolRegistry.h"
#include "mcp/Tools.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace SeqDesk::Mcp {

Q_LOGGING_CATEGORY(lcMcpHost, "seqdesk.mcp")

QString serverInstructions()
{
    return QCoreApplication::translate(
        "SeqDesk::Mcp::McpHost",
        "SeqDesk enrolls HubSpot contacts into sequences safely. Find a sequence with "
        "list_sequences (status active) and, if the contacts are a list, its id with "
        "list_contact_lists. Always call preview_enrollment first and show the user its counts "
        "and contacts; call start_enrollment with the previewId and confirm: true only after "
        "the user agreed (a preview expires after 15 minutes). Follow the job with get_job; "
        "pause_job, resume_job and cancel_job control it. Contacts beyond the sender's send "
        "cap are deferred, not dropped: resume_job goes on once they are due.");
}

McpHost::McpHost(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                 const Cli::CliOptions &options, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_tools(std::make_unique<ToolRegistry>())
    , m_context(new McpContext(client, store, options, dataDirectory, this))
{
    addCatalogTools(*m_tools, m_context);
    addPreviewTool(*m_tools, m_context);
    addStartTool(*m_tools, m_context);
    addJobTools(*m_tools, m_context);
    addSummaryTool(*m_tools, m_context);
    m_server = new McpServer(m_tools.get(), serverInstructions(), this);
}

McpHost::~McpHost()
{
    delete m_server; // its calls before the tools and the context they use
    m_server = nullptr;
}

bool McpHost::start(int inputFd, int outputFd)
{
    m_transport = new StdioTransport(inputFd, outputFd, this);
    if (!m_transport->start())
        return false;
    connect(m_transport, &StdioTransport::lineReceived, m_server, &McpServer::receive);
    connect(m_server, &McpServer::send, m_transport, &StdioTransport::send);
    connect(m_transport, &StdioTransport::closed, this, &McpHost::inputClosed);
    qCInfo(lcMcpHost) << "serving MCP on stdin/stdout";
    return true;
}

void McpHost::inputClosed()
{
    qCInfo(lcMcpHost) << "input closed";
    // A running job pauses, marked to go on at the next start: resume_job, the app, or
    // seqdesk-cli --resume continues it.
    m_context->jobs()->suspend([this] { emit finished(0); });
}

} // namespace SeqDesk::Mcp
