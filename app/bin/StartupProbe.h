#pragma once

class QElapsedTimer;

namespace SeqDesk::Ui {
class MainWindow;
}

namespace SeqDesk::StartupProbe {

// `seqdesk --measure-startup`: prints on standard output, as "startup: first-paint N ms" and
// "startup: portal-shown N ms" (N counted by `sinceMain`, started first thing in main()), when
// the window is first painted and when the current portal's page shows its mirror, then
// quits (exit code 1 when the portal is not shown within a minute). bench_cold_start reads the
// lines as they come and times them from the process's start.
void arm(Ui::MainWindow *window, const QElapsedTimer &sinceMain);

} // namespace SeqDesk::StartupProbe
