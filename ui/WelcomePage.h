#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace SeqDesk::Ui {

// Shown while no portal is connected.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setMessage(const QString &message);

signals:
    void demoRequested();
    void connectRequested();

private:
    QLabel *m_message;
    QPushButton *m_demoButton;
    QPushButton *m_connectButton;
};

} // namespace SeqDesk::Ui
