#include "rules/RuleListPicker.h"
#include "HeaderState.h"

#include "enroll/ContactTable.h"
#include "enroll/ListPickerModel.h"
#include "rules/RuleEditorPresenter.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

RuleListPicker::RuleListPicker(RuleEditorPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new ListPickerModel(this))
    , m_proxy(new ListPickerProxy(this))
    , m_status(new QLabel(this))
    , m_chosen(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("ruleListSearch"));
    m_search->setAccessibleName(tr("Search contact lists"));
    m_table->setObjectName(QStringLiteral("ruleListTable"));
    m_table->setAccessibleName(tr("Contact lists"));
    setUpListPicker(m_search, m_table, m_model, m_proxy);
    m_table->hideColumn(ListPickerModel::UpdatedColumn);
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());
    m_status->setObjectName(QStringLiteral("ruleListsStatus"));
    m_status->setWordWrap(true);
    m_chosen->setObjectName(QStringLiteral("ruleChosenList"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_chosen);

    // Searched a moment after typing stops.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &RuleListPicker::search);
    connect(m_model, &ListPickerModel::moreWanted, m_presenter,
            &RuleEditorPresenter::fetchMoreLists);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RuleListPicker::rowChosen);
    connect(m_presenter, &RuleEditorPresenter::listsFound, this, &RuleListPicker::showLists);
    connect(m_presenter, &RuleEditorPresenter::listsFailed, this, [this](const QString &message) {
        m_model->clear();
        m_status->setText(message);
    });
    showChosen();
}

RuleListPicker::~RuleListPicker() = default;

void RuleListPicker::start()
{
    search();
}

void RuleListPicker::setChosen(const QString &listId, const QString &listName)
{
    m_listId = listId;
    m_listName = listName;
    showChosen();
}

void RuleListPicker::search()
{
    m_searchDelay.stop();
    m_status->setText(tr("Searching…"));
    m_presenter->searchLists(m_search->text());
}

void RuleListPicker::showLists(const QList<HubSpot::ListSummary> &lists, bool first, bool hasMore)
{
    const QString query = m_search->text().trimmed();
    if (first)
        m_proxy->setQuery(query);
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->addLists(lists, first, hasMore);
        const QModelIndexList found = m_proxy->match(
            m_proxy->index(0, 0), ListPickerModel::ListIdRole, m_listId, 1, Qt::MatchExactly);
        if (!m_listId.isEmpty() && !found.isEmpty())
            m_table->setCurrentIndex(found.first());
    }
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_status->setText(query.isEmpty() ? tr("The portal has no contact lists.")
                                          : tr("No contact list matches \"%1\".").arg(query));
    else
        m_status->setText(
            hasMore ? tr("%Ln contact list(s) so far: scroll down for more.", nullptr, shown)
                    : tr("%Ln contact list(s)", nullptr, shown));
}

void RuleListPicker::rowChosen()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const HubSpot::ListSummary &list = m_model->list(m_proxy->mapToSource(current).row());
    m_listId = list.id;
    m_listName = list.name;
    showChosen();
    emit chosen();
}

void RuleListPicker::showChosen()
{
    m_chosen->setText(
        m_listId.isEmpty()
            ? tr("No list chosen yet.")
            : tr("Chosen: <b>%1</b> (HubSpot list %2)")
                  .arg(m_listName.isEmpty() ? m_listId : m_listName.toHtmlEscaped(), m_listId));
}

} // namespace SeqDesk::Ui
