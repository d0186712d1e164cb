#include "ScreenshotMode.h"

#include "MainWindow.h"
#include "enroll/EnrollLauncher.h"
#include "enroll/EnrollWizard.h"
#include "jobs/DemoShowcase.h"
#include "jobs/JobRunner.h"
#include "jobs/RuleScheduler.h"
#include "settings/SettingsDialog.h"
#include "sync/PortalManager.h"

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTimer>

#include <functional>
#include <memory>

namespace SeqDesk::Screenshot {

QStringList pages()
{
    return {QStringLiteral("sequences"), QStringLiteral("analytics"), QStringLiteral("enroll"),
            QStringLiteral("rules"), QStringLiteral("settings")};
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
    } else if (request.page == QLatin1String("settings")) {
        Ui::SettingsDialog *dialog = window->openSettings();
        if (!dialog) {
            qCritical("the settings dialog did not open");
            QApplication::exit(1);
            return;
        }
        QObject::connect(dialog, &Ui::SettingsDialog::ownersLoaded, dialog,
                         [dialog, path = request.path] { shoot(dialog, path); });
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

void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5c, 0x60));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
}

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
