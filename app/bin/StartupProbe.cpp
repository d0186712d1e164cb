#include "StartupProbe.h"

#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace SeqDesk::StartupProbe {

namespace {

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceMain)
        : QObject(window)
        , m_sinceMain(sinceMain)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            print("first-paint", m_sinceMain);
        }
        return false;
    }

public:
    static void print(const char *what, const QElapsedTimer &sinceMain)
    {
        std::printf("startup: %s %lld ms\n", what, static_cast<long long>(sinceMain.elapsed()));
        std::fflush(stdout);
    }

private:
    QElapsedTimer m_sinceMain;
};

} // namespace

void arm(Ui::MainWindow *window, const QElapsedTimer &sinceMain)
{
    new FirstPaint(window, sinceMain);
    QObject::connect(window, &Ui::MainWindow::portalLoaded, window, [sinceMain] {
        FirstPaint::print("portal-shown", sinceMain);
        QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
    });
    QTimer::singleShot(60000, window, [] {
        std::fprintf(stderr, "startup: the portal was not shown within a minute\n");
        QApplication::exit(1);
    });
}

} // namespace SeqDesk::StartupProbe
