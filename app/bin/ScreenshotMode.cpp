#include "ScreenshotMode.h"

#include "MainWindow.h"
#include "enroll/EnrollLauncher.h"
#include "enroll/EnrollWizard.h"
#include "jobs/DemoShowcase.h"
#include "jobs/JobRunner.h"
#include "jobs/RuleScheduler.h"
#include "sync/PortalManager.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTimer>

#include <functional>
#include <memory>

namespace SeqDesk::Screenshot {

QStringList pages()
{
    return {QStringLiteral("sequences"), QStringLiteral("analytics"), QStringLiteral("enroll"),
            QStringLiteral("rules")};
}

QSize parseSize(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

namespace {

// Grabs `widget` after the layout requests already posted (a label that just got its text).
void shoot(QWidget *widget, const QString &path)
{
    QTimer::singleShot(0, widget, [widget, path] {
        // A size change travels up the parents one posted layout request at a time (a chart
        // that got more bars): settle them all before grabbing.
        for (int i = 0; i < 16; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (!widget->grab().save(path)) {
            qCritical("could not save the screenshot to %s", qPrintable(path));
            QApplication::exit(1);
            return;
        }
        QApplication::quit();
    });
}

// The portal's page shows its final data: go to the requested page and shoot it when its
// own data is in.
void showPage(Ui::MainWindow *window, const Request &request)
{
    if (request.page == QLatin1String("analytics")) {
        QObject::connect(window, &Ui::MainWindow::analyticsRefreshed, window,
                         [window, path = request.path] { shoot(window, path); });
        window->showAnalytics(QString(), QString());
    } else if (request.page == QLatin1String("rules")) {
        auto shot = std::make_shared<bool>(false);
        QObject::connect(window, &Ui::MainWindow::rulesRefreshed, window,
                         [window, shot, path = request.path] {
                             if (!std::exchange(*shot, true))
                                 shoot(window, path);
                         });
        window->showRules();
    } else if (request.page == QLatin1String("enroll")) {
        window->openEnrollWizard(QString());
        Ui::EnrollWizard *wizard = window->enrollLauncher()->wizard();
        if (!wizard) {
            qCritical("the enrollment wizard did not open");
            QApplication::exit(1);
            return;
        }
        QObject::connect(wizard, &Ui::EnrollWizard::dataLoaded, wizard,
                         [wizard, path = request.path] { shoot(wizard, path); });
    } else {
        // Read again: the counts of what the rules' jobs just enrolled.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(window, &Ui::MainWindow::portalLoaded, window,
                                 [window, once, path = request.path] {
                                     QObject::disconnect(*once);
                                     shoot(window, path);
                                 });
        window->reloadPortal();
    }
}

// Runs `then` once no rule run is under way or queued and no job runs (each ends by itself:
// a job waiting for the send cap pauses).
void whenQuiet(const Background &background, QObject *context, std::function<void()> then)
{
    const auto waitFor = [&](auto *sender, auto signal) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(sender, signal, context, [=] {
            QObject::disconnect(*once);
            whenQuiet(background, context, then);
        });
    };
    if (background.rules && background.rules->isBusy())
        return waitFor(background.rules, &Jobs::RuleScheduler::idle);
    if (background.jobs && background.jobs->isBusy())
        return waitFor(background.jobs, &Jobs::JobRunner::idle);
    then();
}

} // namespace

void arm(Ui::MainWindow *window, Sync::PortalManager *portals, Jobs::DemoShowcase *showcase,
         Background background, const Request &request)
{
    window->resize(request.size);
    auto ready = std::make_shared<bool>(!request.demo);
    auto done = std::make_shared<bool>(false);
    if (request.demo) {
        QObject::connect(showcase, &Jobs::DemoShowcase::ready, window,
                         [ready](const QString &) { *ready = true; });
        QObject::connect(portals, &Sync::PortalManager::demoFailed, window,
                         [](const QString &message) {
                             qCritical("the demo portal failed: %s", qPrintable(message));
                             QApplication::exit(1);
                         });
    } else {
        QObject::connect(
            portals, &Sync::PortalManager::loaded, window,
            [window, portals, path = request.path] {
                if (portals->portals().isEmpty())
                    shoot(window, path); // the welcome screen: there is no page
            },
            Qt::QueuedConnection);
    }
    QObject::connect(
        window, &Ui::MainWindow::portalLoaded, window, [window, ready, done, request, background] {
            if (*ready && !std::exchange(*done, true))
                whenQuiet(background, window, [window, request] { showPage(window, request); });
        });
}

} // namespace SeqDesk::Screenshot
