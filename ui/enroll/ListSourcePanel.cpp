#include "enroll/ListSourcePanel.h"
#include "HeaderState.h"
#include "Tones.h"

#include "enroll/ContactTable.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/ListPickerModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace SeqDesk::Ui {

namespace {

QString problem(const QString &message)
{
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(Tones::errorName())
        .arg(message.toHtmlEscaped());
}

} // namespace

ListSourcePanel::ListSourcePanel(EnrollPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new ListPickerModel(this))
    , m_proxy(new ListPickerProxy(this))
    , m_listsStatus(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_readStatus(new QLabel(this))
    , m_cancel(new QPushButton(tr("Stop reading"), this))
{
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setAccessibleName(tr("Search contact lists"));
    m_table->setObjectName(QStringLiteral("listTable"));
    m_table->setAccessibleName(tr("Contact lists"));
    setUpListPicker(m_search, m_table, m_model, m_proxy);
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());
    m_listsStatus->setObjectName(QStringLiteral("listsStatus"));
    m_listsStatus->setWordWrap(true);
    m_listsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("listProgress"));
    m_progress->hide();
    m_readStatus->setObjectName(QStringLiteral("listReadStatus"));
    m_readStatus->setWordWrap(true);
    m_readStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("listReadButton"));
    m_cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_cancel->hide();

    auto *reading = new QHBoxLayout;
    reading->addWidget(m_progress, 1);
    reading->addWidget(m_cancel);
    reading->addStretch(0); // the button keeps its size when the bar is hidden
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_listsStatus);
    layout->addLayout(reading);
    layout->addWidget(m_readStatus);

    // Searched a moment after typing stops; chosen a moment after the selection settles, so
    // arrowing down the table does not read every list on the way.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    m_chooseDelay.setSingleShot(true);
    m_chooseDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &ListSourcePanel::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListSourcePanel::listChosen);
    connect(&m_chooseDelay, &QTimer::timeout, this, &ListSourcePanel::readChosen);
    connect(m_cancel, &QPushButton::clicked, this, &ListSourcePanel::cancelOrRetry);
    connect(m_model, &ListPickerModel::moreWanted, m_presenter, &EnrollPresenter::fetchMoreLists);
    connect(m_presenter, &EnrollPresenter::listsFound, this, &ListSourcePanel::showLists);
    connect(m_presenter, &EnrollPresenter::listsFailed, this, &ListSourcePanel::showSearchProblem);
    connect(m_presenter, &EnrollPresenter::listProgress, this, &ListSourcePanel::showProgress);
    connect(m_presenter, &EnrollPresenter::listRead, this, &ListSourcePanel::showMembers);
    connect(m_presenter, &EnrollPresenter::listNotRead, this, &ListSourcePanel::showNotRead);
}

ListSourcePanel::~ListSourcePanel() = default;

void ListSourcePanel::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    search();
    m_search->setFocus();
}

void ListSourcePanel::search()
{
    m_searchDelay.stop();
    m_listsStatus->setText(tr("Searching…"));
    m_presenter->searchLists(m_search->text());
}

void ListSourcePanel::showLists(const QList<HubSpot::ListSummary> &lists, bool first, bool hasMore)
{
    if (first)
        m_proxy->setQuery(m_search->text().trimmed());
    m_model->addLists(lists, first, hasMore);
    if (first && !m_chosenId.isEmpty()) { // keep the chosen list selected when it is found
        const QModelIndexList found = m_proxy->match(
            m_proxy->index(0, 0), ListPickerModel::ListIdRole, m_chosenId, 1, Qt::MatchExactly);
        if (!found.isEmpty()) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(found.first());
        }
    }
    const int shown = m_model->rowCount();
    const QString query = m_search->text().trimmed();
    if (shown == 0) {
        m_listsStatus->setText(query.isEmpty() ? tr("The portal has no contact lists.")
                                               : tr("No contact list matches \"%1\".").arg(query));
    } else {
        QString text = tr("%Ln contact list(s)", nullptr, shown);
        if (hasMore)
            text = tr("%1 so far: scroll down for more.").arg(text);
        m_listsStatus->setText(text);
    }
}

void ListSourcePanel::showSearchProblem(const QString &message)
{
    m_model->clear();
    m_listsStatus->setText(problem(message));
}

void ListSourcePanel::listChosen()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(ListPickerModel::ListIdRole).toString();
    if (id == m_chosenId && (m_reading || m_members))
        return;
    m_chosenId = id;
    m_chosenName = current.siblingAtColumn(ListPickerModel::NameColumn).data().toString();
    m_presenter->cancelListRead();
    m_reading = false;
    setMembers(std::nullopt);
    m_chooseDelay.start();
}

void ListSourcePanel::readChosen()
{
    m_reading = true;
    m_progress->setRange(0, 0); // busy until the first page says how many
    m_progress->show();
    m_cancel->setText(tr("Stop reading"));
    m_cancel->show();
    m_readStatus->setText(tr("Reading the members of \"%1\"…").arg(m_chosenName.toHtmlEscaped()));
    m_presenter->readList(m_chosenId);
}

void ListSourcePanel::cancelOrRetry()
{
    if (!m_reading) // "Read again"
        return readChosen();
    m_chooseDelay.stop();
    m_presenter->cancelListRead();
    m_reading = false;
    m_progress->hide();
    m_cancel->setText(tr("Read again"));
    m_readStatus->setText(tr("Stopped reading \"%1\".").arg(m_chosenName.toHtmlEscaped()));
}

void ListSourcePanel::showProgress(qint64 read, qint64 total)
{
    if (!m_reading)
        return;
    const QLocale locale;
    // A list that grew while it was read has more members than its size said.
    const qint64 of = qMax(read, total);
    if (of > 0 && of <= std::numeric_limits<int>::max()) {
        m_progress->setRange(0, int(of));
        m_progress->setValue(int(read));
    }
    m_readStatus->setText(
        tr("Reading the members of \"%1\": %2 of %3")
            .arg(m_chosenName.toHtmlEscaped(), locale.toString(read), locale.toString(of)));
}

void ListSourcePanel::showMembers(const Enroll::ListMembers &members)
{
    if (!m_reading || members.listId != m_chosenId)
        return;
    m_reading = false;
    m_progress->hide();
    m_cancel->hide();
    m_readStatus->setText(tr("<b>%1</b> from the list \"%2\", read just now.")
                              .arg(tr("%Ln contact(s)", nullptr, int(members.contacts.size())),
                                   members.name.toHtmlEscaped()));
    setMembers(members);
}

void ListSourcePanel::showNotRead(const QString &message)
{
    if (!m_reading)
        return;
    m_reading = false;
    m_progress->hide();
    m_cancel->setText(tr("Read again"));
    m_cancel->show();
    m_readStatus->setText(problem(message));
}

void ListSourcePanel::setMembers(std::optional<Enroll::ListMembers> members)
{
    const bool had = m_members.has_value();
    m_members = std::move(members);
    if (had || m_members)
        emit membersChanged();
}

} // namespace SeqDesk::Ui
