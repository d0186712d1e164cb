#include "WelcomePage.h"

#include "hubspot/ApiVersion.h"
#include "sync/PortalConnector.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

namespace {

constexpr int kContentWidth = 720; // readable lines, also in a wide window

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *stepNumber(int n, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("%1.").arg(n), parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_demoButton(new QPushButton(tr("Try the demo portal"), this))
    , m_connectButton(new QPushButton(tr("Connect HubSpot…"), this))
    , m_copyScopesButton(new QPushButton(tr("Copy scopes"), this))
    , m_copied(new QLabel(this))
    , m_copiedTimer(new QTimer(this))
{
    auto *title = new QLabel(tr("Welcome to SeqDesk"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    auto *intro = wrapped(tr("Mirror your HubSpot sequences, preview an enrollment with a dry "
                             "run, and enroll contacts in bulk within HubSpot's limits."),
                          this);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_demoButton->setObjectName(QStringLiteral("tryDemoButton"));
    m_connectButton->setObjectName(QStringLiteral("connectHubSpotButton"));
    m_connectButton->setDefault(true);
    auto *demoNote = wrapped(tr("The demo portal runs a HubSpot sandbox on this computer: "
                                "nothing is sent to HubSpot, no token is needed."),
                             this);
    demoNote->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget(this);
    content->setMaximumWidth(kContentWidth);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addStretch(1); // centred vertically when there is room
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(createSteps());
    column->addSpacing(12);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();
    column->addLayout(buttons);
    column->addWidget(demoNote);
    column->addWidget(m_message);
    column->addStretch(1);

    // Centred, and scrolled rather than squeezed when the window is small.
    auto *centred = new QWidget;
    auto *around = new QHBoxLayout(centred);
    around->setContentsMargins(32, 24, 32, 24);
    around->addStretch();
    around->addWidget(content, 100);
    around->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(centred);
    scroll->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(5000);
    connect(m_copiedTimer, &QTimer::timeout, m_copied, &QLabel::clear);
    connect(m_copyScopesButton, &QPushButton::clicked, this, &WelcomePage::copyScopes);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
}

QWidget *WelcomePage::createSteps()
{
    auto *steps = new QWidget(this);
    auto *grid = new QGridLayout(steps);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);

    auto *heading = wrapped(tr("To connect your HubSpot portal:"), steps);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    grid->addWidget(heading, 0, 0, 1, 2);

    grid->addWidget(stepNumber(1, steps), 1, 0);
    grid->addWidget(wrapped(tr("In HubSpot, open Settings > Integrations > Private Apps and "
                               "click \"Create a private app\" (where HubSpot no longer offers "
                               "new private apps: Service Keys). Give it a name, e.g. SeqDesk."),
                            steps),
                    1, 1);

    grid->addWidget(stepNumber(2, steps), 2, 0);
    auto *scopesBox = new QWidget(steps);
    auto *scopesColumn = new QVBoxLayout(scopesBox);
    scopesColumn->setContentsMargins(0, 0, 0, 0);
    scopesColumn->setSpacing(6);
    const QString listsScope = HubSpot::endpointScope(HubSpot::Endpoint::ListsSearch);
    scopesColumn->addWidget(wrapped(tr("On its Scopes tab, tick these scopes (%1 only for "
                                       "enrolling a HubSpot list's members and for rules):")
                                        .arg(listsScope),
                                    scopesBox));
    auto *scopes
        = new QLabel(Sync::PortalConnector::requiredScopes().join(QLatin1Char('\n')), scopesBox);
    scopes->setObjectName(QStringLiteral("welcomeScopes"));
    scopes->setTextFormat(Qt::PlainText);
    scopes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    scopes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A block of code: the names exactly as HubSpot's scope search finds them.
    scopes->setFrameShape(QFrame::StyledPanel);
    scopes->setAutoFillBackground(true);
    scopes->setBackgroundRole(QPalette::Base);
    scopes->setMargin(8);
    scopes->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_copyScopesButton->setObjectName(QStringLiteral("copyScopesButton"));
    m_copyScopesButton->setToolTip(tr("Put the scopes on the clipboard, one per line"));
    m_copied->setObjectName(QStringLiteral("scopesCopied"));
    auto *copyColumn = new QVBoxLayout;
    copyColumn->addWidget(m_copyScopesButton, 0, Qt::AlignLeft);
    copyColumn->addWidget(m_copied);
    copyColumn->addStretch();
    auto *scopesRow = new QHBoxLayout;
    scopesRow->setSpacing(12);
    scopesRow->addWidget(scopes, 0, Qt::AlignTop);
    scopesRow->addLayout(copyColumn);
    scopesRow->addStretch();
    scopesColumn->addLayout(scopesRow);
    grid->addWidget(scopesBox, 2, 1);

    grid->addWidget(stepNumber(3, steps), 3, 0);
    grid->addWidget(wrapped(tr("Create the app, then copy its access token (on the app's Auth "
                               "tab: Show token, Copy)."),
                            steps),
                    3, 1);

    grid->addWidget(stepNumber(4, steps), 4, 0);
    grid->addWidget(wrapped(tr("Click \"Connect HubSpot…\" below and paste the token. SeqDesk "
                               "keeps it only in the system keychain."),
                            steps),
                    4, 1);
    return steps;
}

void WelcomePage::copyScopes()
{
    const QStringList scopes = Sync::PortalConnector::requiredScopes();
    QGuiApplication::clipboard()->setText(scopes.join(QLatin1Char('\n')));
    m_copied->setText(tr("Copied %1 scopes to the clipboard.").arg(scopes.size()));
    m_copiedTimer->start();
}

void WelcomePage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace SeqDesk::Ui
