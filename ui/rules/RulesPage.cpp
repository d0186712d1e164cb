#include "rules/RulesPage.h"
#include "ColumnFit.h"
#include "HeaderState.h"
#include "SentenceDelegate.h"

#include "rules/RuleRunsModel.h"
#include "rules/RuleTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Store::RuleState;

namespace {

QPushButton *namedButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    return button;
}

void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table (the arrow keys move in it): it does not trap the keyboard.
    table->setTabKeyNavigation(false);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 6);
}

} // namespace

RulesPage::RulesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RuleTableModel(this))
    , m_history(new RuleRunsModel(this))
{
    setObjectName(QStringLiteral("rulesPage"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setAccessibleName(tr("Rules"));
    setUpTable(m_table, m_model);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalScrollBar()->setEnabled(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->viewport()->installEventFilter(this);
    m_table->setItemDelegateForColumn(RuleTableModel::LastRunColumn, new SentenceDelegate(m_table));
    // Not kept in the settings: fitColumns() sets every width from the room there is.

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("rulesSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(createHistory());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createButtons());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPage::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        // The same rule stays selected (the first when it is gone).
        if (m_selectedId != 0 && selectRule(m_selectedId))
            return showHistoryTitle(m_history->rowCount() > 0);
        if (m_model->rowCount() == 0 || !selectRule(m_model->rowAt(0).rule.id))
            onSelectionChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RulesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RulesPage::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesPage::fitColumns);
    updateEmptyState();
    updateButtons();
}

RulesPage::~RulesPage() = default;

QWidget *RulesPage::createButtons()
{
    auto *bar = new QWidget(this);
    m_new = namedButton(tr("New rule…"), "newRuleButton", bar);
    m_new->setToolTip(tr("Enroll the contacts who join a HubSpot list into a sequence, by "
                         "themselves"));
    m_edit = namedButton(tr("Edit…"), "editRuleButton", bar);
    m_preview = namedButton(tr("Preview next run"), "previewRuleButton", bar);
    m_preview->setToolTip(tr("Who the rule would enroll now, by which inbox, and why the others "
                             "would not: a dry run, nothing is enrolled or recorded"));
    m_runNow = namedButton(tr("Run now"), "runRuleButton", bar);
    m_runNow->setToolTip(tr("Run the rule now, without waiting for its schedule"));
    m_pause = namedButton(tr("Pause"), "pauseRuleButton", bar);
    m_pause->setToolTip(tr("Stop running the rule until it is resumed"));
    m_resume = namedButton(tr("Resume"), "resumeRuleButton", bar);
    m_resume->setToolTip(tr("Run the rule on its schedule again"));
    m_delete = namedButton(tr("Delete…"), "deleteRuleButton", bar);
    m_delete->setToolTip(tr("Delete the rule; its history stays"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("ruleCount"));
    auto *shareLabel = new QLabel(tr("Up to"), bar);
    m_share = new QSpinBox(bar);
    m_share->setObjectName(QStringLiteral("rulesRateShare"));
    m_share->setRange(5, 100);
    m_share->setSingleStep(5);
    m_share->setSuffix(tr(" % of the rate limit"));
    m_share->setKeyboardTracking(false);
    const QString shareTip = tr("The part of HubSpot's rate limit (requests per 10 seconds) the "
                                "rules' runs and their jobs may use, so your own work in SeqDesk "
                                "and other apps on the token keep room");
    m_share->setToolTip(shareTip);
    shareLabel->setToolTip(shareTip);
    shareLabel->setBuddy(m_share);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(6);
    for (QPushButton *b : {m_new, m_edit, m_preview, m_runNow, m_pause, m_resume, m_delete})
        layout->addWidget(b);
    layout->addStretch();
    layout->addWidget(shareLabel);
    layout->addWidget(m_share);
    layout->addSpacing(12);
    layout->addWidget(m_count);
    connect(m_share, &QSpinBox::valueChanged, this, &RulesPage::rateShareChanged);

    connect(m_new, &QPushButton::clicked, this, &RulesPage::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_selectedId); });
    connect(m_preview, &QPushButton::clicked, this,
            [this] { emit previewRequested(m_selectedId); });
    connect(m_runNow, &QPushButton::clicked, this, [this] { emit runNowRequested(m_selectedId); });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { emit pauseRequested(m_selectedId, true); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { emit pauseRequested(m_selectedId, false); });
    connect(m_delete, &QPushButton::clicked, this, &RulesPage::confirmDelete);
    return bar;
}

QWidget *RulesPage::createEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("rulesEmptyState"));
    auto *title = new QLabel(tr("No enrollment rules yet"), empty);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("A rule enrolls the contacts who join a HubSpot list into a sequence, by themselves: "
           "every few minutes SeqDesk reads the list, dry-runs its new members and enrolls "
           "those who can be enrolled, as one inbox, a rotation over several, or each "
           "contact's owner — never past the inboxes' send caps or the rule's limits, and "
           "never the same contact twice."),
        empty);
    text->setObjectName(QStringLiteral("rulesEmptyMessage"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(text->fontMetrics().averageCharWidth() * 80);
    m_emptyNew = namedButton(tr("New rule…"), "emptyNewRuleButton", empty);
    connect(m_emptyNew, &QPushButton::clicked, this, &RulesPage::newRequested);

    auto *textRow = new QHBoxLayout; // centred, and as high as its wrapped lines
    textRow->addStretch();
    textRow->addWidget(text, 1);
    textRow->addStretch();
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addWidget(title);
    layout->addLayout(textRow);
    layout->addSpacing(8);
    layout->addWidget(m_emptyNew, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

QWidget *RulesPage::createHistory()
{
    auto *pane = new QWidget(this);
    m_historyPane = pane;
    m_historyTitle = new QLabel(pane);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_historyTitle->setTextFormat(Qt::PlainText);
    m_historyTitle->setWordWrap(true);
    m_historyTable = new QTableView(pane);
    m_historyTable->setObjectName(QStringLiteral("ruleHistory"));
    m_historyTable->setAccessibleName(tr("Runs of the selected rule"));
    setUpTable(m_historyTable, m_history);
    QHeaderView *header = m_historyTable->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RuleRunsModel::MessageColumn, QHeaderView::Stretch);
    m_historyTable->setItemDelegateForColumn(RuleRunsModel::MessageColumn,
                                             new SentenceDelegate(m_historyTable));
    HeaderState::track(header, m_historyTable->objectName());
    connect(m_historyTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_selectedId != 0)
            emit runActivated(m_selectedId, index.data(RuleRunsModel::RunIdRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_historyTable, 1);
    showHistoryTitle(false);
    return pane;
}

bool RulesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void RulesPage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    int left = m_table->viewport()->width();
    for (int c : {RuleTableModel::StateColumn, RuleTableModel::NextRunColumn,
                  RuleTableModel::EnrolledColumn}) {
        header->resizeSection(c, ColumnFit::wanted(m_table, c));
        left -= header->sectionSize(c);
    }
    // The last run's whole text is in its tooltip and in the runs below: the names go first.
    const int lastRun
        = std::min(ColumnFit::wanted(m_table, RuleTableModel::LastRunColumn), left / 4);
    header->resizeSection(RuleTableModel::LastRunColumn, lastRun);
    left -= lastRun;
    // The names share the rest, the rule's name the most.
    const QHash<int, int> widths = ColumnFit::share(m_table,
                                                    {{RuleTableModel::NameColumn, 3},
                                                     {RuleTableModel::ListColumn, 2},
                                                     {RuleTableModel::SequenceColumn, 2},
                                                     {RuleTableModel::SenderColumn, 2}},
                                                    left);
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        header->resizeSection(it.key(), it.value());
        left -= it.value();
    }
    if (left > 0) // every text is whole: the rule's name takes the room that is left
        header->resizeSection(RuleTableModel::NameColumn,
                              header->sectionSize(RuleTableModel::NameColumn) + left);
}

bool RulesPage::selectRule(qint64 ruleId)
{
    const int row = m_model->rowOfRule(ruleId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RulesPage::setAvailable(bool available)
{
    m_available = available;
    updateButtons();
}

void RulesPage::showRuns(const QList<Store::RuleRunRecord> &runs)
{
    const qint64 current
        = m_historyTable->currentIndex().data(RuleRunsModel::RunIdRole).toLongLong();
    m_history->setRuns(runs);
    for (int row = 0; current != 0 && row < runs.size(); ++row) {
        if (runs.at(row).id == current)
            m_historyTable->selectionModel()->setCurrentIndex(m_history->index(row, 0),
                                                              QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
    }
    showHistoryTitle(true);
}

void RulesPage::showRateShare(int percent)
{
    const QSignalBlocker block(m_share);
    m_share->setValue(percent);
}

void RulesPage::showHistoryTitle(bool loaded)
{
    const int row = m_model->rowOfRule(m_selectedId);
    if (row < 0) {
        m_historyTitle->setText(tr("Select a rule to see its runs."));
        return;
    }
    const Store::RuleRecord &rule = m_model->rowAt(row).rule;
    QString text;
    if (!loaded)
        text = tr("Runs of \"%1\"…").arg(rule.name);
    else if (m_history->rowCount() == 0)
        text = tr("\"%1\" has not run yet.").arg(rule.name);
    else
        text = tr("Runs of \"%1\", newest first. Double-click a run to see its jobs and "
                  "contacts.")
                   .arg(rule.name);
    if (rule.state == RuleState::Stopped)
        text = tr("Stopped by SeqDesk: %1").arg(rule.stopReason) + QLatin1Char(' ') + text;
    m_historyTitle->setText(text);
}

void RulesPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const qint64 id
        = rows.size() == 1 ? rows.first().data(RuleTableModel::RuleIdRole).toLongLong() : 0;
    if (id == m_selectedId)
        return updateButtons();
    m_selectedId = id;
    updateButtons();
    m_history->setRuns({});
    showHistoryTitle(false);
    emit selectedRuleChanged(id);
}

void RulesPage::updateButtons()
{
    const int row = m_model->rowOfRule(m_selectedId);
    const bool selected = row >= 0;
    const RuleState state = selected ? m_model->rowAt(row).rule.state : RuleState::Enabled;
    m_new->setEnabled(m_available);
    m_emptyNew->setEnabled(m_available);
    m_edit->setEnabled(m_available && selected);
    m_preview->setEnabled(m_available && selected);
    m_runNow->setEnabled(m_available && selected);
    m_pause->setEnabled(m_available && selected && state == RuleState::Enabled);
    m_resume->setEnabled(m_available && selected && state != RuleState::Enabled);
    m_delete->setEnabled(m_available && selected);
}

void RulesPage::updateEmptyState()
{
    const int n = m_model->rowCount();
    m_stack->setCurrentIndex(n > 0 ? 0 : 1);
    m_historyPane->setVisible(n > 0);
    m_count->setText(n > 0 ? tr("%n rule(s)", nullptr, n) : QString());
}

void RulesPage::confirmDelete()
{
    const int row = m_model->rowOfRule(m_selectedId);
    if (row < 0)
        return;
    const qint64 id = m_selectedId;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete rule"),
                                tr("Delete the rule \"%1\"?").arg(m_model->rowAt(row).rule.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteRuleBox"));
    box->setInformativeText(tr("It will not run again. Its runs and the jobs they made stay in "
                               "the history and in Analytics; nothing changes in HubSpot."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete Rule"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteRuleButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            emit deleteRequested(id);
    });
    box->open();
}

} // namespace SeqDesk::Ui
