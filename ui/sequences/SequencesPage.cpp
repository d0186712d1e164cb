#include "SequencesPage.h"
#include "HeaderState.h"

#include "SequenceDetailPane.h"
#include "SequenceFilterProxy.h"
#include "SequenceTableModel.h"
#include "SequenceText.h"
#include "StatusBadgeDelegate.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Store::SequenceStatus;

namespace {

constexpr std::array<SequenceStatus, 4> ChipStatuses {SequenceStatus::Active,
                                                      SequenceStatus::Paused, SequenceStatus::Draft,
                                                      SequenceStatus::Archived};

QString chipObjectName(SequenceStatus status)
{
    switch (status) {
    case SequenceStatus::Active:
        return QStringLiteral("statusChipActive");
    case SequenceStatus::Paused:
        return QStringLiteral("statusChipPaused");
    case SequenceStatus::Draft:
        return QStringLiteral("statusChipDraft");
    case SequenceStatus::Archived:
        return QStringLiteral("statusChipArchived");
    }
    return {};
}

// A small filled circle in the status badge's colour, so chips and badges read together.
QIcon statusDot(SequenceStatus status, int size)
{
    const qreal dpr = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = SequenceText::badgeColors(status).background;
    painter.setPen(QPen(fill.darker(125), 1.0));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    return QIcon(pixmap);
}

QAction *namedAction(const char *objectName, QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    action->setEnabled(false);
    return action;
}

} // namespace

SequencesPage::SequencesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SequenceTableModel(this))
    , m_proxy(new SequenceFilterProxy(this))
    , m_enrollAction(namedAction("enrollAction", this))
    , m_pauseAction(namedAction("pauseAction", this))
    , m_archiveAction(namedAction("archiveAction", this))
{
    setObjectName(QStringLiteral("sequencesPage"));
    m_proxy->setSourceModel(m_model);
    m_enrollAction->setText(tr("Enroll contacts…"));
    m_pauseAction->setText(tr("Pause in SeqDesk"));
    m_archiveAction->setText(tr("Archive in SeqDesk"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sequenceTable"));
    m_table->setAccessibleName(tr("Sequences"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(SequenceTableModel::StatusColumn,
                                      new StatusBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table (the arrow keys move in it): it does not trap the keyboard.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    auto *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SequenceTableModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = header->fontMetrics();
    const int pad = 24;
    auto fit = [&](int column, const QString &widest) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column,
            std::max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(widest)) + pad);
    };
    fit(SequenceTableModel::StatusColumn,
        SequenceText::statusName(SequenceStatus::Archived) + QStringLiteral("MM"));
    fit(SequenceTableModel::OwnerColumn, QStringLiteral("Carla Nørgaard"));
    fit(SequenceTableModel::StepsColumn, QStringLiteral("000"));
    fit(SequenceTableModel::EnrolledColumn, QStringLiteral("00,000"));
    fit(SequenceTableModel::UpdatedColumn,
        SequenceText::localDateTime(QDateTime(QDate(2000, 12, 28), QTime(23, 58)))
            + QStringLiteral("M"));
    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    header->setSortIndicator(SequenceTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());

    m_detail = new SequenceDetailPane(this);
    m_detail->setActions(m_enrollAction, m_pauseAction, m_archiveAction);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setMinimumWidth(280);

    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(createEmptyState());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sequenceSplitter"));
    splitter->addWidget(m_tableStack);
    splitter->addWidget(detailScroll);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300}); // the names first, at 1024 px too

    m_syncBanner = new QLabel(this);
    m_syncBanner->setObjectName(QStringLiteral("syncBanner"));
    m_syncBanner->setWordWrap(true);
    m_syncBanner->setTextFormat(Qt::PlainText);
    m_syncBanner->setStyleSheet(
        QStringLiteral("QLabel#syncBanner { background-color: %1; color: %2; "
                       "border-radius: 4px; padding: 6px 10px; }")
            .arg(SequenceText::unsavedColors().background.name(),
                 SequenceText::unsavedColors().foreground.name()));
    m_syncBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_syncBanner);
    layout->addWidget(splitter, 1);

    connect(m_enrollAction, &QAction::triggered, this, [this] {
        if (!m_selectedId.isEmpty())
            emit enrollRequested(m_selectedId);
    });
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        const int row = m_model->rowOfSequence(m_selectedId);
        if (row >= 0)
            emit pauseRequested(m_selectedId, !m_model->sequenceAt(row).pausedInSeqDesk);
    });
    connect(m_archiveAction, &QAction::triggered, this, [this] {
        const int row = m_model->rowOfSequence(m_selectedId);
        if (row >= 0)
            emit archiveRequested(m_selectedId, !m_model->sequenceAt(row).archivedByUser);
    });

    auto *selection = m_table->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            &SequencesPage::onCurrentRowChanged);
    connect(selection, &QItemSelectionModel::currentRowChanged, this,
            &SequencesPage::onCurrentRowChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &SequencesPage::showContextMenu);
    connect(m_table, &QTableView::activated, m_enrollAction, &QAction::trigger);

    connect(m_model, &SequenceTableModel::countsChanged, this, &SequencesPage::updateChipCounts);
    connect(m_model, &SequenceTableModel::dataChanged, this, &SequencesPage::refreshSelected);
    connect(m_model, &SequenceTableModel::modelReset, this, [this] {
        if (!m_selectedId.isEmpty() && !selectSequence(m_selectedId))
            onCurrentRowChanged();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SequencesPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SequencesPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SequencesPage::updateEmptyState);

    updateChipCounts();
    updateEmptyState();
}

SequencesPage::~SequencesPage() = default;

// One whole sentence per status: a status name put into a sentence reads wrong in other
// languages (German capitalises "Entwurf").
QString SequencesPage::chipToolTip(SequenceStatus status)
{
    switch (status) {
    case SequenceStatus::Active:
        return tr("Show only active sequences; pick several to combine them, none to show all.");
    case SequenceStatus::Paused:
        return tr("Show only paused sequences; pick several to combine them, none to show all.");
    case SequenceStatus::Draft:
        return tr("Show only draft sequences; pick several to combine them, none to show all.");
    case SequenceStatus::Archived:
        return tr("Show only archived sequences; pick several to combine them, none to show "
                  "all.");
    }
    return {};
}

QWidget *SequencesPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(6);
    auto *label = new QLabel(tr("Show:"), bar);
    layout->addWidget(label);
    for (std::size_t i = 0; i < ChipStatuses.size(); ++i) {
        auto *chip = new QToolButton(bar);
        chip->setObjectName(chipObjectName(ChipStatuses.at(i)));
        chip->setCheckable(true);
        const int dot = chip->fontMetrics().height() / 2 + 2;
        chip->setIcon(statusDot(ChipStatuses.at(i), dot));
        chip->setIconSize(QSize(dot, dot)); // drawn at its size on every device pixel ratio
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setToolTip(chipToolTip(ChipStatuses.at(i)));
        connect(chip, &QToolButton::toggled, this, &SequencesPage::applyStatusChips);
        m_chips.at(i) = chip;
        layout->addWidget(chip);
    }
    layout->addStretch();
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("sequenceSearch"));
    m_search->setAccessibleName(tr("Search sequences"));
    m_search->setPlaceholderText(tr("Search by name, owner or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(340);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SequenceFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &SequencesPage::updateEmptyState);
    layout->addWidget(m_search);
    return bar;
}

QWidget *SequencesPage::createEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("sequencesEmptyState"));
    m_emptyMessage = new QLabel(empty);
    m_emptyMessage->setObjectName(QStringLiteral("sequencesEmptyMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setTextFormat(Qt::PlainText);
    QFont font = m_emptyMessage->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_emptyMessage->setFont(font);
    m_clearFiltersLink = new QLabel(
        QStringLiteral("<a href=\"clear\">%1</a>").arg(tr("Clear filters").toHtmlEscaped()), empty);
    m_clearFiltersLink->setObjectName(QStringLiteral("clearFiltersLink"));
    m_clearFiltersLink->setAlignment(Qt::AlignCenter);
    m_clearFiltersLink->setTextFormat(Qt::RichText);
    m_clearFiltersLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                                | Qt::LinksAccessibleByKeyboard);
    connect(m_clearFiltersLink, &QLabel::linkActivated, this, &SequencesPage::clearFilters);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addWidget(m_emptyMessage);
    layout->addWidget(m_clearFiltersLink);
    layout->addStretch(2);
    return empty;
}

bool SequencesPage::selectSequence(const QString &sequenceId)
{
    const int row = m_model->rowOfSequence(sequenceId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void SequencesPage::clearFilters()
{
    for (QToolButton *chip : m_chips) {
        const QSignalBlocker block(chip);
        chip->setChecked(false);
    }
    m_search->clear();
    applyStatusChips();
}

void SequencesPage::applyStatusChips()
{
    QSet<SequenceStatus> statuses;
    for (std::size_t i = 0; i < ChipStatuses.size(); ++i) {
        if (m_chips.at(i)->isChecked())
            statuses.insert(ChipStatuses.at(i));
    }
    m_proxy->setStatusFilter(statuses);
    updateEmptyState();
}

void SequencesPage::updateChipCounts()
{
    for (std::size_t i = 0; i < ChipStatuses.size(); ++i) {
        const SequenceStatus status = ChipStatuses.at(i);
        m_chips.at(i)->setText(tr("%1 (%2)")
                                   .arg(SequenceText::statusName(status))
                                   .arg(m_model->countWithStatus(status)));
    }
}

void SequencesPage::showSyncProgress(int usersListed, int users, int detailsRead, int detailsToRead)
{
    const QLocale locale;
    const int unsaved = m_model->unsavedCount();
    QString text;
    if (detailsToRead < 0) {
        text = tr("Reading sequences from HubSpot (%1 of %2 users). %n new so far, marked "
                  "Syncing: they are saved, with their status, when the sync finishes.",
                  nullptr, unsaved)
                   .arg(locale.toString(usersListed), locale.toString(users));
    } else {
        text = tr("Reading details from HubSpot: %1 of %2. The %n sequence(s) marked Syncing "
                  "are saved, with their status, when the sync finishes.",
                  nullptr, unsaved)
                   .arg(locale.toString(detailsRead), locale.toString(detailsToRead));
    }
    m_syncing = true;
    m_syncBanner->setText(text);
    m_syncBanner->setVisible(unsaved > 0);
    updateEmptyState();
}

void SequencesPage::hideSyncProgress()
{
    m_syncing = false;
    m_syncBanner->hide();
    m_syncBanner->clear();
    updateEmptyState();
}

void SequencesPage::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_tableStack->setCurrentWidget(m_table);
        return;
    }
    if (m_model->rowCount() == 0 && m_syncing) {
        m_emptyMessage->setText(tr("Reading the portal's sequences from HubSpot…"));
        m_clearFiltersLink->hide();
    } else if (m_model->rowCount() == 0) {
        m_emptyMessage->setText(tr("No sequences yet — click Sync Data to fetch them from "
                                   "HubSpot."));
        m_clearFiltersLink->hide();
    } else {
        const QString search = m_proxy->searchText();
        m_emptyMessage->setText(
            search.isEmpty() ? tr("No sequence matches the selected statuses.")
                             : tr("No sequence matches “%1” with these filters.").arg(search));
        m_clearFiltersLink->show();
    }
    m_tableStack->setCurrentIndex(1);
}

void SequencesPage::onCurrentRowChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_selectedId = rows.size() == 1
        ? rows.first().data(SequenceTableModel::SequenceIdRole).toString()
        : QString();
    refreshSelected();
}

void SequencesPage::refreshSelected()
{
    const int row = m_model->rowOfSequence(m_selectedId);
    if (m_selectedId.isEmpty() || row < 0) {
        m_detail->showNothing();
        for (QAction *action : {m_enrollAction, m_pauseAction, m_archiveAction})
            action->setEnabled(false);
        return;
    }
    const Store::SequenceRecord &sequence = m_model->sequenceAt(row);
    m_detail->showSequence(sequence, *m_model);
    if (m_model->isUnsaved(row)) { // nothing to act on until the sync saved it
        for (QAction *action : {m_enrollAction, m_pauseAction, m_archiveAction}) {
            action->setEnabled(false);
            action->setToolTip(tr("Not saved yet: available when the sync finishes"));
        }
        return;
    }
    const SequenceStatus status = sequence.status();

    m_enrollAction->setEnabled(sequence.isEnrollable());
    m_enrollAction->setToolTip(sequence.isEnrollable()
                                   ? tr("Choose contacts to enroll into this sequence")
                                   : tr("Only active sequences take enrollments"));

    m_pauseAction->setText(sequence.pausedInSeqDesk ? tr("Resume in SeqDesk")
                                                    : tr("Pause in SeqDesk"));
    m_pauseAction->setEnabled(status == SequenceStatus::Active || status == SequenceStatus::Paused);
    m_pauseAction->setToolTip(sequence.pausedInSeqDesk
                                  ? tr("Let SeqDesk enroll contacts into it again")
                                  : tr("Stop SeqDesk from enrolling contacts into it; HubSpot "
                                       "is not changed"));

    const bool gone = sequence.archivedAt.isValid();
    m_archiveAction->setText(sequence.archivedByUser ? tr("Restore") : tr("Archive in SeqDesk"));
    m_archiveAction->setEnabled(!gone);
    m_archiveAction->setToolTip(gone ? tr("It is gone from HubSpot; there is nothing to restore")
                                    : sequence.archivedByUser
                                    ? tr("Show it as a usable sequence again")
                                    : tr("Hide it from enrollment in SeqDesk; HubSpot is not "
                                         "changed"));
}

void SequencesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_enrollAction);
    menu.addSeparator();
    menu.addAction(m_pauseAction);
    menu.addAction(m_archiveAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace SeqDesk::Ui
