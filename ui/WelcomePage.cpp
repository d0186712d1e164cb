#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_demoButton(new QPushButton(tr("Try the demo portal"), this))
    , m_connectButton(new QPushButton(tr("Connect HubSpot…"), this))
{
    auto *title = new QLabel(tr("Welcome to SeqDesk"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    auto *intro = new QLabel(tr("Mirror your HubSpot sequences, preview an enrollment with a dry "
                                "run, and enroll contacts in bulk within HubSpot's limits.\n"
                                "The demo portal runs a HubSpot sandbox on this computer: nothing "
                                "is sent to HubSpot."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_demoButton->setObjectName(QStringLiteral("tryDemoButton"));
    m_connectButton->setObjectName(QStringLiteral("connectHubSpotButton"));
    m_connectButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(intro);
    layout->addSpacing(16);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->setContentsMargins(48, 24, 48, 24);

    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
}

void WelcomePage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace SeqDesk::Ui
