#include "SequenceDetailPane.h"

#include "SequenceTableModel.h"
#include "SequenceText.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

namespace {

QLabel *valueLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton *actionButton(const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setEnabled(false);
    return button;
}

void follow(QPushButton *button, QAction *action)
{
    auto sync = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

} // namespace

SequenceDetailPane::SequenceDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a sequence to see its steps and settings."), this))
    , m_content(new QWidget(this))
    , m_name(valueLabel("detailName", m_content))
    , m_status(new QLabel(m_content))
    , m_explanation(valueLabel("detailStatusExplanation", m_content))
    , m_owner(valueLabel("detailOwner", m_content))
    , m_steps(valueLabel("detailSteps", m_content))
    , m_sendWindow(valueLabel("detailSendWindow", m_content))
    , m_visibleTo(valueLabel("detailVisibleTo", m_content))
    , m_enrolled(valueLabel("detailEnrolled", m_content))
    , m_updated(valueLabel("detailUpdated", m_content))
    , m_seen(valueLabel("detailSeen", m_content))
    , m_enrollButton(actionButton("enrollButton", m_content))
    , m_pauseButton(actionButton("pauseButton", m_content))
    , m_archiveButton(actionButton("archiveButton", m_content))
{
    setObjectName(QStringLiteral("sequenceDetail"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setBold(true);
    m_name->setFont(title);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    QPalette muted = m_explanation->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_explanation->setPalette(muted);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Steps:"), m_steps);
    form->addRow(tr("Send window:"), m_sendWindow);
    form->addRow(tr("Who can use it:"), m_visibleTo);
    form->addRow(tr("Enrolled by SeqDesk:"), m_enrolled);
    form->addRow(tr("Updated in HubSpot:"), m_updated);
    form->addRow(tr("Seen by SeqDesk:"), m_seen);

    // The primary action on its own row, the SeqDesk-only switches below it: fits a narrow pane.
    auto *enrollRow = new QHBoxLayout;
    enrollRow->addWidget(m_enrollButton);
    enrollRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch();
    m_enrollButton->setDefault(true);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_name);
    content->addLayout(statusRow);
    content->addWidget(m_explanation);
    content->addSpacing(8);
    content->addLayout(form);
    content->addSpacing(12);
    content->addLayout(enrollRow);
    content->addLayout(buttons);
    content->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);
    showNothing();
}

SequenceDetailPane::~SequenceDetailPane() = default;

void SequenceDetailPane::setActions(QAction *enroll, QAction *pause, QAction *archive)
{
    follow(m_enrollButton, enroll);
    follow(m_pauseButton, pause);
    follow(m_archiveButton, archive);
}

void SequenceDetailPane::showSequence(const Store::SequenceRecord &sequence,
                                      const SequenceTableModel &model)
{
    m_placeholder->hide();
    m_content->show();
    m_name->setText(sequence.name);
    const bool unsaved = model.isUnsaved(sequence.sequenceId);
    const auto status = sequence.status();
    const auto colors = unsaved ? SequenceText::unsavedColors() : SequenceText::badgeColors(status);
    m_status->setText(unsaved ? SequenceText::unsavedName() : SequenceText::statusName(status));
    m_status->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; "
                                           "border-radius: 9px; padding: 1px 10px; "
                                           "font-weight: 600; }")
                                .arg(colors.background.name(), colors.foreground.name()));
    m_explanation->setText(unsaved ? SequenceText::unsavedReason()
                                   : SequenceText::statusReason(sequence));
    m_owner->setText(model.ownerName(sequence));

    const QStringList steps = SequenceText::stepLines(model.steps(sequence.sequenceId));
    if (!steps.isEmpty()) {
        QStringList numbered;
        for (qsizetype i = 0; i < steps.size(); ++i)
            numbered << tr("%1. %2").arg(i + 1).arg(steps.at(i));
        m_steps->setText(numbered.join(QLatin1Char('\n')));
    } else if (unsaved && !model.hasUnsavedDetails(sequence.sequenceId)) {
        m_steps->setText(tr("Being read from HubSpot…"));
    } else if (sequence.stepCount > 0) {
        m_steps->setText(sequence.stepCount == 1
                             ? tr("1 step (details not synced yet)")
                             : tr("%1 steps (details not synced yet)")
                                   .arg(QLocale().toString(sequence.stepCount)));
    } else {
        m_steps->setText(tr("No steps"));
    }
    m_sendWindow->setText(unsaved && !model.hasUnsavedDetails(sequence.sequenceId)
                              ? tr("Being read from HubSpot…")
                              : SequenceText::sendWindow(sequence));

    QStringList users;
    for (const QString &id : sequence.visibleToUserIds)
        users << SequenceText::userName(model.userNames(), id);
    users.sort(Qt::CaseInsensitive);
    m_visibleTo->setText(unsaved               ? tr("Known when the sync finishes")
                             : users.isEmpty() ? tr("Not known yet")
                                               : users.join(tr(", ")));
    m_enrolled->setText(
        sequence.enrolledThroughSeqDesk == 1
            ? tr("1 contact")
            : tr("%1 contacts").arg(QLocale().toString(sequence.enrolledThroughSeqDesk)));
    m_updated->setText(SequenceText::localDateTime(sequence.updatedAt));

    QStringList seen;
    if (sequence.archivedAt.isValid())
        seen << tr("Gone from HubSpot since %1")
                    .arg(SequenceText::localDateTime(sequence.archivedAt));
    if (sequence.archivedByUser)
        seen << tr("Archived in SeqDesk");
    if (sequence.lastSeenAt.isValid())
        seen << tr("Last seen %1").arg(SequenceText::localDateTime(sequence.lastSeenAt));
    if (sequence.firstSeenAt.isValid())
        seen << tr("First seen %1").arg(SequenceText::localDateTime(sequence.firstSeenAt));
    m_seen->setText(unsaved              ? tr("Not saved yet: the sync in progress read it")
                        : seen.isEmpty() ? tr("Not yet")
                                         : seen.join(QLatin1Char('\n')));
}

void SequenceDetailPane::showNothing()
{
    m_content->hide();
    m_placeholder->show();
}

} // namespace SeqDesk::Ui
