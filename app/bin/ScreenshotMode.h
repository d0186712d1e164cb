#pragma once

#include <QSize>
#include <QString>

namespace SeqDesk::Jobs {
class DemoShowcase;
class JobRunner;
class RuleScheduler;
} // namespace SeqDesk::Jobs
namespace SeqDesk::Sync {
class PortalManager;
}
namespace SeqDesk::Ui {
class MainWindow;
}

namespace SeqDesk::Screenshot {

// `seqdesk --screenshot FILE [--page P] [--size WxH]`: which page, where, how large.
struct Request
{
    QString path;
    QString page = QStringLiteral("sequences"); // sequences | analytics | enroll | rules | settings
    QSize size {1280, 800};
    bool demo = false;
};

QStringList pages();
// "1280x800" -> the size; an invalid size for anything else.
QSize parseSize(const QString &text);

// What runs by itself after a sync: the rules' runs and the jobs they save.
struct Background
{
    Jobs::RuleScheduler *rules = nullptr;
    Jobs::JobRunner *jobs = nullptr;
};

// `--palette dark`: Fusion with a dark palette, to check the app reads well on one.
void applyDarkPalette();

// Saves the page once it shows its final data (the demo portal synced and complete in this
// run, or the current portal's mirror; the rules' runs after the sync and their jobs ended;
// the Analytics numbers read; the wizard's sequences read), then quits. Exit code 1 if that
// never comes because the demo failed or the image could not be written. `showcase` may be
// null (no demo).
void arm(Ui::MainWindow *window, Sync::PortalManager *portals, Jobs::DemoShowcase *showcase,
         Background background, const Request &request);

} // namespace SeqDesk::Screenshot
