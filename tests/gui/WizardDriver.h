#pragma once

// Drives the enrollment wizard the way a user does, for the offscreen GUI tests: finds its
// widgets, clicks Next, picks the sender, and saves screenshots when asked to.
#include "../sandbox/DemoLookup.h"
#include "GuiHarness.h"
#include "enroll/EnrollWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QListWidget>
#include <QTest>
#include <QWizard>

namespace WizardDriver {

using namespace SeqDesk;
using GuiHarness::App;
using Ui::EnrollWizard;

template<typename T> T *in(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

inline bool clickNext(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(
        wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    if (!next->isEnabled() || !next->isVisible())
        return false;
    const int before = wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard->currentId() != before;
}

inline void shot(QWidget *widget, const char *name)
{
    // Labels that just got their text are laid out by posted events: those first.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (const QString dir = qEnvironmentVariable("SEQDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

// The wizard the window opened (with `sequenceId` preselected unless empty).
inline EnrollWizard *openWizardOn(App &app, const QString &sequenceId)
{
    if (!sequenceId.isEmpty())
        app.window->openEnrollWizard(sequenceId);
    EnrollWizard *wizard = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            wizard = app.window->findChild<EnrollWizard *>(QStringLiteral("enrollWizard"));
            return wizard != nullptr;
        },
        5000);
    return found ? wizard : nullptr;
}

// On the sender page: the primary user.
inline void chooseSender(App &app, EnrollWizard *wizard)
{
    const QString email = DemoLookup::owner(app.server.state(), DemoLookup::Primary).email;
    auto *senders = in<QListWidget>(wizard, "senderList");
    for (int row = 0; row < senders->count(); ++row) {
        if (senders->item(row)->text().contains(email))
            senders->setCurrentRow(row);
    }
}

// Sequence and sender pages: the given sequence (preselected), the primary user.
inline bool walkToContacts(App &app, EnrollWizard *wizard)
{
    auto *list = in<QListWidget>(wizard, "sequenceList");
    return QTest::qWaitFor([&] { return list->currentItem() != nullptr; }, 5000)
        && clickNext(wizard) && (chooseSender(app, wizard), clickNext(wizard));
}

} // namespace WizardDriver
