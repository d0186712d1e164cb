#include "rules/RulePreviewDialog.h"
#include "HeaderState.h"
#include "Tones.h"

#include "enroll/ContactTable.h"
#include "enroll/PlanTableModel.h"
#include "rules/RuleRun.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Enroll::Plan;
using Enroll::PlannedContact;
using Rules::RuleRunResult;
using Store::RuleSenderMode;

namespace {

QString keyOf(const PlannedContact &c)
{
    return c.contactId.isEmpty() ? c.input : c.contactId;
}

// Sorts on a header click, and names a contact left for a later run as such (the plan's
// Deferred is the send cap's word; here the rule's limits count too).
class PreviewProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == PlanTableModel::OutcomeColumn
            && (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            && Plan(index.data(PlanTableModel::PlanRole).toInt()) == Plan::Deferred)
            return RulePreviewDialog::tr("Waits for a later run");
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

RulePreviewDialog::RulePreviewDialog(const QString &ruleName, QWidget *parent)
    : QDialog(parent)
    , m_ruleName(ruleName)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new PlanTableModel(this))
    , m_runNow(new QPushButton(tr("Run now"), this))
{
    setObjectName(QStringLiteral("rulePreview"));
    setWindowTitle(tr("Preview of \"%1\"").arg(ruleName));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *proxy = new PreviewProxy(this);
    proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Contacts the next run would enroll"));
    setUpContactTable(m_table, proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->hideColumn(PlanTableModel::LineColumn);
    m_table->hideColumn(PlanTableModel::InputColumn);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c : {PlanTableModel::ContactColumn, PlanTableModel::EmailColumn,
                  PlanTableModel::OutcomeColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the list's order until a header is clicked
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());
    m_runNow->setObjectName(QStringLiteral("previewRunNowButton"));
    m_runNow->setToolTip(tr("Run the rule now: the members it finds then are enrolled"));
    m_runNow->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runNow, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runNow, &QPushButton::clicked, this, [this] {
        emit runNowRequested();
        accept();
    });
}

RulePreviewDialog::~RulePreviewDialog() = default;

void RulePreviewDialog::showProgress(const QString &what)
{
    m_summary->setText(tr("Previewing \"%1\": %2").arg(m_ruleName, what).toHtmlEscaped());
}

void RulePreviewDialog::showProblem(const QString &message)
{
    m_summary->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                           .arg(Tones::errorName())
                           .arg(tr("The preview failed: %1").arg(message).toHtmlEscaped()));
}

QList<PlannedContact> RulePreviewDialog::rows(const RuleRunResult &result,
                                              const QHash<QString, QString> &sequenceNames)
{
    QHash<QString, QString> inboxOf;
    for (const Rules::SenderChoice::Job &job : result.choice.jobs) {
        for (const PlannedContact &c : job.contacts)
            inboxOf.insert(keyOf(c), job.inbox.email);
    }
    QHash<QString, PlannedContact> skipped;
    for (const PlannedContact &c : result.choice.skipped)
        skipped.insert(keyOf(c), c);
    const Store::RuleRecord &rule = result.rule;
    QString waits;
    const QString noRoom = rule.senderMode == RuleSenderMode::ContactOwner
        ? tr("its owner's inbox has no room under its send cap")
        : tr("no inbox has room under its send cap");
    if (rule.perRun > 0 && result.run.planned >= rule.perRun)
        waits = tr("Waits for a later run: the rule enrolls at most %1 per run.")
                    .arg(QLocale().toString(rule.perRun));
    else if (rule.perDay > 0)
        waits = tr("Waits for a later run: %1, or the rule's %2 a day are used up.")
                    .arg(noRoom, QLocale().toString(rule.perDay));
    else
        waits = tr("Waits for a later run: %1.").arg(noRoom);
    QList<PlannedContact> enroll;
    QList<PlannedContact> waiting;
    QList<PlannedContact> others;
    for (PlannedContact c : result.plan) {
        const QString key = keyOf(c);
        if (const auto inbox = inboxOf.constFind(key); inbox != inboxOf.cend()) {
            c.detail = tr("As %1").arg(*inbox);
            enroll.append(c);
            continue;
        }
        if (const auto skip = skipped.constFind(key); skip != skipped.cend()) {
            c = *skip;
            if (c.plan == Plan::NoSender && c.detail.isEmpty())
                c.detail = tr("Its owner cannot use the sequence and the rule has no fallback "
                              "inbox.");
            if (c.plan == Plan::AlreadyEnrolled && sequenceNames.contains(c.detail))
                c.detail = sequenceNames.value(c.detail);
        } else if (c.plan == Plan::Enroll) {
            c.plan = Plan::Deferred; // not recorded: a later run takes it
            c.detail = waits;
            waiting.append(c);
            continue;
        }
        others.append(c);
    }
    return enroll + waiting + others;
}

void RulePreviewDialog::showResult(const RuleRunResult &result,
                                   const QHash<QString, QString> &sequenceNames)
{
    m_model->setPlan(rows(result, sequenceNames));
    m_table->scrollToTop();
    m_runNow->setEnabled(!result.stopped);
    if (result.stopped) {
        m_summary->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(Tones::errorName())
                               .arg(tr("\"%1\" cannot run: %2")
                                        .arg(m_ruleName, result.run.message)
                                        .toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    QString text
        = tr("If \"%1\" ran now, it would read %2 members of \"%3\": %4 new.")
              .arg(m_ruleName.toHtmlEscaped(), locale.toString(result.run.members),
                   result.rule.listName.toHtmlEscaped(), locale.toString(result.run.newMembers));
    if (result.run.newMembers == 0) {
        m_summary->setText(text + QLatin1Char(' ') + tr("Nobody would be enrolled."));
        return;
    }
    QStringList inboxes;
    for (const Rules::SenderChoice::Job &job : result.choice.jobs) {
        if (!job.contacts.isEmpty())
            inboxes << tr("%1 as %2")
                           .arg(locale.toString(int(job.contacts.size())),
                                job.inbox.email.toHtmlEscaped());
    }
    text += QStringLiteral("<br><b>%1</b>")
                .arg(tr("%n would be enrolled", nullptr, result.run.planned));
    if (!inboxes.isEmpty())
        text += QStringLiteral(" (%1)").arg(inboxes.join(QStringLiteral(", ")));
    text += QStringLiteral("; ") + tr("%n skipped", nullptr, int(result.choice.skipped.size()));
    if (result.choice.waiting > 0)
        text += QStringLiteral("; ")
            + tr("%n would wait for a later run", nullptr, result.choice.waiting);
    text += QStringLiteral(". ") + tr("Nothing is enrolled or recorded by a preview.");
    m_summary->setText(text);
}

} // namespace SeqDesk::Ui
