// The main window, offscreen: welcome screen, then the demo portal over loopback.
#include "MainWindow.h"
#include "sandbox/SandboxThread.h"
#include "secrets/MemorySecretStore.h"
#include "sync/PortalConnector.h"

#include <QDialog>

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace SeqDesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheWelcomeScreen();
    void connectButtonOpensTheConnectDialog();
    void demoButtonConnectsAndShowsPortalNameAndSequenceCount();
    void demoThatCannotStartSaysWhy();
};

void TestMainWindow::startsOnTheWelcomeScreen()
{
    QNetworkAccessManager nam;
    Ui::MainWindow window(&nam, nullptr, {});
    window.show();
    auto *button = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
}

void TestMainWindow::connectButtonOpensTheConnectDialog()
{
    QNetworkAccessManager nam;
    Secrets::MemorySecretStore secrets;
    Sync::PortalConnector connector(&nam, &secrets);
    Ui::MainWindow window(&nam, &connector, {});
    window.show();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("connectHubSpotButton")),
                      Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("connectDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    if (const QString dir = qEnvironmentVariable("SEQDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/connect-dialog.png")));
}

void TestMainWindow::demoButtonConnectsAndShowsPortalNameAndSequenceCount()
{
    Sandbox::SandboxConfig config;
    config.sequenceCount = 37;
    Sandbox::SandboxThread sandbox(config);
    int starts = 0;
    auto starter = [&] {
        ++starts;
        Ui::DemoPortal p;
        if (!sandbox.isRunning() && !sandbox.start(&p.error))
            return p;
        p.baseUrl = sandbox.baseUrl();
        p.token = config.token;
        return p;
    };
    QNetworkAccessManager nam;
    Ui::MainWindow window(&nam, nullptr, starter);
    window.show();
    QSignalSpy loaded(&window, &Ui::MainWindow::portalLoaded);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("tryDemoButton")),
                      Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(starts, 1);
    auto *name = window.findChild<QLabel *>(QStringLiteral("portalName"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("sequenceCount"));
    QVERIFY(name && count);
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Acme Software (SeqDesk sandbox)"));
    // Every demo sequence is visible to at least one active user, so all 37 show.
    QCOMPARE(count->text(), QStringLiteral("Sequences: 37"));
}

void TestMainWindow::demoThatCannotStartSaysWhy()
{
    QNetworkAccessManager nam;
    Ui::MainWindow window(&nam, nullptr, [] {
        Ui::DemoPortal p;
        p.error = QStringLiteral("port in use");
        return p;
    });
    window.show();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("tryDemoButton")),
                      Qt::LeftButton);
    auto *message = window.findChild<QLabel *>(QStringLiteral("welcomeMessage"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("port in use")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
