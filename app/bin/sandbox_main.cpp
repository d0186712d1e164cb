// seqdesk-sandbox: runs the HubSpot sandbox until SIGTERM/SIGINT. The first stdout line is
// the base URL.
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool installQuitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0
        && ::sigaction(SIGINT, &action, nullptr) == 0;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seqdesk-sandbox"));
    QCoreApplication::setApplicationVersion(SeqDesk::Sandbox::SandboxConfig::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local HTTP server that behaves like HubSpot (SeqDesk's demo mode)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    SeqDesk::Sandbox::SandboxConfig::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(
            QCoreApplication::translate("main", "seqdesk-sandbox: %1").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("main", "seqdesk-sandbox: unexpected argument '%1'")
                       .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    QString error;
    const auto config = SeqDesk::Sandbox::SandboxConfig::fromParser(parser, &error);
    if (!config) {
        printError(QCoreApplication::translate("main", "seqdesk-sandbox: %1").arg(error));
        return 2;
    }
    SeqDesk::Sandbox::SandboxServer server(*config);
    for (const SeqDesk::Sandbox::ListGrowthRule &rule : config->settings.listGrowth) {
        const QString problem = server.listGrowthProblem(rule);
        if (!problem.isEmpty()) { // a list of this portal's data: known only now
            printError(QCoreApplication::translate(
                           "main", "seqdesk-sandbox: invalid value '%1' for --list-growth: %2")
                           .arg(rule.toText(), problem));
            return 2;
        }
    }
    if (!server.start(&error)) {
        printError(QCoreApplication::translate("main", "seqdesk-sandbox: %1").arg(error));
        return 1;
    }
    if (!installQuitOnSignals(app))
        printError(QCoreApplication::translate("main", "seqdesk-sandbox: cannot watch signals"));
    std::printf("%s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
