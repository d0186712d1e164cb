#pragma once

#include "enroll/ListMembersReader.h"
#include "hubspot/Types.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace SeqDesk::Ui {

class EnrollPresenter;
class ListPickerModel;
class ListPickerProxy;

// The contacts page's "A HubSpot list": searches the portal's contact lists as the user
// types (relevance, then name; the next page as the table scrolls to its end), and reads the
// chosen list's members through the presenter, with progress and Cancel.
class ListSourcePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListSourcePanel)

public:
    // Not owned: `presenter` outlives the panel.
    explicit ListSourcePanel(EnrollPresenter *presenter, QWidget *parent = nullptr);
    ~ListSourcePanel() override;

    // Lists the portal's lists the first time the panel is shown.
    void activate();
    // The chosen list's members once read; nullopt before, while reading and after a problem.
    const std::optional<Enroll::ListMembers> &members() const { return m_members; }

signals:
    void membersChanged();

private:
    void search();
    void showLists(const QList<HubSpot::ListSummary> &lists, bool first, bool hasMore);
    void showSearchProblem(const QString &message);
    void listChosen();
    void readChosen();
    void cancelOrRetry();
    void showProgress(qint64 read, qint64 total);
    void showMembers(const Enroll::ListMembers &members);
    void showNotRead(const QString &message);
    void setMembers(std::optional<Enroll::ListMembers> members);

    EnrollPresenter *m_presenter;
    QLineEdit *m_search;
    QTableView *m_table;
    ListPickerModel *m_model;
    ListPickerProxy *m_proxy;
    QLabel *m_listsStatus;
    QProgressBar *m_progress;
    QLabel *m_readStatus;
    QPushButton *m_cancel; // "Stop reading" while reading, "Read again" after a stop
    QTimer m_searchDelay;
    QTimer m_chooseDelay;
    QString m_chosenId;
    QString m_chosenName;
    bool m_reading = false;
    bool m_activated = false;
    std::optional<Enroll::ListMembers> m_members;
};

} // namespace SeqDesk::Ui
