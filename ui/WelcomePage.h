#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace SeqDesk::Ui {

// Shown while no portal is connected: what to create in HubSpot (a private app), the scopes
// to tick (PortalConnector::requiredScopes, with a button that copies them), and the ways in:
// connect a portal, or try the demo portal.
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
    QWidget *createSteps();
    void copyScopes();

    QLabel *m_message;
    QPushButton *m_demoButton;
    QPushButton *m_connectButton;
    QPushButton *m_copyScopesButton;
    QLabel *m_copied;
    QTimer *m_copiedTimer;
};

} // namespace SeqDesk::Ui
